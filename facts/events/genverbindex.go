//go:build ignore

// genverbindex writes verbindex.bin, the hash index PastVerb finds a
// form of verbs.txt by (generic.go): run by `go generate` in
// facts/events after rules/gen rewrites verbs.txt.
//
// The index is an open-addressing table of 2^k little-endian uint32
// slots, k the least with 2^k >= 1.5 x the lines + 2; each slot is a
// line's start in verbs.txt past its comment lines, shifted left by 8,
// or'd with its form's length (0: an empty slot); a form is put at its
// FNV-1a hash modulo 2^k, or the first empty slot after it.
package main

import (
	"encoding/binary"
	"log"
	"os"
	"strings"
)

func main() {
	text, err := os.ReadFile("verbs.txt")
	if err != nil {
		log.Fatal(err)
	}
	s := string(text)
	for strings.HasPrefix(s, "#") {
		_, s, _ = strings.Cut(s, "\n")
	}
	size := 1
	for size < 3*strings.Count(s, "\n")/2+2 {
		size <<= 1
	}
	slots := make([]uint32, size)
	mask := uint32(size - 1)
	for start := 0; start < len(s); {
		line, _, _ := strings.Cut(s[start:], "\n")
		form, _, _ := strings.Cut(line, " ")
		if len(form) == 0 || len(form) > 0xff || start >= 1<<24 {
			log.Fatalf("verbs.txt: line %q: no form the index can hold", line)
		}
		h := fnv(form) & mask
		for slots[h] != 0 {
			h = (h + 1) & mask
		}
		slots[h] = uint32(start)<<8 | uint32(len(form))
		start += len(line) + 1
	}
	out := make([]byte, 4*size)
	for i, v := range slots {
		binary.LittleEndian.PutUint32(out[4*i:], v)
	}
	if err := os.WriteFile("verbindex.bin", out, 0o644); err != nil {
		log.Fatal(err)
	}
}

func fnv(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return h
}
