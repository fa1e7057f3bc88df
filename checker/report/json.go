package report

import (
	"io"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/facts"
)

// JSONVersion is the version of the JSON report's shape. Fields may be
// added within a version; none is removed or changes meaning.
const JSONVersion = 1

type jsonReport struct {
	Version   int            `json:"version"`
	Summary   jsonSummary    `json:"summary"`
	Conflicts []jsonConflict `json:"conflicts"`
}

type jsonSummary struct {
	Documents int `json:"documents"`
	Sources   int `json:"sources"`
	Claims    int `json:"claims"`
	Errors    int `json:"errors"`
	Warnings  int `json:"warnings"`
	Infos     int `json:"infos"`
}

type jsonConflict struct {
	Severity string `json:"severity"`
	Key      string `json:"key"`
	Kind     string `json:"kind"`
	Message  string `json:"message"`
	// About says why the claims were compared: "visit · Jens Stoltenberg · date".
	About       string         `json:"about,omitempty"`
	Explanation string         `json:"explanation,omitempty"`
	Evidence    []jsonEvidence `json:"evidence"`
}

type jsonEvidence struct {
	File      string `json:"file"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"end_line"`
	EndColumn int    `json:"end_column"`
	Text      string `json:"text"`
	Value     string `json:"value"`
	Source    string `json:"source"`
	// Side is "dissent" for the claims the message points at, "consensus"
	// for those they contradict.
	Side     string `json:"side"`
	Sentence string `json:"sentence"`
	// What the claim is about: its event, participants and role.
	Event        string   `json:"event"`
	Participants []string `json:"participants"`
	Role         string   `json:"role"`
	// Generic: the event is the verb of the claim's clause ("release"),
	// no event of the lexicon: compared by that verb and the names alone.
	Generic bool `json:"generic,omitempty"`
}

// JSON writes the report as version 1 JSON:
//
//	{"version": 1, "summary": {...}, "conflicts": [{"severity", "key",
//	 "kind", "message", "explanation", "evidence": [{"file", "line",
//	 "column", "end_line", "end_column", "text", "value", "source", "side",
//	 "sentence", "event", "participants", "role", "generic"}]}]}
//
// Lists are [] when empty, never null.
func JSON(w io.Writer, r *checker.Report) error {
	out := jsonReport{Version: JSONVersion, Conflicts: []jsonConflict{},
		Summary: jsonSummary{Documents: r.Documents, Sources: r.Sources, Claims: r.Claims}}
	for _, c := range r.Conflicts {
		switch c.Severity {
		case checker.Error:
			out.Summary.Errors++
		case checker.Warning:
			out.Summary.Warnings++
		default:
			out.Summary.Infos++
		}
		jc := jsonConflict{Severity: c.Severity.String(), Key: c.Key, Kind: c.Rule,
			Message: c.Message, About: c.About, Explanation: c.Explanation, Evidence: []jsonEvidence{}}
		for _, it := range evidenceOf(c) {
			side := "consensus"
			if it.dissent {
				side = "dissent"
			}
			jc.Evidence = append(jc.Evidence, evidence(it.claim, it.value, side))
		}
		out.Conflicts = append(out.Conflicts, jc)
	}
	return writeJSON(w, out)
}

func evidence(c facts.Claim, value, side string) jsonEvidence {
	start, end := c.Span.Position(), c.Span.Doc.Position(c.Span.End)
	return jsonEvidence{File: c.Span.Doc.Name, Line: start.Line, Column: start.Column,
		EndLine: end.Line, EndColumn: end.Column, Text: c.Text(), Value: value,
		Source: checker.Source(c), Side: side, Sentence: oneLine(c.Sentence.Text()),
		Event: c.Event, Participants: append([]string{}, c.Participants...), Role: c.Role, Generic: c.Generic}
}
