package report

import (
	"io"
	"strings"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/facts"
)

// SARIF 2.1.0 wire structs: only what factlint fills in.
type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool       sarifTool     `json:"tool"`
	Results    []sarifResult `json:"results"`
	ColumnKind string        `json:"columnKind"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri,omitempty"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string       `json:"id"`
	Name                 string       `json:"name"`
	ShortDescription     sarifText    `json:"shortDescription"`
	FullDescription      sarifText    `json:"fullDescription"`
	Help                 sarifText    `json:"help"`
	DefaultConfiguration sarifDefault `json:"defaultConfiguration"`
}

type sarifText struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifDefault struct {
	Level string `json:"level"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
}

type sarifLocation struct {
	ID               *int          `json:"id,omitempty"`
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
	Message          *sarifText    `json:"message,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           sarifRegion   `json:"region"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int       `json:"startLine"`
	StartColumn int       `json:"startColumn"`
	EndLine     int       `json:"endLine"`
	EndColumn   int       `json:"endColumn"`
	Snippet     sarifText `json:"snippet"`
}

func sarifLevel(s checker.Severity) string {
	switch s {
	case checker.Error:
		return "error"
	case checker.Warning:
		return "warning"
	}
	return "note"
}

// SARIF writes SARIF 2.1.0 for code-scanning tools: one result per
// conflict at its primary claim, the other claims of the evidence as
// related locations, one rule per claim kind with its documentation.
func SARIF(w io.Writer, r *checker.Report, o Options) error {
	tool := o.Tool
	if tool.Name == "" {
		tool.Name = "factlint"
	}
	run := sarifRun{ColumnKind: "unicodeCodePoints", Results: []sarifResult{},
		Tool: sarifTool{Driver: sarifDriver{Name: tool.Name, Version: tool.Version, InformationURI: tool.URI, Rules: []sarifRule{}}}}
	index := map[string]int{}
	addRule := func(id string) int {
		if i, ok := index[id]; ok {
			return i
		}
		rule := sarifRule{ID: id, Name: ruleName(id), DefaultConfiguration: sarifDefault{Level: "error"}}
		rule.ShortDescription.Text = "Sources disagree on a " + id + "."
		if id == checker.RuleDirective {
			rule.ShortDescription.Text = "A factlint:ignore directive needs a key and a reason, and must silence something."
			rule.DefaultConfiguration.Level = "warning"
		}
		if o.Rules != nil {
			if k, ok := o.Rules.Kinds[id]; ok {
				rule.ShortDescription.Text = k.Doc
				if s, err := checker.ParseSeverity(k.Severity); err == nil {
					rule.DefaultConfiguration.Level = sarifLevel(s)
				}
				if k.Example != "" {
					rule.Help.Text = "Example: " + k.Example
				}
			}
		}
		rule.FullDescription.Text = rule.ShortDescription.Text
		rule.Help.Text = strings.TrimSpace(rule.ShortDescription.Text + " " + rule.Help.Text + " Run 'factlint explain " + id + "' for more.")
		index[id] = len(run.Tool.Driver.Rules)
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, rule)
		return index[id]
	}
	for _, c := range r.Conflicts {
		res := sarifResult{RuleID: c.Rule, RuleIndex: addRule(c.Rule), Level: sarifLevel(c.Severity),
			PartialFingerprints: map[string]string{"factlint/v1": checker.Fingerprint(c)}}
		res.Message.Text = c.Message
		if c.Explanation != "" {
			res.Message.Text += " " + c.Explanation
		}
		p := c.Primary()
		res.Locations = []sarifLocation{{PhysicalLocation: physical(p)}}
		id := 0
		for _, it := range evidenceOf(c) {
			if it.claim.Span == p.Span {
				continue
			}
			id++
			n := id
			msg := &sarifText{Text: checker.Source(it.claim) + " says " + it.value}
			res.RelatedLocations = append(res.RelatedLocations, sarifLocation{ID: &n, PhysicalLocation: physical(it.claim), Message: msg})
		}
		run.Results = append(run.Results, res)
	}
	return writeJSON(w, sarifLog{Schema: "https://json.schemastore.org/sarif-2.1.0.json", Version: "2.1.0", Runs: []sarifRun{run}})
}

func ruleName(id string) string {
	return strings.ToUpper(id[:1]) + id[1:] + "Conflict"
}

func physical(c facts.Claim) sarifPhysical {
	start, end := c.Span.Position(), c.Span.Doc.Position(c.Span.End)
	return sarifPhysical{
		ArtifactLocation: sarifArtifact{URI: uri(c.Span.Doc.Name)},
		Region: sarifRegion{StartLine: start.Line, StartColumn: start.Column, EndLine: end.Line, EndColumn: end.Column,
			Snippet: sarifText{Text: c.Text()}},
	}
}

// uri turns a slash-separated relative path into a relative URI
// reference (RFC 3986): every byte of a segment but the unreserved
// characters is percent-encoded, so that no space, colon, control byte or
// non-ASCII letter reaches a consumer unencoded.
func uri(name string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c == '/', c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9',
			c == '-', c == '.', c == '_', c == '~':
			b.WriteByte(c)
		default:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
	}
	return b.String()
}
