package facts

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name string
		file string
		data string
		want string
	}{
		{"empty", "a.txt", "", "a.txt: empty file"},
		{"blank", "a.txt", " \n\t\n", "a.txt: empty file"},
		{"binary", "a.txt", "line one\nline\x00two", "a.txt:2: binary file (NUL byte)"},
		{"invalid utf-8", "a.txt", "fine\nfine\nbad \xff byte", "a.txt:3: invalid UTF-8"},
		{"huge", "a.txt", strings.Repeat("a", MaxSize+1), "a.txt: file too large"},
		{"unclosed front matter", "a.md", "---\ntitle: x\n\nText.", "a.md:1: front matter is not closed by a --- line"},
		{"broken yaml", "a.md", "---\ntitle: [x\n---\nText.", "a.md:2: front matter:"},
		{"bad date", "a.md", "---\ntitle: x\ndate: 20 April\n---\nText.", "a.md:3: front matter: invalid date \"20 April\""},
		{"wrong type", "a.md", "---\ntitle: [1, 2]\n---\nText.", "a.md:2: front matter:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(tt.file, []byte(tt.data), Meta{})
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("err = %v, want an InputError", err)
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("err = %q, want prefix %q", err, tt.want)
			}
		})
	}
}

func TestLoadFrontMatter(t *testing.T) {
	src := "---\ntitle: Stoltenberg in Kyiv\ndate: 2023-04-20T10:00:00Z\nsource: Wire\n---\nThe summit in `Riga` is in [July](https://example.org/riga-june).\n"
	d, err := Load("a.md", []byte(src), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Date != (Date{2023, 4, 20}) || d.Title != "Stoltenberg in Kyiv" || d.Outlet != "Wire" {
		t.Errorf("meta = %v %q %q", d.Date, d.Title, d.Outlet)
	}
	// The flag wins over the front matter; a manifest does not.
	if d, _ := Load("a.md", []byte(src), Meta{Date: Date{2024, 1, 1}, Override: true}); d.Date != (Date{2024, 1, 1}) {
		t.Errorf("override date = %v", d.Date)
	}
	if d, _ := Load("a.md", []byte(src), Meta{Date: Date{2024, 1, 1}}); d.Date != (Date{2023, 4, 20}) {
		t.Errorf("manifest date beat front matter: %v", d.Date)
	}
	var got []string
	for _, c := range Extract(d, testOptions(t)) {
		got = append(got, describe(c)+" @"+c.Span.String())
	}
	// Code spans and link targets are not prose; the link text is, with
	// its span in the original bytes.
	want := []string{"date summit.date=Jul 2023 «July» @a.md:6:29"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("claims = %q, want %q", got, want)
	}
}

func TestPosition(t *testing.T) {
	d, err := Load("a.txt", []byte("héllo\nwörld Kyiv"), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	off := strings.Index(string(d.Text), "Kyiv")
	if p := d.Position(off); p != (Position{2, 7}) {
		t.Errorf("Position = %+v, want 2:7 (columns count runes)", p)
	}
}

// TestPositionLongLine: on lines longer than markEvery, columns count
// from the marks and must equal a count from the line's start, whatever
// the bytes (multi-byte, invalid, stray continuation bytes).
func TestPositionLongLine(t *testing.T) {
	pieces := []string{"Kyiv ", "wörld ", "€", "\xe2\x82", "\x80\x80\x80\x80", "🙂", "\n", "a"}
	var b []byte
	for i := 0; len(b) < 5*markEvery; i++ {
		p := pieces[(i*7+i/13)%len(pieces)]
		if p == "\n" && i%2000 != 0 {
			continue // mostly long lines
		}
		b = append(b, p...)
	}
	d := &Document{Name: "long.txt", Text: b}
	d.index()
	if len(d.marks) == 0 {
		t.Fatal("no marks on a line longer than markEvery")
	}
	line := 0
	for off := 0; off <= len(b); off++ {
		for line+1 < len(d.lines) && d.lines[line+1] <= off {
			line++
		}
		want := Position{line + 1, utf8.RuneCount(b[d.lines[line]:off]) + 1}
		if got := d.Position(off); got != want {
			t.Fatalf("Position(%d) = %+v, want %+v", off, got, want)
		}
	}
}

func TestDateline(t *testing.T) {
	tests := []struct {
		text string
		want Date
	}{
		{"KYIV, April 20, 2023 (Reuters) - NATO Secretary General Jens Stoltenberg visited Kyiv on Thursday.", Date{2023, 4, 20}},
		{"WASHINGTON, Jan. 5, 2024 — The summit opens.", Date{2024, 1, 5}},
		{"KYIV, April 20 (Reuters) - No year: the date stays unknown.", Date{}},
		{"Kyiv, April 20, 2023 - not a dateline in upper case.", Date{}},
	}
	for _, tt := range tests {
		d, err := Load("a.txt", []byte(tt.text), Meta{})
		if err != nil {
			t.Fatal(err)
		}
		if d.Date != tt.want {
			t.Errorf("%q: date %v, want %v", tt.text, d.Date, tt.want)
		}
	}
	// A dateline resolves the document's weekdays.
	d, _ := Load("a.txt", []byte(tests[0].text), Meta{})
	for _, c := range Extract(d, testOptions(t)) {
		if c.Text() == "Thursday" && c.Value.String() != "20 Apr 2023 (Thu)" {
			t.Errorf("Thursday = %s", c.Value)
		}
	}
}

// TestLoadKeepsText: whatever Load blanks out of the prose (a CR, front
// matter, Markdown code, a directive), the document's Text stays the
// bytes given, and a plain text's prose is those bytes, not a copy.
func TestLoadKeepsText(t *testing.T) {
	tests := []struct {
		name, file, data string
		blanked          string // what the prose no longer holds
	}{
		{"plain", "a.txt", "The summit in Riga on Monday.\n", ""},
		{"crlf", "a.txt", "The summit in Riga.\r\nOn Monday.\r\n", "\r"},
		{"front matter", "a.md", "---\ntitle: Summit\n---\nThe summit in Riga.\n", "title"},
		{"markdown code", "a.md", "The summit in `Vilnius` in July.\n", "Vilnius"},
		{"directive", "a.txt", "The summit in Riga. <!-- factlint:ignore summit.place because it moved -->\n", "factlint"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := []byte(tt.data)
			d, err := Load(tt.file, data, Meta{})
			if err != nil {
				t.Fatal(err)
			}
			if string(d.Text) != tt.data {
				t.Errorf("Text = %q, want the bytes given", d.Text)
			}
			shared := &d.prose[0] == &d.Text[0]
			if tt.blanked == "" {
				if !shared || string(d.prose) != tt.data {
					t.Errorf("prose of a plain text: a copy (%v) or changed (%q)", !shared, d.prose)
				}
				return
			}
			if shared || strings.Contains(string(d.prose), tt.blanked) || len(d.prose) != len(d.Text) {
				t.Errorf("prose = %q (shares Text: %v), want %q blanked, same length", d.prose, shared, tt.blanked)
			}
		})
	}
}
