package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/facts/events"
	"github.com/factlint/factlint/rules"
)

func explainCmd(e *env) *cobra.Command {
	var paths []string
	c := &cobra.Command{
		Use:   "explain KIND|KEY",
		Short: "Explain a rule: why a conflict of that kind or key is reported",
		Long: `Explain prints the rationale, severity, downgrades and example of the rule
for a claim kind (date, place, ordinal, count, money, duration, age), for a
check (weekday-mismatch, misquote, ...: 'factlint rules' lists them) or for a
key (summit.place: the place rule, and the words that make a summit), from
the docs kept in the rules' CUE.

Examples:
  factlint explain ordinal
  factlint explain summit.place`,
		Args: cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			set, err := loadRules(paths)
			if err != nil {
				return err
			}
			text, err := explain(set, args[0])
			if err != nil {
				return err
			}
			_, err = fmt.Fprint(e.stdout, text)
			return err
		},
	}
	c.Flags().StringSliceVar(&paths, "rules", nil, "extra CUE rule files")
	return c
}

func explain(set *rules.Set, name string) (string, error) {
	var b strings.Builder
	kind := name
	if i, j := strings.IndexByte(name, '['), strings.LastIndexByte(name, ']'); i > 0 && j > i {
		name = name[:i] + name[j+1:] // "visit[Jens Stoltenberg].date": the visit.date rule
	}
	if ev, field, ok := strings.Cut(name, "."); ok {
		kind = ""
		for _, e := range set.Events {
			if e.Name != ev {
				continue
			}
			role := strings.SplitN(field, ".", 2)[0]
			if e.Reported != "" && role == e.Reported && e.Fields["date"] != "" {
				kind = "reported-date"
				fmt.Fprintf(&b, "%s: the date a source told of the %s on (right after \"said\", \"announced\", \"confirmed\"), not the %s's own; found near: %s\n\n", name, e.Name, e.Name, strings.Join(e.Words, ", "))
				continue
			}
			for k, f := range e.Fields {
				if f == role {
					kind = k
					fmt.Fprintf(&b, "%s: the %s of a %s, found near: %s\n\n", name, k, e.Name, strings.Join(e.Words, ", "))
					if len(e.Again) > 0 {
						fmt.Fprintf(&b, "Words that say it happened before: %s\n\n", strings.Join(e.Again, ", "))
					}
				}
			}
		}
		if kind == "" {
			kind = explainUnlisted(&b, name, ev, field)
		}
		if kind == "" {
			return "", fmt.Errorf("unknown key %q: see 'factlint rules' for the events and their keys", name)
		}
	}
	k, ok := set.Kinds[kind]
	if !ok {
		var kinds []string
		for n := range set.Kinds {
			kinds = append(kinds, n)
		}
		sort.Strings(kinds)
		return "", fmt.Errorf("unknown rule %q (want a key or one of %s)", name, strings.Join(kinds, ", "))
	}
	fmt.Fprintf(&b, "%s (%s)\n\n%s\n", kind, severityText(k.Severity), k.Doc)
	if k.Example != "" {
		fmt.Fprintf(&b, "\nExample: %s\n", k.Example)
	}
	var qs []string
	for q := range k.Downgrade {
		qs = append(qs, q)
	}
	sort.Strings(qs)
	for _, q := range qs {
		fmt.Fprintf(&b, "\nWhen every claim on one side is %s: %s.\n  %s\n", q, k.Downgrade[q].Severity, k.Downgrade[q].Explain)
	}
	return b.String(), nil
}

// explainUnlisted explains the keys no lexicon event lists: what a
// source says of a named person ("person[Tara Reid].age",
// "person[Bettie Page].era") and a generic event's ("release[Microsoft].date",
// a verb WordNet knows); it returns the claim kind whose rule applies, or
// "" for a key factlint never writes.
func explainUnlisted(b *strings.Builder, name, ev, role string) string {
	switch {
	case ev == "person" && role == "age":
		fmt.Fprintf(b, "%s: the age a source gives a named person (\"Tara Reid, 33,\", \"aged 45\")\n\n", name)
		return "age"
	case ev == "person" && role == "era":
		fmt.Fprintf(b, "%s: the decades a source gives a named person's fame (a warning at most). %s\n\n", name, checker.EraExplanation)
		return "date"
	case (role == "date" || role == "place") && events.IsVerbBase(ev):
		fmt.Fprintf(b, "%s: the %s of what the verb %q tells, no lexicon event naming it (a warning at most). %s\n\n", name, role, ev, checker.GenericExplanation)
		return role
	}
	return ""
}

// severityText is a rule's severity as a reader reads it: "kind" is that
// of the claim kind's conflicts (self-contradiction).
func severityText(s string) string {
	if s == "kind" {
		return "as the claim kind's"
	}
	return s
}
