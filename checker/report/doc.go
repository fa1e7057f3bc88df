// Package report prints check reports and claims. Each format is a pure
// function of its input writing to an io.Writer, one file per format:
// text.go (people), json.go (programs, versioned wire structs), claims.go
// (factlint extract as CUE or JSON, written document by document).
//
// No format passes a control character from an article or a file name
// through raw: Visible shows them as escapes (\x1b, \u202e) in the formats
// people read, keeping one finding on one line; JSON and SARIF escape them
// as \u sequences; SARIF URIs are percent-encoded (RFC 3986).
package report
