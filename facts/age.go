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

// BornOn returns the person whose birth a date claim gives: "Tara Reid
// was born on November 8, 1975", "Reid, born November 8, 1975,", "born in
// 1975", "born in March 1975". The date has its year and at most one
// month. ok is false when the words before the date are not "born" after
// a name.
func BornOn(c Claim) (person string, ok bool) {
	v, isDate := c.Value.(DateValue)
	if !isDate || v.Year == 0 || len(v.Months) > 1 || v.Day != 0 && len(v.Months) != 1 || v.Relative != "" {
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

// AgeDescribed reads a definite descriptor, "the 32-year-old actress":
// definite is true for an age in years-old words right after "the". name
// is the name the descriptor gives in its first two words ("the
// 33-year-old Reid", "the 40-year-old American Hasim Rahman"), "" when
// there is none: then the descriptor points back at someone named before,
// and it is definite only when "the" opens its sentence or clause (the
// subject, which most often goes on about someone named before; "police
// arrested the 45-year-old man" may be someone new). A capitalized word
// further on ("the 33-year-old actress's rep Jack Ketsoyan") may name
// someone else: definite is false.
func AgeDescribed(c Claim) (name string, definite bool) {
	if c.Kind != KindAge || !strings.HasSuffix(strings.ToLower(c.Text()), "old") {
		return "", false
	}
	text := c.Span.Doc.Text
	ws := wordsBefore(text, c.Sentence.Start, c.Span.Start, 2)
	k := len(ws) - 1
	if k < 0 || !strings.EqualFold(ws[k], "the") {
		return "", false
	}
	opens := k == 0 || ws[0] == ","
	after := wordsAfter(text, c.Span.End, c.Sentence.End, 4)
	if len(after) == 0 || after[0] == "," {
		return "", false
	}
	var words []string
	for i, w := range after {
		switch {
		case w == ",":
			return strings.Join(words, " "), opens || len(words) > 0
		case isName(w) && i > 1 && len(words) == 0:
			return "", false
		case isName(w):
			words = append(words, w)
		case len(words) > 0:
			return strings.Join(words, " "), true
		}
	}
	return strings.Join(words, " "), opens || len(words) > 0
}

// AgeThen reports whether an age may be one of another time than the
// text's: "when", "then", "while", "at the time" or "turn(s/ed)" comes
// before it in its sentence ("When Reid, 25, starred", "Reid, then 25,",
// "the then-25-year-old") or within four words after it ("was 25 when
// he", "the 25-year-old at the time"). Such an age is compared with
// nothing. A "when" further on is of another clause: "Raj Chohan, 59, had
// just parked her car and was walking ... when she was struck".
func AgeThen(c Claim) bool {
	words := func(from, to int) []string {
		return strings.FieldsFunc(strings.ToLower(string(c.Span.Doc.Text[from:to])), func(r rune) bool {
			return !unicode.IsLetter(r)
		})
	}
	before, after := words(c.Sentence.Start, c.Span.Start), words(c.Span.End, c.Sentence.End)
	if len(after) > 4 {
		after = after[:4]
	}
	return saysThen(before) || saysThen(after)
}

func saysThen(ws []string) bool {
	for i, w := range ws {
		switch w {
		case "when", "whenever", "then", "while", "turn", "turns", "turned", "turning":
			return true
		case "time":
			if i >= 2 && ws[i-2] == "at" && (ws[i-1] == "the" || ws[i-1] == "that") {
				return true
			}
		}
	}
	return false
}

// FirstNames returns, for each capitalized word of the text, the
// capitalized words written right before it that may be first names
// ("Tara" of "Tara Reid"; not "The", "Mr.", a word that ends a sentence).
// Keys and names are as written.
func FirstNames(d *Document) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	var prev string
	for f := range strings.FieldsFuncSeq(string(d.Text), func(r rune) bool {
		return unicode.IsSpace(r) || r == '"' || r == '“' || r == '”' || r == '(' || r == ')'
	}) {
		w := strings.TrimRight(f, ",;:!?.")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if prev != "" && isName(w) {
			if out[w] == nil {
				out[w] = map[string]bool{}
			}
			out[w][prev] = true
		}
		prev = ""
		if w == f && isName(w) && !notFirstName[w] { // a mark after the word ends the name
			prev = w
		}
	}
	return out
}

// notFirstName: capitalized words that open sentences or titles, not
// names.
var notFirstName = map[string]bool{"A": true, "An": true, "And": true, "As": true, "At": true,
	"After": true, "But": true, "By": true, "For": true, "From": true, "If": true, "In": true,
	"It": true, "Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Of": true, "On": true,
	"Since": true, "So": true, "That": true, "This": true, "To": true, "When": true,
	"While": true, "With": true, "Actress": true, "Actor": true, "Singer": true}

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

// wordsAfter returns up to n words (and commas) of text[from:to], the
// first ones, in order; another mark ends them.
func wordsAfter(text []byte, from, to, n int) []string {
	var out []string
	i := from
	for i < to && len(out) < n {
		r, size := utf8.DecodeRune(text[i:to])
		switch {
		case r == ',':
			out = append(out, ",")
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i
			for j < to {
				r2, s2 := utf8.DecodeRune(text[j:to])
				if !(unicode.IsLetter(r2) || unicode.IsDigit(r2) || r2 == '\'' || r2 == '’') {
					break
				}
				j += s2
			}
			out = append(out, string(text[i:j]))
			i = j
		case unicode.IsSpace(r):
			i += size
		default:
			return out
		}
	}
	return out
}

func reverse(s []string) []string {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
	return s
}
