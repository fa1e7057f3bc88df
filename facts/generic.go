package facts

import "github.com/factlint/factlint/facts/events"

// genericKey keys a date or a place that no event of the lexicon
// claims by the verb of its clause, when the clause names who did it
// (events.GenericOf): "Microsoft on Wednesday released an emergency
// patch" is release[Microsoft].date, "In 2008, Klitschko stopped
// Thompson" stop[Klitschko, Thompson].date. A verb in a plan, a wish or
// a condition ("plans to", "if") keys nothing.
func (x *extraction) genericKey(f *found) {
	g, ok := x.opt.Lexicon.GenericOf(x.clauseTokens(), f.a, f.b, f.Kind == KindPlace)
	if !ok || x.hypothetical(g.At) {
		return
	}
	f.trigger = g.At
	f.Event, f.Role, f.Participants, f.Generic = g.Verb, f.Kind.String(), g.Participants, true
	f.Key = events.Key(f.Event, f.Participants, f.Role)
	if f.Kind == KindDate {
		f.Qual.Edge = x.edgeOfDay(f)
	}
}
