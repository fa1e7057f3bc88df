package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// zeros is an endless stream of NUL bytes, as /dev/zero gives.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

// TestHostileFiles: a named pipe (given, or found in a folder), a symbolic
// link to /dev/zero, a sparse 200 MB file and an endless standard input
// are each refused with a message naming them and exit status 2, without
// blocking and without reading past the limit; the good file is still
// checked.
func TestHostileFiles(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	write := func(name, text string) {
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("good.txt", "The summit in Vilnius opens in July.\n")
	write("folder/good.txt", "The summit in Vilnius opens in July.\n")
	for _, p := range []string{"fifo.txt", "folder/fifo.txt"} {
		if err := syscall.Mkfifo(p, 0o644); err != nil {
			t.Skipf("no named pipes here: %v", err)
		}
	}
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero")
	}
	if err := os.Symlink("/dev/zero", "folder/zero.txt"); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/dev/zero", "zero.txt"); err != nil {
		t.Fatal(err)
	}
	big, err := os.Create("big.txt")
	if err != nil {
		t.Fatal(err)
	}
	if err := big.Truncate(200 << 20); err != nil { // sparse: no disk used
		t.Fatal(err)
	}
	big.Close()

	tests := []struct {
		name  string
		args  []string
		stdin io.Reader
		want  []string // lines of stderr
	}{
		{"fifo given", []string{"check", "good.txt", "fifo.txt"}, nil,
			[]string{"factlint: fifo.txt: not a regular file (a named pipe), skipped"}},
		{"fifo and zero in a folder", []string{"check", "folder"}, nil, []string{
			"factlint: folder/fifo.txt: not a regular file (a named pipe), skipped",
			"factlint: folder/zero.txt: not a regular file (a character device), skipped"}},
		{"link to /dev/zero", []string{"check", "good.txt", "zero.txt"}, nil,
			[]string{"factlint: zero.txt: not a regular file (a character device), skipped"}},
		{"200 MB", []string{"check", "good.txt", "big.txt"}, nil,
			[]string{"factlint: big.txt: file too large (209715200 bytes, limit 8388608)"}},
		{"endless stdin", []string{"check", "good.txt", "-"}, zeros{},
			[]string{"factlint: -: file too large (more than 8388608 bytes)"}},
		{"fifo as rules", []string{"check", "--rules", "fifo.txt", "good.txt"}, nil,
			[]string{"factlint: fifo.txt: not a regular file (a named pipe), skipped"}},
		{"zero as facts", []string{"check", "--facts", "zero.txt", "good.txt"}, nil,
			[]string{"factlint: zero.txt: not a regular file (a character device), skipped"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdin := tt.stdin
			if stdin == nil {
				stdin = strings.NewReader("")
			}
			var stdout, stderr bytes.Buffer
			done := make(chan int, 1)
			go func() { done <- run(tt.args, stdin, &stdout, &stderr) }()
			var code int
			select {
			case code = <-done:
			case <-time.After(time.Minute):
				t.Fatal("factlint blocked")
			}
			if code != exitUsage {
				t.Errorf("exit %d, want %d", code, exitUsage)
			}
			got := strings.Split(strings.TrimSpace(stderr.String()), "\n")
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("stderr:\n%s\nwant:\n%s", stderr.String(), strings.Join(tt.want, "\n"))
			}
		})
	}
}
