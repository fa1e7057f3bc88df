package events

import (
	"slices"
	"strings"
	"testing"
)

var genericLex = &Lexicon{Events: testLex.Events, Generic: GenericRules{On: true,
	Exclude: []string{"be", "have", "say", "take", "go", "start", "make", "announce", "tweet", "agree"}}}

// Real sentences (ECB+, CC BY 3.0): the value (its words, the first
// occurrence) and the generic key of its clause's verb, "" for none.
func TestGenericOf(t *testing.T) {
	tests := []struct {
		sentence, value, want string
		place                 bool
	}{
		// the date between subject and verb, after the verb, opening the sentence
		{"Microsoft on Wednesday released an emergency patch to fix a perilous software flaw.", "on Wednesday", "release[Microsoft]", false},
		{"Microsoft released a critical security patch on Wednesday to plug vulnerabilities in Internet Explorer.", "on Wednesday", "release[Microsoft]", false},
		{"In 2008, Klitschko stopped Thompson in the 11th round.", "2008", "stop[Klitschko, Thompson]", false},
		{"On Saturday, 32 - year - old Englishman Robert Buckley fell about 600m while climbing to a small hut.", "Saturday", "fall[Englishman Robert Buckley]", false},
		{"Police said Lo Presti had hanged himself late on Tuesday night.", "Tuesday night", "hang[Lo Presti]", false},
		{"Gaetano Lo Presti, 52, hung himself in his cell on Tuesday evening after he is believed to have read police wiretap transcripts.", "Tuesday evening", "hang[Gaetano Lo Presti]", false},
		{"Wladimir Klitschko (52-3, 46 KOs) blasted a sluggish Hasim Rahman (45-7-2, 36 KOs) in [Mannheim] on Saturday night to retain the titles.", "on Saturday night", "blast[Wladimir Klitschko, Hasim Rahman]", false},
		{"Wladimir Klitschko (52-3, 46 KOs) blasted a sluggish Hasim Rahman (45-7-2, 36 KOs) in [Mannheim] on Saturday night to retain the titles.", "in Mannheim", "blast[Wladimir Klitschko, Hasim Rahman]", true},
		{"Just six weeks before President-elect Barack Obama takes office, the Bush administration issued revised endangered species regulations Thursday.", "Thursday", "issue[Bush administration]", false},
		{"President Obama on Tuesday overturned a last - minute Bush administration regulation.", "on Tuesday", "overturn[Obama]", false},
		// a light verb's step: the event is the gerund's after "step of"
		{"Microsoft Wednesday took the rare step of issuing the patch.", "Wednesday", "issue[Microsoft]", false},
		// a verb the rules exclude, or whose event is another verb's
		{"Microsoft Wednesday took the rare step of announcing the patch.", "Wednesday", "", false},
		{"Microsoft Wednesday took the step.", "Wednesday", "", false},
		{"The cable system went down on Saturday 8 October 2011.", "on Saturday 8 October 2011", "", false},
		{"Seacom started to experience problems on Saturday, 8 October 2011.", "on Saturday", "", false},
		{"DeGeneres tweeted Friday.", "Friday", "", false},
		// no name for a subject, or a name inside a phrase
		{"The man aged in his early 30s fell about 600m while climbing near the Mount Sefton Bivvy on Saturday afternoon.", "on Saturday afternoon", "", false},
		{"On Friday, the organization behind the Academy Awards named Australian actor Hugh Jackman as the host.", "Friday", "", false},
		{"The Iranian government issued a statement on Friday.", "on Friday", "", false},
		{"Smith and Jones on Monday signed the letter.", "on Monday", "", false},
		{"Everyone on Monday praised the decision.", "on Monday", "", false},
		{"Someone on Friday stole the trophy.", "on Friday", "", false},
		{"Smith, Jones and Brown on Monday signed the letter.", "on Monday", "", false},
		// a passive, a negation, a modal
		{"Sixty-year-old Sharron Diane Crawford Smith is now accused of murdering two women at a Staunton ice cream store in 1967.", "in 1967", "", false},
		{"Jackman was announced Friday as the host of the 81st Academy Awards.", "Friday", "", false},
		{"Microsoft would not release a patch on Tuesday.", "on Tuesday", "", false},
		// another clause's date or a noun's
		{"Gaetano Lo Presti, one of 99 alleged Sicilian Mafia members seized on Tuesday, has apparently hanged himself.", "on Tuesday", "", false},
		{"Lohan caused a stir after she checked out of Morningside Recovery on Thursday.", "on Thursday", "", false},
		{"DeGeneres previously served as emcee during the 2007 ceremony.", "2007", "", false},
		{"Klitschko finished the fight five rounds sooner than when knocking out Thompson in the 11th of their first title fight in 2008.", "in 2008", "", false},
		// a place not after "in" or "at"
		{"The Angels obtained Teixeira from the [Atlanta] Braves in late July.", "Atlanta", "", true},
	}
	for _, tt := range tests {
		toks := tokens(tt.sentence)
		vw := tokens(tt.value)
		a := indexRun(toks, vw)
		if a < 0 {
			t.Fatalf("%q not in %q", tt.value, tt.sentence)
		}
		got := ""
		if g, ok := genericLex.GenericOf(toks, a, a+len(vw), tt.place); ok {
			got = Key(g.Verb, g.Participants, "x")
			got = strings.TrimSuffix(got, ".x")
			if toks[g.At].Lower == "" {
				t.Errorf("%q: no verb token", tt.sentence)
			}
		}
		if got != tt.want {
			t.Errorf("%q, %q: got %q, want %q", tt.sentence, tt.value, got, tt.want)
		}
	}
}

// indexRun returns where the words of run start in toks, or -1.
func indexRun(toks, run []Token) int {
next:
	for a := 0; a+len(run) <= len(toks); a++ {
		for i, r := range run {
			if toks[a+i].Text != r.Text {
				continue next
			}
		}
		return a
	}
	return -1
}

func TestPastVerb(t *testing.T) {
	for w, want := range map[string]string{"issued": "issue", "released": "release", "fell": "fall", "fallen": "fall",
		"stopped": "stop", "hanged": "hang", "hung": "hang", "traveled": "travel", "travelled": "travel",
		"patch": "", "the": "", "issue": ""} {
		if got := PastVerb(w); got != want {
			t.Errorf("PastVerb(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestPastVerbEveryLine: the index finds every form of
// verbs.txt, and nothing between, before or after them.
func TestPastVerbEveryLine(t *testing.T) {
	lines := strings.Split(strings.TrimSuffix(verbLines, "\n"), "\n")
	if len(lines) < 9000 {
		t.Fatalf("verbs.txt holds %d forms, want thousands", len(lines))
	}
	for i, line := range lines {
		form, base, ok := strings.Cut(line, " ")
		if !ok || (i > 0 && lines[i-1] >= line) {
			t.Fatalf("line %d %q: not a sorted \"form base\" line", i, line)
		}
		if got := PastVerb(form); got != base {
			t.Errorf("PastVerb(%q) = %q, want %q", form, got, base)
		}
		for _, miss := range []string{form + "x", form[:len(form)-1] + "\x00", "#" + form} {
			if got := PastVerb(miss); got != "" && !slices.Contains(lines, miss+" "+got) {
				t.Errorf("PastVerb(%q) = %q, want none", miss, got)
			}
		}
	}
	for _, w := range []string{"", "a", "zzzzz", "\xff"} {
		if got := PastVerb(w); got != "" {
			t.Errorf("PastVerb(%q) = %q, want none", w, got)
		}
	}
}

// FuzzGenericOf: any sentence, any run of up to four tokens as the
// value, a date's or a place's: GenericOf never panics, and the verb and
// subject it gives are tokens of the sentence.
func FuzzGenericOf(f *testing.F) {
	f.Add("Wladimir Klitschko (52-3, 46 KOs) blasted a sluggish Hasim Rahman (45-7-2, 36 KOs) in Mannheim on Saturday night.")
	f.Add("On Saturday, Robert Buckley, 32, fell ( ) , the Bush administration issued")
	f.Add(") ( , and Smith - Jones on Monday signed")
	f.Fuzz(func(t *testing.T, s string) {
		toks := tokens(s)
		for a := range toks {
			for b := a + 1; b <= len(toks) && b <= a+4; b++ {
				for _, place := range []bool{false, true} {
					g, ok := genericLex.GenericOf(toks, a, b, place)
					if ok && (g.At < 0 || g.At >= len(toks) || g.Subject < 0 || g.Subject >= len(toks) || len(g.Participants) == 0) {
						t.Fatalf("%q [%d:%d]: %+v", s, a, b, g)
					}
				}
			}
		}
	})
}

func TestDateline(t *testing.T) {
	for _, tt := range []struct {
		sentence string
		want     bool
	}{
		{"SEATTLE (Reuters) - Microsoft on Monday released a patch", true},
		{"NEW YORK (AP) — Microsoft on Monday released a patch", true},
		{"Kabul (AFP) - Taliban fighters on Monday attacked a checkpoint", true},
		{"WASHINGTON - The Senate on Monday passed the bill", true},
		{"Seattle - Microsoft on Monday released a patch", false},
		{"Ex - NYPD officer Smith on Monday released a statement", false},
		{"EX - NYPD officer Smith on Monday released a statement", false},
		{"An ex - NYPD officer on Monday released a statement", false},
		{"A hit - and - run driver on Monday killed a cyclist", false},
		{"(Reuters) - Microsoft on Monday released a patch", false},
	} {
		toks := tokens(tt.sentence)
		d := -1
		for k := range toks {
			if dash[toks[k].Text] {
				d = k
				break
			}
		}
		if got := dateline(toks, d); got != tt.want {
			t.Errorf("dateline(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}
