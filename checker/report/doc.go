// Package report prints check reports and claims. Each format is a pure
// function of its input writing to an io.Writer, one file per format:
// text.go (people), json.go (programs, versioned wire structs), claims.go
// (factlint extract as CUE or JSON).
package report
