// Package report prints check reports and claims. Each format is a pure
// function of its input writing to an io.Writer, one file per format and
// named in format.go (Write, FormatNames): text.go (people), json.go
// (programs, versioned wire structs), html.go (one self-contained page,
// its template, style and script embedded from html/), markdown.go,
// sarif.go, junit.go, and the one-line and GitHub formats of format.go;
// claims.go writes factlint extract as CUE or JSON, document by document.
//
// No format passes a control character from an article or a file name
// through raw: Visible (escape.go) shows them as escapes (\x1b, \u202e)
// in the formats people read, keeping one finding on one line; HTML
// passes text through Visible and then html/template; JSON and SARIF
// escape them as \u sequences; SARIF URIs are percent-encoded (RFC 3986).
package report
