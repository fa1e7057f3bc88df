package facts

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
)

// nestedList is a Markdown list nested depth levels deep, one item per
// level, each a sentence with a claim.
func nestedList(depth int) []byte {
	var b bytes.Buffer
	for i := range depth {
		b.WriteString(strings.Repeat("  ", i) + "- The summit in Vilnius opens in July, level " + strconv.Itoa(i) + ".\n")
	}
	return b.Bytes()
}

// TestMarkdownNesting: lines nested deeper than MaxNesting columns are not
// read (blanked, offsets kept); the lines above the cap are, as prose.
func TestMarkdownNesting(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		readLine []bool // per line: read as prose
	}{
		{"shallow list", "- a summit\n  - in July\n", []bool{true, true}},
		{"list past the cap", "- a summit\n" + strings.Repeat(" ", MaxNesting) + "- in July\n", []bool{true, false}},
		{"quotes past the cap", "> a summit\n" + strings.Repeat(">", MaxNesting+1) + " in July\n", []bool{true, false}},
		{"numbered items past the cap", strings.Repeat("1. ", MaxNesting/3+1) + "in July\n", []bool{false}},
		{"long line not indented", strings.Repeat("word ", 100) + "\n", []bool{true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Load("a.md", []byte(tt.text), Meta{})
			if err != nil {
				t.Fatal(err)
			}
			if len(d.prose) != len(d.Text) {
				t.Fatalf("prose is %d bytes, text %d", len(d.prose), len(d.Text))
			}
			lines := strings.Split(strings.TrimSuffix(string(d.prose), "\n"), "\n")
			for i, want := range tt.readLine {
				if got := strings.TrimSpace(lines[i]) != ""; got != want {
					t.Errorf("line %d read = %v, want %v (prose %q)", i+1, got, want, lines[i])
				}
			}
		})
	}
	d, err := Load("deep.md", nestedList(2500), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(d.prose), "\n")
	if !strings.Contains(lines[10], "level 10") || strings.TrimSpace(lines[2000]) != "" {
		t.Errorf("2,500 levels: line 11 %q, line 2001 %q", lines[10], lines[2000])
	}
}

// BenchmarkLoadNestedMarkdown loads lists 1,250 and 2,500 levels deep (1.6
// and 6.3 MB): with the cap, the cost per byte stays flat (it was 5.7 s
// and 35.7 s).
func BenchmarkLoadNestedMarkdown(b *testing.B) {
	for _, depth := range []int{1250, 2500} {
		b.Run("depth="+strconv.Itoa(depth), func(b *testing.B) {
			data := nestedList(depth)
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := Load("deep.md", data, Meta{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// FuzzLoad: any bytes as a Markdown or text document load or fail with an
// InputError, never panic; the prose keeps every offset and line.
func FuzzLoad(f *testing.F) {
	f.Add([]byte("---\ndate: 2023-04-20\n---\n# Title\n\nThe summit in July.\n"), true)
	f.Add([]byte("- a\n  - b\n    > c `code` [link](http://x)\n"), true)
	f.Add(nestedList(80), true)
	f.Add([]byte("KYIV, April 20, 2023 (Reuters) - text\n"), false)
	f.Fuzz(func(t *testing.T, data []byte, markdown bool) {
		name := "f.txt"
		if markdown {
			name = "f.md"
		}
		d, err := Load(name, data, Meta{})
		if err != nil {
			if _, ok := err.(*InputError); !ok {
				t.Fatalf("error %T: %v", err, err)
			}
			return
		}
		if len(d.prose) != len(d.Text) {
			t.Fatalf("prose %d bytes, text %d", len(d.prose), len(d.Text))
		}
		for i, c := range d.Text {
			if (c == '\n') != (d.prose[i] == '\n') {
				t.Fatalf("line break moved at %d", i)
			}
		}
	})
}
