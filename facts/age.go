package facts

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// AgePerson returns the name an age claim (kind age) is given to: the
// name before its comma, "Tara Reid, 33," or "John Smith, aged 45,"; ""
// when no name stands there ("a 22-year-old man", "the 32-year-old
// actress"): the age check compares only named people.
func AgePerson(c Claim) string {
	if c.Kind != KindAge {
		return ""
	}
	ws := wordsBefore(c.Span.Doc.Text, c.Sentence.Start, c.Span.Start, 6)
	k := len(ws) - 1
	if k < 0 || ws[k] != "," {
		return ""
	}
	var name []string
	for k--; k >= 0 && isName(ws[k]); k-- {
		name = append([]string{ws[k]}, name...)
	}
	if k >= 0 && ws[k] != "," { // "met Reid, 33": the name must open its clause
		return ""
	}
	return strings.Join(name, " ")
}

// BornOn returns the person whose birth a full date claim gives: "Tara
// Reid was born on November 8, 1975", "Reid, born November 8, 1975,". ok
// is false when the words before the date are not "born" after a name.
func BornOn(c Claim) (person string, ok bool) {
	v, isDate := c.Value.(DateValue)
	if !isDate || v.Year == 0 || v.Day == 0 || len(v.Months) != 1 {
		return "", false
	}
	ws := wordsBefore(c.Span.Doc.Text, c.Sentence.Start, c.Span.Start, 12)
	k := len(ws) - 1
	if k >= 0 && (ws[k] == "on" || ws[k] == "in") {
		k--
	}
	if k < 0 || ws[k] != "born" {
		return "", false
	}
	k--
	if k >= 0 && (ws[k] == "was" || ws[k] == "is") {
		k--
	}
	if k >= 0 && ws[k] == "," {
		k--
	}
	if k >= 1 && isNumber(ws[k]) && ws[k-1] == "," { // "Reid, 33, was born"
		k -= 2
	}
	// The name: capitalized words ending at k.
	var name []string
	for ; k >= 0 && isName(ws[k]); k-- {
		name = append([]string{ws[k]}, name...)
	}
	if len(name) == 0 {
		return "", false
	}
	return strings.Join(name, " "), true
}

func isNumber(w string) bool {
	return w != "" && strings.Trim(w, "0123456789") == ""
}

func isName(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && w != "The" && w != "He" && w != "She" && w != "I"
}

// wordsBefore returns up to n words (and commas) of text[from:to], the
// last ones, in order.
func wordsBefore(text []byte, from, to, n int) []string {
	var out []string
	i := to
	for i > from && len(out) < n {
		r, size := utf8.DecodeLastRune(text[from:i])
		switch {
		case r == ',':
			out = append(out, ",")
			i -= size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i
			for j > from {
				r2, s2 := utf8.DecodeLastRune(text[from:j])
				if !(unicode.IsLetter(r2) || unicode.IsDigit(r2) || r2 == '.' || r2 == '\'' || r2 == '’') {
					break
				}
				j -= s2
			}
			out = append(out, strings.TrimSuffix(string(text[j:i]), "."))
			i = j
		default:
			if !unicode.IsSpace(r) {
				return reverse(out) // another mark ends the clause
			}
			i -= size
		}
	}
	return reverse(out)
}

func reverse(s []string) []string {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
	return s
}
