package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/spf13/cobra"
)

func rulesCmd(e *env) *cobra.Command {
	var paths []string
	c := &cobra.Command{
		Use:   "rules",
		Short: "List the active rules and the event lexicon",
		Long: `Rules lists how each kind of conflict is judged (severity, downgrades), the
events of the lexicon with their words, and the verbs that key no generic
event, after unifying the embedded rules with any --rules files.

Examples:
  factlint rules
  factlint rules --rules newsroom.cue`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			set, err := loadRules(paths)
			if err != nil {
				return err
			}
			var b strings.Builder
			for _, k := range slices.Sorted(maps.Keys(set.Kinds)) {
				r := set.Kinds[k]
				fmt.Fprintf(&b, "%s (%s)\n  %s\n", k, severityText(r.Severity), r.Doc)
				if r.Example != "" {
					fmt.Fprintf(&b, "  example: %s\n", r.Example)
				}
				for _, q := range slices.Sorted(maps.Keys(r.Downgrade)) {
					fmt.Fprintf(&b, "  when one side is all %s: %s\n", q, r.Downgrade[q].Severity)
				}
			}
			b.WriteString("\nevents:\n")
			for _, ev := range set.Events {
				fields := make([]string, 0, len(ev.Fields))
				name := ev.KeyName() // a killing keys as a death
				for k, f := range ev.Fields {
					suffix := map[string]string{"count": ".<noun>", "money": ".<currency>"}[k]
					fields = append(fields, k+" -> "+name+"."+f+suffix)
				}
				if ev.Reported != "" && ev.Fields["date"] != "" {
					fields = append(fields, "date of saying -> "+name+"."+ev.Reported)
				}
				sort.Strings(fields)
				fmt.Fprintf(&b, "  %s: %s\n    keys: %s\n", ev.Name, strings.Join(ev.Words, ", "), strings.Join(fields, ", "))
			}
			genericText(&b, set.Generic.Off, set.Generic.Exclude)
			fmt.Fprintf(&b, "\ntolerance: %s\n", set.Tolerance)
			_, err = fmt.Fprint(e.stdout, b.String())
			return err
		},
	}
	c.Flags().StringSliceVar(&paths, "rules", nil, "extra CUE rule files")
	c.AddCommand(&cobra.Command{
		Use:   "vet FILE...",
		Short: "Validate rule files",
		Long: `Vet unifies the rule files with the embedded rules and reports the first
problems with their file:line:col, exit status 2; it prints nothing and exits
0 when they are valid.

Examples:
  factlint rules vet newsroom.cue`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			_, err := loadRules(args)
			return err
		},
	})
	return c
}

// genericText says how a value no lexicon event claims is keyed: by the
// verb of its clause (a generic event), unless the rules turn it off,
// and which verbs key nothing.
func genericText(b *strings.Builder, off bool, exclude []string) {
	if off {
		b.WriteString("\ngeneric events: off\n")
		return
	}
	b.WriteString("\ngeneric events: a date or a place no event above claims takes its clause's verb and names\n")
	b.WriteString("    keys: date -> <verb>[<subject>, <object>].date, place -> <verb>[<subject>, <object>].place (warnings at most)\n")
	fmt.Fprintf(b, "    not these verbs: %s\n", strings.Join(exclude, ", "))
}
