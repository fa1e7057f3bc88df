package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/report"
)

// TestNoInjection: control characters in file names and article text (an
// OSC sequence that sets a terminal's title, BEL, a CSI in C1, a
// right-to-left override, a newline followed by a GitHub workflow
// command) reach no format raw: every byte of stdout and stderr is
// printable or a line break we wrote, no finding spans two lines, no line
// but the github format's own starts a workflow command, and SARIF URIs
// are percent-encoded.
func TestNoInjection(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	evil := "INJ\x1b]0;pwned\x07\n::error::INJECT.txt"
	rtl := "b\u202etxt.exe.txt"
	files := map[string]string{
		evil:                           "The summit in Vilnius opens in July \x1b]0;title\x07 \u009b31m\x7f.\n",
		rtl:                            "The summit in Vilnius \u202eopens in June\r\n::warning::x.\n",
		"empty\x1b[2J\n::error::E.txt": "",
	}
	for name, text := range files {
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Skipf("this file system refuses the name %q: %v", name, err)
		}
	}
	docs := []string{evil, rtl}
	for _, format := range append(report.FormatNames(), "extract-json", "extract-cue") {
		t.Run(format, func(t *testing.T) {
			args := append([]string{"check", "--format", format}, docs...)
			if name, ok := strings.CutPrefix(format, "extract-"); ok {
				args = append([]string{"extract", "--format", name}, docs...)
			}
			args = append(args, "empty\x1b[2J\n::error::E.txt")
			var stdout, stderr bytes.Buffer
			run(args, strings.NewReader(""), &stdout, &stderr)
			if !strings.Contains(stdout.String(), "June") {
				t.Fatalf("the conflict or claims are missing:\n%s\nstderr:\n%s", stdout.String(), stderr.String())
			}
			for _, out := range []struct{ name, text string }{{"stdout", stdout.String()}, {"stderr", stderr.String()}} {
				text := out.text
				if format == "extract-cue" {
					text = strings.ReplaceAll(text, "\t", " ") // CUE indents with tabs
				}
				if r, at := rawControl(text); at >= 0 {
					t.Errorf("%s: raw %U at byte %d:\n%s", out.name, r, at, out.text)
				}
				for _, line := range strings.Split(out.text, "\n") {
					cmd := strings.HasPrefix(strings.TrimSpace(line), "::")
					if cmd && !(format == "github" && out.name == "stdout" && strings.HasPrefix(line, "::error file=")) {
						t.Errorf("%s: a line starts a workflow command: %q", out.name, line)
					}
				}
			}
			if want := "factlint: empty\\x1b[2J\\n::error::E.txt: empty file\n"; stderr.String() != want {
				t.Errorf("stderr = %q, want %q", stderr.String(), want)
			}
			switch format {
			case "line", "github":
				if n := strings.Count(stdout.String(), "\n"); n != 1 {
					t.Errorf("%d lines for one finding:\n%s", n, stdout.String())
				}
			case "sarif":
				for _, want := range []string{`"uri": "INJ%1B%5D0%3Bpwned%07%0A%3A%3Aerror%3A%3AINJECT.txt"`,
					`"uri": "b%E2%80%AEtxt.exe.txt"`} {
					if !strings.Contains(stdout.String(), want) {
						t.Errorf("SARIF lacks %s:\n%s", want, stdout.String())
					}
				}
			}
		})
	}
}

// rawControl returns the first character of s that a terminal would act
// on (a control other than a line break, or an invisible direction mark)
// and its offset, or -1.
func rawControl(s string) (rune, int) {
	for i, r := range s {
		switch {
		case r == '\n':
		case r == utf8.RuneError:
			return r, i
		case r < 0x20, r >= 0x7f && r <= 0x9f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069,
			r == 0x200e, r == 0x200f, r == 0x2028, r == 0x2029:
			return r, i
		}
	}
	return 0, -1
}
