package rules

import (
	_ "embed"
	"sync/atomic"

	"cuelang.org/go/cue"
)

//go:embed config/schema.cue
var configSchema []byte

// ConfigName is the name of the configuration file looked for from the
// working directory up.
const ConfigName = ".factlint.cue"

// A Config is a validated .factlint.cue. Paths in it are as written,
// relative to the configuration file's folder.
type Config struct {
	Sources  []string          `json:"sources"`
	Draft    []string          `json:"draft"`
	FailOn   string            `json:"fail-on"`
	Format   string            `json:"format"`
	Date     string            `json:"date"`
	Rules    []string          `json:"rules"`
	Facts    []string          `json:"facts"`
	Baseline string            `json:"baseline"`
	Aliases  map[string]string `json:"aliases"`
	Ignore   []string          `json:"ignore"`
}

// LoadConfig validates a configuration file against its embedded schema.
// Errors carry the file:line:col of the problem.
func LoadConfig(name string, data []byte) (*Config, error) {
	var where atomic.Value
	where.Store(name + ":1")
	return Budgeted(&where, "the configuration takes", func() (*Config, error) {
		if err := CheckSource(name, data); err != nil {
			return nil, err
		}
		return loadConfig(name, data)
	})
}

func loadConfig(name string, data []byte) (*Config, error) {
	ctx := newContext()
	schema := ctx.CompileBytes(configSchema, cue.Filename("factlint:config-schema"))
	v := ctx.CompileBytes(data, cue.Filename(name))
	if err := v.Err(); err != nil {
		return nil, Error(err)
	}
	v = schema.Unify(v)
	if err := v.Validate(cue.Concrete(true)); err != nil {
		return nil, Error(err)
	}
	var c Config
	if err := v.Decode(&c); err != nil {
		return nil, Error(err)
	}
	return &c, nil
}
