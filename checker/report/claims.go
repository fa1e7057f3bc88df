package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"cuelang.org/go/cue/ast"
	"cuelang.org/go/cue/format"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/facts"
	"github.com/factlint/factlint/facts/events"
)

type jsonClaim struct {
	Kind string `json:"kind"`
	Key  string `json:"key"`
	// What the key is made of: the event, who it is about, the role.
	Event        string   `json:"event,omitempty"`
	Participants []string `json:"participants,omitempty"`
	Role         string   `json:"role,omitempty"`
	// Generic: the event is the verb of the claim's clause ("release"),
	// no event of the lexicon.
	Generic bool `json:"generic,omitempty"`
	// Also: the keys of the other events the claim's own clause tells
	// with the same value ("foiled ... and arrested": "arrest.date").
	Also       []string       `json:"also,omitempty"`
	Value      string         `json:"value"`
	File       string         `json:"file"`
	Line       int            `json:"line"`
	Column     int            `json:"column"`
	Text       string         `json:"text"`
	Source     string         `json:"source"`
	Qualifiers jsonQualifiers `json:"qualifiers"`
	Sentence   string         `json:"sentence"`
	// By kind: a date's TIMEX3 value; a count's, amount's or duration's
	// interval ("40", "(40,)", "[13,14]"); money's ISO 4217 currency; a
	// place's gazetteer id (GeoNames, or ISO 3166 for a country) and name.
	Timex    string `json:"timex,omitempty"`
	Interval string `json:"interval,omitempty"`
	Currency string `json:"currency,omitempty"`
	ID       string `json:"id,omitempty"`
	Name     string `json:"name,omitempty"`
	// Readings are the values the claim is read from, as the words state
	// them (TIMEX3 and Recognizers-Text notation), each with its words.
	Readings []jsonReading `json:"readings,omitempty"`
}

// A jsonReading is one value as the words state it: its type (number,
// numberrange, ordinal, currency, date), value, currency unit, words,
// their position and their byte offsets in the file, end excluded.
type jsonReading struct {
	Type   string `json:"type"`
	Value  string `json:"value"`
	Unit   string `json:"unit,omitempty"`
	Text   string `json:"text"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}

type jsonQualifiers struct {
	Approximate bool   `json:"approximate,omitempty"`
	Bound       bool   `json:"bound,omitempty"`
	Attributed  string `json:"attributed,omitempty"`
	Hedged      bool   `json:"hedged,omitempty"`
	Negated     bool   `json:"negated,omitempty"`
	Scope       string `json:"scope,omitempty"`
	Update      bool   `json:"update,omitempty"`
	Inferred    bool   `json:"inferred,omitempty"`
	Edge        string `json:"edge,omitempty"` // "early" or "late": a date at a day's edge
}

// A ClaimsWriter writes claims as they come, document after document,
// to one JSON or CUE document: nothing but the current document's claims
// is held.
type ClaimsWriter struct {
	w      io.Writer
	cue    bool
	claims int // written so far
}

// NewClaimsWriter starts a claims document in format "json" or "cue".
//
// JSON: {"version": 1, "claims": [{"kind", "key", "value", "file",
// "line", "column", "text", "source", "qualifiers", "sentence", "readings"}]}; key is
// "" when no event word gave one.
//
// CUE: one list per file,
//
//	claims: "a.txt": [{at: "3:14", kind: "date", key: "visit.date", text: "Thursday", value: {weekday: "Thu"}}]
func NewClaimsWriter(w io.Writer, format string) *ClaimsWriter {
	return &ClaimsWriter{w: w, cue: format == "cue"}
}

// Write writes the claims of one document.
func (cw *ClaimsWriter) Write(claims []facts.Claim) error {
	if len(claims) == 0 {
		return nil
	}
	if cw.cue {
		cw.claims += len(claims)
		return claimsCUE(cw.w, claims)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("    ", "  ")
	enc.SetEscapeHTML(false)
	if cw.claims == 0 {
		fmt.Fprintf(&b, "{\n  \"version\": %d,\n  \"claims\": [\n", JSONVersion)
	}
	for _, c := range claims {
		if cw.claims > 0 {
			b.WriteString(",\n")
		}
		cw.claims++
		b.WriteString("    ")
		if err := enc.Encode(claimJSON(c)); err != nil {
			return err
		}
		b.Truncate(b.Len() - 1) // the encoder's newline
		if b.Len() >= 64<<10 {  // a long document: write as it goes
			if err := jsonSafe(cw.w, b.Bytes()); err != nil {
				return err
			}
			b.Reset()
		}
	}
	return jsonSafe(cw.w, b.Bytes())
}

// Close ends the document.
func (cw *ClaimsWriter) Close() error {
	switch {
	case cw.cue:
		return nil
	case cw.claims == 0:
		_, err := fmt.Fprintf(cw.w, "{\n  \"version\": %d,\n  \"claims\": []\n}\n", JSONVersion)
		return err
	}
	_, err := io.WriteString(cw.w, "\n  ]\n}\n")
	return err
}

// claimJSON is a claim's wire form.
func claimJSON(c facts.Claim) jsonClaim {
	p := c.Span.Position()
	q := c.Qual
	var jc jsonClaim
	switch v := c.Value.(type) {
	case facts.DateValue:
		jc.Timex = v.Timex
	case facts.DateRange:
		jc.Timex = v.Timex
	case facts.Number:
		jc.Interval = v.N.String()
	case facts.Quantity:
		jc.Interval = v.N.String()
	case facts.Duration:
		jc.Interval = v.N.String()
		jc.Timex = "P" + strings.Trim(v.N.String(), "[]()") + strings.ToUpper(v.Unit[:1])
		if !v.N.IsExact() {
			jc.Timex = ""
		}
	case facts.Money:
		jc.Interval, jc.Currency = v.Amount.String(), v.Currency
	case facts.Ordinal:
		jc.Interval = v.N.String()
		if v.Relative != "" {
			jc.Interval = ""
		}
	case facts.Place:
		jc.ID, jc.Name = v.ID, v.Name
	}
	return jsonClaim{Kind: c.Kind.String(), Key: c.Key, Value: c.Value.String(),
		Event: c.Event, Participants: c.Participants, Role: c.Role, Generic: c.Generic,
		File: c.Span.Doc.Name, Line: p.Line, Column: p.Column, Text: c.Text(), Source: checker.Source(c),
		Sentence: oneLine(c.Sentence.Text()),
		Qualifiers: jsonQualifiers{Approximate: q.Approximate, Bound: q.Bound, Attributed: q.Attributed,
			Hedged: q.Hedged, Negated: q.Negated, Scope: q.Scope, Update: q.Update, Inferred: q.Inferred, Edge: q.Edge},
		Timex: jc.Timex, Interval: jc.Interval, Currency: jc.Currency, ID: jc.ID, Name: jc.Name,
		Readings: readings(c.Readings), Also: alsoKeys(c)}
}

// alsoKeys renders the claim's links (facts.Claim.Also) as the keys it
// is read under too.
func alsoKeys(c facts.Claim) []string {
	var out []string
	for _, l := range c.Also {
		out = append(out, events.Key(l.Event, l.Participants, c.Role))
	}
	return out
}

func readings(rs []facts.Reading) []jsonReading {
	var out []jsonReading
	for _, r := range rs {
		p := r.Span.Position()
		out = append(out, jsonReading{Type: r.Type.String(), Value: r.Value, Unit: r.Unit,
			Text: oneLine(r.Span.Text()), Line: p.Line, Column: p.Column, Start: r.Span.Start, End: r.Span.End})
	}
	return out
}

// claimsCUE writes claims as CUE, one list per file, a claim at a time:
// only one claim's syntax tree is held, however long the document.
func claimsCUE(w io.Writer, claims []facts.Claim) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	for i, c := range claims {
		if i == 0 || c.Span.Doc.Name != claims[i-1].Span.Doc.Name {
			if i > 0 {
				bw.WriteString("]\n")
			}
			head, err := cueHead(c.Span.Doc.Name)
			if err != nil {
				return err
			}
			bw.Write(head)
		} else {
			bw.WriteString(", ")
		}
		b, err := format.Node(claimCUE(c), format.Simplify())
		if err != nil {
			return err
		}
		bw.Write(b)
	}
	bw.WriteString("]\n")
	return bw.Flush()
}

// cueHead is the start of a file's list of claims: `claims: "a.txt": [`.
func cueHead(file string) ([]byte, error) {
	b, err := format.Node(&ast.File{Decls: []ast.Decl{&ast.Field{Label: ast.NewIdent("claims"),
		Value: ast.NewStruct(&ast.Field{Label: ast.NewString(file), Value: &ast.ListLit{}})}}}, format.Simplify())
	if err != nil {
		return nil, err
	}
	head, ok := bytes.CutSuffix(b, []byte("[]\n"))
	if !ok {
		return nil, fmt.Errorf("claims of %q: unexpected CUE %q", file, b)
	}
	return append(head, '['), nil
}

// claimCUE is one claim as a CUE struct.
func claimCUE(c facts.Claim) ast.Expr {
	p := c.Span.Position()
	fields := []any{
		"at", ast.NewString(fmt.Sprintf("%d:%d", p.Line, p.Column)),
		"kind", ast.NewString(c.Kind.String()),
	}
	if c.Key != "" {
		fields = append(fields, "key", ast.NewString(c.Key), "event", ast.NewString(c.Event))
		if len(c.Participants) > 0 {
			ps := make([]ast.Expr, len(c.Participants))
			for i, p := range c.Participants {
				ps[i] = ast.NewString(p)
			}
			fields = append(fields, "participants", ast.NewList(ps...))
		}
		fields = append(fields, "role", ast.NewString(c.Role))
		if c.Generic {
			fields = append(fields, "generic", ast.NewBool(true))
		}
		if also := alsoKeys(c); len(also) > 0 {
			ks := make([]ast.Expr, len(also))
			for i, k := range also {
				ks[i] = ast.NewString(k)
			}
			fields = append(fields, "also", ast.NewList(ks...))
		}
	}
	if c.Voice != "" {
		fields = append(fields, "voice", ast.NewString(c.Voice))
	}
	fields = append(fields, "text", ast.NewString(c.Text()))
	if v := checker.EncodeValue(c.Value); v != nil {
		fields = append(fields, "value", v)
	} else {
		fields = append(fields, "value", ast.NewString(c.Value.String()))
	}
	if c.Qual.Scope != "" {
		fields = append(fields, "scope", ast.NewString(c.Qual.Scope))
	}
	for _, q := range []struct {
		on   bool
		name string
	}{{c.Qual.Approximate, "approximate"}, {c.Qual.Bound, "bound"}, {c.Qual.Hedged, "hedged"}, {c.Qual.Negated, "negated"},
		{c.Qual.Update, "update"}, {c.Qual.Inferred, "inferred"}} {
		if q.on {
			fields = append(fields, q.name, ast.NewBool(true))
		}
	}
	if c.Qual.Attributed != "" {
		fields = append(fields, "attributed", ast.NewString(c.Qual.Attributed))
	}
	if c.Qual.Edge != "" {
		fields = append(fields, "edge", ast.NewString(c.Qual.Edge))
	}
	return ast.NewStruct(fields...)
}
