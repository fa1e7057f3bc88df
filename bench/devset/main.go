// Command devset measures factlint on the annotated dev sets: planted
// conflicts and false alarms on real ECB+ news clusters, key alignment
// against ECB+ gold coreference, and model-written FRANK summaries checked
// as drafts against their articles. Every figure comes from the built
// factlint command's JSON output (check, check --against, extract), as a
// user would get it. See README.md beside this file for what each figure
// means.
//
//	go run ./bench/devset -data ../shared/data
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
)

type config struct {
	data     string   // folder holding ecbplus-dev/ and frank-validation/
	ecb      string   // the ECB+ folder (default data/ecbplus-dev)
	frank    string   // the FRANK file (default data/frank-validation/validation.jsonl)
	seeds    string   // the seed articles (default data/../seeds)
	bin      string   // a built factlint; "" builds ./cmd/factlint
	rules    []string // extra --rules files
	seed     uint64
	maxPlant int
	sample   int
	jobs     int
	out      string // folder for the dumps; "" writes none
}

func main() { os.Exit(Main(os.Args[1:], os.Stdout, os.Stderr)) }

// Main runs the harness with command-line arguments and returns the exit
// status.
func Main(args []string, stdout, stderr io.Writer) int {
	var cfg config
	var rules string
	fs := flag.NewFlagSet("devset", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&cfg.data, "data", "../shared/data", "folder holding ecbplus-dev/ and frank-validation/")
	fs.StringVar(&cfg.ecb, "ecb", "", "ECB+ folder (clusters and gold.jsonl); default DATA/ecbplus-dev; \"none\" skips it")
	fs.StringVar(&cfg.frank, "frank", "", "FRANK validation.jsonl; default DATA/frank-validation/validation.jsonl; \"none\" skips it")
	fs.StringVar(&cfg.seeds, "seeds", "", "folder of the seed articles; default DATA/../seeds; \"none\" skips them")
	fs.StringVar(&cfg.bin, "factlint", "", "factlint binary to measure (default: build ./cmd/factlint of this module)")
	fs.StringVar(&rules, "rules", "", "comma-separated extra CUE rule files passed to factlint --rules")
	fs.Uint64Var(&cfg.seed, "seed", 1, "seed of the plant sample and of the conflicts sampled for reading")
	fs.IntVar(&cfg.maxPlant, "max", 0, "most plants to run, drawn with -seed (0: all)")
	fs.IntVar(&cfg.sample, "sample", 30, "conflicts of the unmodified clusters to sample for reading")
	fs.IntVar(&cfg.jobs, "j", 2, "factlint runs at once")
	fs.StringVar(&cfg.out, "out", "bench/out", "folder for the dumps (conflicts, sample, plants, FRANK); empty for none")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "devset: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	if rules != "" {
		for _, r := range strings.Split(rules, ",") {
			abs, err := filepath.Abs(r)
			if err != nil {
				fmt.Fprintf(stderr, "devset: %v\n", err)
				return 2
			}
			cfg.rules = append(cfg.rules, abs)
		}
	}
	cfg.ecb = pickPath(cfg.ecb, cfg.data, "ecbplus-dev")
	cfg.frank = pickPath(cfg.frank, cfg.data, filepath.Join("frank-validation", "validation.jsonl"))
	cfg.seeds = pickPath(cfg.seeds, cfg.data, filepath.Join("..", "seeds"))
	res, err := run(context.Background(), cfg)
	if err != nil {
		fmt.Fprintf(stderr, "devset: %v\n", err)
		return 2
	}
	if err := res.print(stdout); err != nil {
		fmt.Fprintf(stderr, "devset: %v\n", err)
		return 2
	}
	return 0
}

func pickPath(set, data, def string) string {
	switch set {
	case "none":
		return ""
	case "":
		return filepath.Join(data, def)
	}
	return set
}

// results is everything the harness measured.
type results struct {
	commit string
	ecb    *ecbResults
	frank  *frankResult
	frankN int
	seeds  *seedResults
	dumps  []string
}

// run measures the sets cfg names.
func run(ctx context.Context, cfg config) (*results, error) {
	work, err := os.MkdirTemp("", "devset-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(work)
	fl := &factlint{bin: cfg.bin, rules: cfg.rules}
	if cfg.bin == "" {
		if fl.bin, err = buildFactlint(ctx, work); err != nil {
			return nil, err
		}
	}
	res := &results{commit: "binary " + fl.bin}
	if cfg.bin == "" {
		res.commit = commit(ctx)
	}
	if cfg.out != "" {
		if err := os.MkdirAll(cfg.out, 0o755); err != nil {
			return nil, err
		}
	}
	if cfg.ecb != "" {
		if res.ecb, err = runECB(ctx, cfg, fl, work); err != nil {
			return nil, err
		}
		if cfg.out != "" {
			ds, err := res.ecb.dump(cfg.out, cfg.seed, cfg.sample)
			if err != nil {
				return nil, err
			}
			res.dumps = append(res.dumps, ds...)
		}
	}
	if cfg.frank != "" {
		items, err := readFrank(cfg.frank)
		if err != nil {
			return nil, err
		}
		outs, err := measureFrank(ctx, fl, items, work, cfg.jobs)
		if err != nil {
			return nil, err
		}
		fr := sumFrank(outs)
		res.frank, res.frankN = &fr, len(items)
		if cfg.out != "" {
			name := filepath.Join(cfg.out, "devset-frank.txt")
			if err := dumpFrank(name, outs); err != nil {
				return nil, err
			}
			res.dumps = append(res.dumps, name)
		}
	}
	if cfg.seeds != "" {
		if res.seeds, err = runSeeds(ctx, cfg, fl, work); err != nil {
			return nil, err
		}
		if cfg.out != "" {
			name, err := res.seeds.dump(cfg.out)
			if err != nil {
				return nil, err
			}
			res.dumps = append(res.dumps, name)
		}
	}
	return res, nil
}

// commit names the checked-out commit of the module measured, for the
// record: "abc1234" or "abc1234-dirty"; "" outside a git work tree.
func commit(ctx context.Context) string {
	out, err := exec.CommandContext(ctx, "git", "rev-parse", "--short", "HEAD").Output()
	if err != nil {
		return ""
	}
	c := strings.TrimSpace(string(out))
	if st, err := exec.CommandContext(ctx, "git", "status", "--porcelain", "--untracked-files=no").Output(); err == nil && len(st) > 0 {
		c += "-dirty"
	}
	return c
}

// inParallel runs do(i, dir) for i in [0, n), jobs at a time; each worker
// w has its own folder of work, dirOf(w), made before its first item. It
// returns the first error in item order.
func inParallel(n, jobs int, dirOf func(w int) string, do func(i int, dir string) error) error {
	errs := make([]error, n)
	next := make(chan int)
	var wg sync.WaitGroup
	for w := range max(jobs, 1) {
		dir := dirOf(w)
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := os.MkdirAll(dir, 0o755)
			for i := range next {
				if err != nil {
					errs[i] = err
					continue
				}
				errs[i] = do(i, dir)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
