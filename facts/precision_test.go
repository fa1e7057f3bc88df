package facts

import (
	"fmt"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
)

// TestPrecision reads testdata/precision/cases.txtar: real sentences that
// once gave false claims (a date in a web address, "Christmas party" read
// as 25 December, "31, 000" read as two numbers, ...) and sentences that
// must keep their claims. Each NN.txt is one text dated NN.date (or
// 2009-01-01); NN.want lists its date, count, place and number claims in
// order as "kind key=value «text»" (the key of testLexicon's events).
func TestPrecision(t *testing.T) {
	ar, err := txtar.ParseFile("../testdata/precision/cases.txtar")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	for _, f := range ar.Files {
		files[f.Name] = string(f.Data)
	}
	opt := testOptions(t)
	for _, f := range ar.Files {
		name, ok := strings.CutSuffix(f.Name, ".txt")
		if !ok {
			continue
		}
		t.Run(name, func(t *testing.T) {
			d, err := Load(f.Name, f.Data, Meta{Date: Date{2009, 1, 1}})
			if err != nil {
				t.Fatal(err)
			}
			var got strings.Builder
			for _, c := range Extract(d, opt) {
				switch c.Kind {
				case KindDate, KindCount, KindPlace, KindNumber:
					fmt.Fprintf(&got, "%s %s=%s «%s»\n", c.Kind, c.Key, c.Value, c.Text())
				}
			}
			if want, ok := files[name+".want"]; !ok || got.String() != want {
				t.Errorf("claims of %s:\n%s\nwant:\n%s", f.Data, got.String(), want)
			}
		})
	}
}
