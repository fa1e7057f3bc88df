package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/factlint/factlint/checker/report"
)

// Exit statuses.
const (
	exitOK        = 0
	exitConflicts = 1
	exitUsage     = 2
)

// env is what a command may touch of the process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	isTerminal     func(w io.Writer) bool
	status         int
}

// errReported says the error was already printed.
var errReported = errors.New("reported")

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runEnv(&env{stdin: stdin, stdout: stdout, stderr: stderr, isTerminal: isTerminal}, args)
}

// runEnv runs factlint in e: tests give it an env whose streams pass for
// terminals.
func runEnv(e *env, args []string) int {
	stdin, stdout, stderr := e.stdin, e.stdout, e.stderr
	root := &cobra.Command{
		Use:   "factlint",
		Short: "Check that texts about one event agree on their facts",
		Long: `factlint reads several texts about one event (wire copies, articles, a
draft), extracts the checkable claims in them (dates, counts, places, money,
durations, "first"/"back" ordinals), normalizes each into a CUE value and
unifies the sources: where they cannot all be right, it reports the conflict
with the exact words from each side.

Exit status: 0 when nothing at or above --fail-on was found, 1 when something
was, 2 for a usage or input error.`,
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.AddCommand(checkCmd(e), extractCmd(e), rulesCmd(e), explainCmd(e), hookCmd(e), versionCmd(e))
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return fmt.Errorf("%w (run '%s --help' for usage)", err, c.CommandPath())
	})
	if err := root.Execute(); err != nil {
		if !errors.Is(err, errReported) {
			printError(stderr, err)
		}
		return exitUsage
	}
	return e.status
}

// printError prints an error on stderr, each of its lines headed
// "factlint: " and shown through report.Visible: a file name or a rule's
// text can start no line of its own, nor steer the terminal.
func printError(w io.Writer, err error) {
	for _, line := range strings.Split(err.Error(), "\n") {
		fmt.Fprintf(w, "factlint: %s\n", report.Visible(line))
	}
}
