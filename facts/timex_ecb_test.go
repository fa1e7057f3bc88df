package facts

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

var timexShow = flag.Bool("timex.show", false, "print the coreferent mentions that resolve differently")

var timexECB = flag.String("timex.ecb", "", "ECB+ dev set folder (../shared/data/ecbplus-dev): measure TIMEX3 resolution on its TIME_DATE mentions")

// TestTimexECB measures date resolution on the ECB+ dev set, which has
// gold TIME_DATE mentions and their coreference but no TIMEX3 values:
// each article is dated by its own date line (the first full date in its
// first five lines), then for every gold mention the date claim over its
// words gives a resolved TIMEX3 value. Coreferent mentions (one gold
// instance) must resolve to the same value: the share of instances whose
// resolved mentions all agree is the consistency. Run with
// -timex.ecb ../shared/data/ecbplus-dev -v.
func TestTimexECB(t *testing.T) {
	if *timexECB == "" {
		t.Skip("no -timex.ecb folder")
	}
	opt := testOptions(t)
	type mention struct {
		File, Kind, Text  string
		Line, Column, End int
		Instance          *string
	}
	f, err := os.Open(filepath.Join(*timexECB, "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	byFile := map[string][]mention{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var m mention
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatal(err)
		}
		if m.Kind == "TIME_DATE" {
			byFile[m.File] = append(byFile[m.File], m)
		}
	}
	var gold, found, resolved, dated, docs int
	values := map[string]map[string]int{} // instance -> timex -> mentions
	texts := map[string][]string{}
	for file, ms := range byFile {
		text, err := os.ReadFile(filepath.Join(*timexECB, file))
		if err != nil {
			t.Fatal(err)
		}
		docs++
		dct := dateLine(t, text, opt)
		if !dct.IsZero() {
			dated++
		}
		d, err := Load(file, text, Meta{Date: dct})
		if err != nil {
			continue
		}
		claims := Extract(d, opt)
		lines := strings.SplitAfter(string(text), "\n")
		for _, m := range ms {
			gold++
			if m.Line < 1 || m.Line > len(lines) {
				continue
			}
			off := 0
			for _, l := range lines[:m.Line-1] {
				off += len(l)
			}
			line := lines[m.Line-1]
			a := off + runeOffset(line, m.Column-1)
			b := a + len(m.Text)
			timex := ""
			for _, c := range claims {
				if c.Kind != KindDate || c.Span.End <= a || c.Span.Start >= b {
					continue
				}
				switch v := c.Value.(type) {
				case DateValue:
					timex = v.Timex
				case DateRange:
					timex = v.Timex
				}
				break
			}
			if timex == "" {
				continue
			}
			found++
			if !strings.Contains(timex, "X") {
				resolved++
			}
			if m.Instance != nil && !strings.Contains(timex, "X") {
				if values[*m.Instance] == nil {
					values[*m.Instance] = map[string]int{}
				}
				values[*m.Instance][timex]++
				if testing.Verbose() {
					texts[*m.Instance] = append(texts[*m.Instance], fmt.Sprintf("%s %q=%s (DCT %s)", file, m.Text, timex, dct))
				}
			}
		}
	}
	instances, agree, pairs, samePairs, compatible := 0, 0, 0, 0, 0
	for in, vs := range values {
		n := 0
		for _, c := range vs {
			n += c
		}
		if n < 2 {
			continue
		}
		instances++
		if len(vs) == 1 {
			agree++
		} else if testing.Verbose() && *timexShow {
			fmt.Println(strings.Join(texts[in], "\n  "))
		}
		pairs += n * (n - 1) / 2
		for v, c := range vs {
			samePairs += c * (c - 1) / 2
			compatible += c * (c - 1) / 2
			for w, d := range vs {
				if v < w && (strings.HasPrefix(v, w) || strings.HasPrefix(w, v)) {
					compatible += c * d // "2013" and "2013-08-02": one within the other
				}
			}
		}
	}
	fmt.Printf("ECB+ dev: %d documents, %d dated by their date line\n", docs, dated)
	fmt.Printf("TIME_DATE gold mentions: %d; with a date claim: %d (%.1f%%); resolved (no X): %d (%.1f%%)\n",
		gold, found, pct(found, gold), resolved, pct(resolved, gold))
	fmt.Printf("coreferent instances with 2+ resolved mentions (fully resolved values only): %d; all agree: %d (%.1f%%); agreeing pairs %d of %d (%.1f%%), one within the other %d (%.1f%%)\n",
		instances, agree, pct(agree, instances), samePairs, pairs, pct(samePairs, pairs), compatible, pct(compatible, pairs))
}

// dateLine is an article's date: the first full date of its first five
// lines ("MAY 3, 2013 AT 1: 10PM", "Updated: November 11, 2011").
func dateLine(t *testing.T, text []byte, opt Options) Date {
	head := text
	for i, n := 0, 0; i < len(text); i++ {
		if text[i] == '\n' {
			if n++; n == 5 {
				head = text[:i]
				break
			}
		}
	}
	d, err := Load("head.txt", head, Meta{})
	if err != nil {
		return Date{}
	}
	for _, c := range Extract(d, opt) {
		if v, ok := c.Value.(DateValue); ok && v.Year != 0 && len(v.Months) == 1 && v.Day != 0 {
			return Date{v.Year, v.Months[0], v.Day}
		}
	}
	return Date{}
}

func runeOffset(s string, n int) int {
	off := 0
	for i := 0; i < n && off < len(s); i++ {
		_, w := utf8.DecodeRuneInString(s[off:])
		off += w
	}
	return off
}
