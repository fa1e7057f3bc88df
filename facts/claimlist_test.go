package facts

import (
	"fmt"
	"testing"
)

// TestClaimsOutliveNextExtract extracts every seed, then the others, and
// checks that the first's claims are unchanged: no claim handed over may
// share memory that a later Extract reuses (the chunks of a claimList).
func TestClaimsOutliveNextExtract(t *testing.T) {
	opt := testOptions(t)
	var docs []*Document
	for _, name := range seedNames {
		docs = append(docs, loadSeed(t, name))
		b, err := readTestdata("stoltenberg/" + name)
		if err != nil {
			t.Fatal(err)
		}
		half, err := Load(name, b[:len(b)/2], Meta{Date: Date{2023, 4, 20}}) // one chunk's claims
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, half)
	}
	for _, d := range docs {
		got := Extract(d, opt)
		before := fmt.Sprintf("%+v", got)
		t.Logf("%s: %d claims", d.Name, len(got))
		for _, e := range docs {
			Extract(e, opt)
		}
		if after := fmt.Sprintf("%+v", got); after != before {
			t.Errorf("%s: claims changed by the extractions after it", d.Name)
		}
	}
}

func TestClaimListHandsOver(t *testing.T) {
	for _, n := range []int{0, 1, 15, 16, 31, 32, 33, 100, 2000} {
		var l claimList
		for i := range n {
			l.add(&Claim{Key: fmt.Sprint(i)})
		}
		got := l.claims()
		if len(got) != n || cap(got) != n {
			t.Fatalf("%d claims: len %d cap %d", n, len(got), cap(got))
		}
		for i := range got {
			if got[i].Key != fmt.Sprint(i) {
				t.Fatalf("%d claims: claim %d is %q", n, i, got[i].Key)
			}
		}
		var m claimList
		for range 40 {
			m.add(&Claim{Key: "other"})
		}
		m.claims()
		for i := range got {
			if got[i].Key != fmt.Sprint(i) {
				t.Fatalf("%d claims: claim %d became %q after another list", n, i, got[i].Key)
			}
		}
	}
}
