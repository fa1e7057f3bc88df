package main

import (
	"time"

	"github.com/schollz/progressbar/v3"
)

// progressMin is the number of documents from which a run shows a
// progress bar (on a terminal): below it, a run is over before a bar
// would help.
const progressMin = 300

// progress counts documents done on a bar on stderr, when stderr is a
// terminal and the run is long; otherwise it does nothing.
type progress struct{ bar *progressbar.ProgressBar }

// progress starts a bar for n documents.
func (e *env) progress(n int) *progress {
	if n < progressMin || !e.isTerminal(e.stderr) {
		return &progress{}
	}
	return &progress{bar: progressbar.NewOptions(n,
		progressbar.OptionSetWriter(e.stderr),
		progressbar.OptionSetDescription("extracting"),
		progressbar.OptionShowCount(),
		progressbar.OptionSetItsString("docs"),
		progressbar.OptionShowIts(),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetPredictTime(true),
	)}
}

func (p *progress) add() {
	if p.bar != nil {
		_ = p.bar.Add(1)
	}
}

// clear erases the bar, so that a message can be printed on its line; the
// next add draws it again.
func (p *progress) clear() {
	if p.bar != nil {
		_ = p.bar.Clear()
	}
}

func (p *progress) finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}
