package facts

// A Casing is how a set of documents writes its words: for each word, as
// folded to lower case, the one capitalized form it takes ("Thailand",
// "UK", "McCoy") when the documents never write it in lower case inside a
// sentence. A word the documents also write in lower case ("may" beside
// "May", "us" beside "US") has no form: its case says something, and a
// text without case cannot tell which is meant.
type Casing struct {
	forms map[string]string // lower case -> the capitalized form; "" when ambiguous
}

// LearnCasing reads how docs write their words, sentence by sentence as
// extraction splits them. A sentence's first word says nothing about its
// case and is skipped.
func LearnCasing(docs []*Document) *Casing {
	c := &Casing{forms: map[string]string{}}
	for _, d := range docs {
		for s := range sentences(d.prose, d.caseless) {
			first := true
			for i := range s.toks {
				t := &s.toks[i]
				if t.kind != tWord {
					continue
				}
				if !first {
					c.learn(t)
				}
				first = false
			}
		}
	}
	return c
}

func (c *Casing) learn(t *token) {
	if len(t.lower) != len(t.text) {
		return // a form that could not replace the lower case in place
	}
	if t.text == t.lower { // written in lower case: the word has no one form
		c.forms[t.lower] = ""
		return
	}
	if _, seen := c.forms[t.lower]; !seen { // of two capitalized forms, the first
		c.forms[t.lower] = t.text
	}
}

// Caseless reports whether the document is written without case, as some
// summarizers write ("the man , 31 , was arrested on saturday ."): Recase
// would recase it.
func (d *Document) Caseless() bool { return d.caseless }

// Recase writes a document that has no case as the casing's documents
// would: each word the casing knows takes its form ("thailand" ->
// "Thailand", "friday" -> "Friday"), wherever it stands; no word is
// capitalized for opening a sentence, as the casing cannot tell a name
// ("Man, 44, ...") from a common word there. The sentences stay those of
// a text without case (any word after a full stop starts one). Only the
// prose the extractors read changes, in place and byte for byte, so
// claims keep their spans and show the document's own words. It reports
// whether the document was recased; a document with case is left as it
// is.
func (d *Document) Recase(c *Casing) bool {
	if c == nil || !d.caseless {
		return false
	}
	type edit struct {
		at   int
		form string
	}
	var edits []edit // applied after the walk: the tokenizer reads the prose
	for s := range sentences(d.prose, true) {
		for i := range s.toks {
			t := &s.toks[i]
			if form := c.forms[t.text]; t.kind == tWord && form != "" && len(form) == t.end-t.start {
				edits = append(edits, edit{t.start, form})
			}
		}
	}
	p := d.writableProse()
	for _, e := range edits {
		copy(p[e.at:], e.form)
	}
	return true
}
