package facts

import (
	"bytes"
	"testing"
)

func TestRecase(t *testing.T) {
	const sources = "Police in Thailand said on Friday that the two men were arrested in Bangkok.\n" +
		"Officers may speak to the press in May. The UK embassy and the US said nothing to us.\n" +
		"The trainer Jonjo O'Neill works at Jackdaws Castle."
	tests := []struct {
		name, draft, want string
		recased           bool
	}{
		{"names, places and days take the sources' form",
			"police arrested two men in bangkok on friday , officers in thailand said .",
			"police arrested two men in Bangkok on Friday , officers in Thailand said .", true},
		{"a word the sources also write in lower case keeps it (may, us); one they never do does not (UK)",
			"officers may talk to us in may about the uk embassy and the things they did and said .",
			"officers may talk to us in may about the UK embassy and the things they did and said .", true},
		{"an apostrophe inside a name",
			"jonjo o'neill trains at jackdaws castle , which was quiet on the day the horses ran .",
			"Jonjo O'Neill trains at Jackdaws Castle , which was quiet on the day the horses ran .", true},
		{"a known name opening a sentence takes its form too",
			"thailand police arrested two men . thailand officers spoke to the families of the men .",
			"Thailand police arrested two men . Thailand officers spoke to the families of the men .", true},
		{"a sentence's first word in the sources is not learned: left as written",
			"police arrested two men . officers in thailand spoke to the families of the men .",
			"police arrested two men . officers in Thailand spoke to the families of the men .", true},
		{"a text with case is left alone",
			"Police in bangkok arrested two men on friday, officers in thailand said today.",
			"Police in bangkok arrested two men on friday, officers in thailand said today.", false},
	}
	src, err := Load("wire.txt", []byte(sources), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	casing := LearnCasing([]*Document{src})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Load("draft.txt", []byte(tt.draft), Meta{})
			if err != nil {
				t.Fatal(err)
			}
			if got := d.Recase(casing); got != tt.recased {
				t.Errorf("Recase = %v, want %v", got, tt.recased)
			}
			if got := string(d.prose); got != tt.want {
				t.Errorf("prose\n got %q\nwant %q", got, tt.want)
			}
			if string(d.Text) != tt.draft {
				t.Errorf("Text changed: %q", d.Text)
			}
		})
	}
}

// TestRecaseReads: a recased draft's claims are read as in a text with
// case, and show the draft's own words; its sentences stay those of a
// text without case.
func TestRecaseReads(t *testing.T) {
	src, err := Load("wire.txt", []byte("Two men were arrested in Bangkok on Friday, police in Thailand said."), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	d, err := Load("draft.txt", []byte("police said two men were arrested in bangkok on friday . officers were praised by the city ."), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	d.Recase(LearnCasing([]*Document{src}))
	var got []string
	for _, c := range Extract(d, testOptions(t)) {
		if c.Kind == KindPlace || c.Kind == KindDate {
			got = append(got, c.Kind.String()+" "+c.Text()+" in "+c.Sentence.Text())
		}
	}
	want := []string{
		"place bangkok in police said two men were arrested in bangkok on friday .",
		"date friday in police said two men were arrested in bangkok on friday .",
	}
	if len(got) != len(want) {
		t.Fatalf("claims %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("claim %d: %q, want %q", i, got[i], want[i])
		}
	}
}

// FuzzRecase: any source and draft texts recase without a panic; the
// draft's Text is untouched, its prose differs from what it was only in
// the case of letters, and extraction keeps its spans in bounds.
func FuzzRecase(f *testing.F) {
	f.Add([]byte("Police in Thailand said on Friday."), []byte("police in thailand said on friday . the men were held ."))
	f.Add([]byte("İstanbul and Σ word ǅ"), []byte("istanbul and σ word ǆ or ǅ in it for a while now ."))
	f.Fuzz(func(t *testing.T, source, draft []byte) {
		src, err := Load("wire.txt", source, Meta{})
		if err != nil {
			return
		}
		d, err := Load("draft.txt", bytes.Clone(draft), Meta{})
		if err != nil {
			return
		}
		before := bytes.Clone(d.prose)
		d.Recase(LearnCasing([]*Document{src}))
		if !bytes.Equal(d.Text, draft) {
			t.Fatalf("Text changed: %q -> %q", draft, d.Text)
		}
		if len(d.prose) != len(before) || !bytes.EqualFold(d.prose, before) {
			t.Fatalf("prose %q -> %q: more than case changed", before, d.prose)
		}
		for _, c := range Extract(d, Options{}) {
			if c.Span.Start < 0 || c.Span.End > len(d.Text) || c.Span.Start > c.Span.End {
				t.Fatalf("span %d:%d out of %d", c.Span.Start, c.Span.End, len(d.Text))
			}
		}
	})
}
