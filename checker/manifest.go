package checker

import (
	"fmt"
	"sync/atomic"

	"cuelang.org/go/cue"
	"cuelang.org/go/cue/cuecontext"

	"github.com/factlint/factlint/facts"
	"github.com/factlint/factlint/rules"
)

// ManifestSchema is the shape of a sources manifest (sources.cue).
const ManifestSchema = `
sources: [File=string]: {
	date?:   =~"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
	outlet?: string
	url?:    string
	title?:  string
}
`

// A ManifestEntry is what a sources manifest says of one file.
type ManifestEntry struct {
	Date   facts.Date
	Outlet string
}

// LoadManifest reads a sources manifest: a CUE file mapping file names
// (relative to the manifest) to their publication date and outlet:
//
//	sources: "000.txt": {date: "2023-04-20", outlet: "Kyiv Post"}
func LoadManifest(name string, data []byte) (map[string]ManifestEntry, error) {
	var where atomic.Value
	where.Store(name + ":1")
	return rules.Budgeted(&where, "the manifest takes", func() (map[string]ManifestEntry, error) {
		if err := rules.CheckSource(name, data); err != nil {
			return nil, err
		}
		return loadManifest(name, data)
	})
}

func loadManifest(name string, data []byte) (map[string]ManifestEntry, error) {
	ctx := cuecontext.New()
	v := ctx.CompileString(ManifestSchema, cue.Filename("factlint:manifest-schema")).Unify(ctx.CompileBytes(data, cue.Filename(name)))
	if err := v.Validate(cue.Concrete(true)); err != nil {
		return nil, rules.Error(err)
	}
	var raw struct {
		Sources map[string]struct {
			Date   string `json:"date"`
			Outlet string `json:"outlet"`
		} `json:"sources"`
	}
	if err := v.Decode(&raw); err != nil {
		return nil, rules.Error(err)
	}
	out := map[string]ManifestEntry{}
	for file, s := range raw.Sources {
		e := ManifestEntry{Outlet: s.Outlet}
		if s.Date != "" {
			d, err := facts.ParseDate(s.Date)
			if err != nil {
				p := v.LookupPath(cue.MakePath(cue.Str("sources"), cue.Str(file), cue.Str("date"))).Pos()
				return nil, fmt.Errorf("%s: %w", p, err)
			}
			e.Date = d
		}
		out[file] = e
	}
	return out, nil
}
