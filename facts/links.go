package facts

// Links: a web address or an e-mail address says nothing about the event
// a story reports, though its path often holds a date ("/ 2013 / may / 03
// /", "- 20130504": the day the page was made). markLinks marks the
// address's tokens; a claim read there is kept (extract lists it) but
// keyed to no event, so it is compared with nothing.

// linkJoiners are the characters that join the parts of an address.
var linkJoiners = [256]bool{'/': true, '.': true, '-': true, '_': true, '+': true,
	'=': true, '?': true, '&': true, '%': true, '#': true, '~': true, ':': true, '@': true}

// linkJoiner reports whether a token is one of linkJoiners.
func linkJoiner(text string) bool {
	return len(text) == 1 && linkJoiners[text[0]]
}

// linkScheme reports whether w starts an address: "http: //", "www.".
func linkScheme(w string) bool {
	switch w {
	case "http", "https", "ftp", "www":
		return true
	}
	return false
}

// markLinks marks the tokens of every address in the sentence. An
// address starts at a scheme ("http:", "https:", "www.") or at a word
// joined by "@" to a host ("desk@latimes.com"), and runs while each word
// follows a joiner ("/", ".", "-", ...), so that the text after it
// ("‘ Very Spiritual ’ Muslim Woman Shoots ...") is read again.
func (x *extraction) markLinks(toks []token) {
	for i := 0; i+1 < len(toks); i++ {
		// most pairs: ":", "." and "@" are marks, and most tokens are
		// no mark: the next token's kind is asked first
		if toks[i+1].kind != tPunct || toks[i].kind != tWord {
			continue
		}
		t := &toks[i]
		start := t.kind == tWord && (toks[i+1].text == ":" || toks[i+1].text == ".") && linkScheme(t.lower)
		// e-mail: "name@host.tld", written with or without spaces
		start = start || t.kind == tWord && toks[i+1].text == "@" && i+3 < len(toks) && toks[i+2].kind == tWord && toks[i+3].text == "."
		if !start {
			continue
		}
		e := i + 1
		for e < len(toks) {
			if linkJoiner(toks[e].text) {
				e++
				continue
			}
			// "com. The": a capital after a stop and a space starts a sentence
			sentence := toks[e-1].text == "." && toks[e].space && toks[e].capitalized()
			if toks[e].kind != tPunct && linkJoiner(toks[e-1].text) && !toks[e].newline && !sentence {
				e++
				continue
			}
			break
		}
		for k := i; k < e; k++ {
			x.link[k] = true
		}
		i = e - 1
	}
}

// inLink reports whether a claim's words lie in an address.
func (x *extraction) inLink(f *found) bool {
	for k := f.a; k < f.b && k < len(x.link); k++ {
		if x.link[k] {
			return true
		}
	}
	return false
}
