package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"

	"github.com/factlint/factlint/facts"
)

// readFile reads a regular file of at most facts.MaxSize bytes. It never
// blocks on a named pipe (the file is opened without waiting for a
// writer, then refused), refuses devices, sockets and other files that are
// not regular (also behind a symbolic link: /dev/zero named zero.txt), and
// never reads more than the limit plus one byte.
func readFile(path string) ([]byte, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return nil, fmt.Errorf("%s: %w", path, pe.Err)
		}
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file (%s), skipped", path, fileType(info.Mode()))
	}
	if info.Size() > facts.MaxSize {
		return nil, fmt.Errorf("%s: file too large (%d bytes, limit %d)", path, info.Size(), facts.MaxSize)
	}
	return readLimited(f, path)
}

// readLimited reads r to its end, failing once it has given more than
// facts.MaxSize bytes.
func readLimited(r io.Reader, name string) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, facts.MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(b) > facts.MaxSize {
		return nil, fmt.Errorf("%s: file too large (more than %d bytes)", name, facts.MaxSize)
	}
	return b, nil
}

// fileType names the type of a file that is not regular.
func fileType(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "not a plain file"
}
