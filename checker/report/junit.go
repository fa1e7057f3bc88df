package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/factlint/factlint/checker"
)

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string         `xml:"name,attr"`
	ClassName string         `xml:"classname,attr"`
	Failures  []junitFailure `xml:"failure"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

// JUnit writes JUnit XML: one test case per document, a failure per
// conflict under the document of its primary claim.
func JUnit(w io.Writer, r *checker.Report, _ Options) error {
	suite := junitSuite{Name: "factlint"}
	at := map[string]int{}
	for _, f := range r.Files {
		at[f] = len(suite.Cases)
		suite.Cases = append(suite.Cases, junitCase{Name: Visible(f), ClassName: "factlint"})
	}
	for _, c := range r.Conflicts {
		p := c.Primary()
		i, ok := at[p.Span.Doc.Name]
		if !ok {
			at[p.Span.Doc.Name] = len(suite.Cases)
			i = len(suite.Cases)
			suite.Cases = append(suite.Cases, junitCase{Name: Visible(p.Span.Doc.Name), ClassName: "factlint"})
		}
		var body strings.Builder
		for _, it := range evidenceOf(c) {
			fmt.Fprintf(&body, "%s: %s (%q) %s\n", Visible(it.claim.Span.String()), Visible(it.value),
				it.claim.Text(), Visible(checker.Source(it.claim)))
		}
		if c.Explanation != "" {
			body.WriteString(Visible(c.Explanation) + "\n")
		}
		suite.Cases[i].Failures = append(suite.Cases[i].Failures, junitFailure{
			Message: Visible(p.Span.String() + ": " + c.Message), Type: c.Severity.String(), Text: body.String()})
		suite.Failures++
	}
	suite.Tests = len(suite.Cases)
	out := junitSuites{Name: "factlint", Tests: suite.Tests, Failures: suite.Failures, Suites: []junitSuite{suite}}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(out); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
