package facts

import (
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/factlint/factlint/facts/gazetteer"
)

// testLexicon is a fixture shaped like rules/cue/lexicon.cue (facts may not
// import rules); checker's tests run the real one.
var testLexicon = &Lexicon{Events: []Event{
	{Name: "visit", Words: []string{"visit", "visited", "visiting", "trip", "travelled", "journey"},
		VerbForms: []string{"visit", "visited", "visiting", "travelled"},
		Again:     []string{"back", "returned"},
		Fields:    map[string]string{"date": "date", "place": "place", "ordinal": "ordinal", "duration": "duration"}},
	{Name: "summit", Words: []string{"summit"}, Fields: map[string]string{"date": "date", "place": "place"}},
	{Name: "talks", Words: []string{"talks", "meeting"}, Fields: map[string]string{"date": "date", "place": "place", "count": "count"}},
	{Name: "invasion", Words: []string{"invasion", "war"}, Participant: "none", Fields: map[string]string{"date": "start", "duration": "duration"}},
	{Name: "aid", Words: []string{"aid", "package"}, Participant: "none", Fields: map[string]string{"money": "amount", "count": "count"}},
}}

func testOptions(t testing.TB) Options {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	return Options{Lexicon: testLexicon, Places: g}
}

// describe renders a claim as "kind key=value «text» qualifiers".
func describe(c Claim) string {
	s := fmt.Sprintf("%s %s=%s «%s»", c.Kind, c.Key, c.Value, c.Text())
	q := c.Qual
	for _, f := range []struct {
		on   bool
		name string
	}{{q.Approximate, "approx"}, {q.Bound, "bound"}, {q.Hedged, "hedged"}, {q.Negated, "negated"}, {q.Scope != "", "scope=" + q.Scope}} {
		if f.on {
			s += " " + f.name
		}
	}
	if c.Voice != "" {
		s += " voice=" + c.Voice
	}
	return s
}

func TestExtract(t *testing.T) {
	opt := testOptions(t)
	ref := Date{2023, 4, 20}
	tests := []struct {
		name string
		text string
		date Date
		want []string
	}{
		{"first since, scoped (000)",
			"NATO Secretary General Jens Stoltenberg has made an unannounced visit to Kyiv, his first since the launch of Russia’s full-scale invasion of Ukraine.",
			ref, []string{
				"place visit[Jens Stoltenberg].place=Kyiv, UA «Kyiv»",
				"ordinal visit[Jens Stoltenberg].ordinal=1 «first» scope=since the launch of Russia’s full-scale invasion of Ukraine",
				"place =Russia «Russia»",
				"place =Ukraine «Ukraine»",
			}},
		{"summit in July, this summer (000)",
			`He said "the issue of membership" will be "high on the agenda" at a NATO summit in Vilnius this summer.`,
			ref, []string{
				"place summit[NATO].place=Vilnius, LT «Vilnius»",
				"date summit[NATO].date=Jun|Jul|Aug 2023 «this summer»",
			}},
		{"weekday resolves near the publication date (001)",
			"NATO Secretary General Jens Stoltenberg visited Ukraine on Thursday for talks with President Zelensky.",
			ref, []string{
				"place visit[Jens Stoltenberg].place=Ukraine «Ukraine»",
				"date visit[Jens Stoltenberg].date=20 Apr 2023 (Thu) «Thursday»",
			}},
		{"weekday without a date stays a weekday",
			"NATO Secretary General Jens Stoltenberg visited Ukraine on Thursday for talks with President Zelensky.",
			Date{}, []string{
				"place visit[Jens Stoltenberg].place=Ukraine «Ukraine»",
				"date visit[Jens Stoltenberg].date=Thu «Thursday»",
			}},
		{"a weekday that is said on the Kremlin is not the visit's (001)",
			"The Kremlin said on Thursday that preventing Ukraine from joining the Western military alliance remains one of the main objectives of its invasion.",
			ref, []string{
				"date =20 Apr 2023 (Thu) «Thursday»",
				"place =Ukraine «Ukraine»",
				"number =1 «one»", // a bare number, never keyed
			}},
		{"nearly 14 months ago (002)",
			"Jens Stoltenberg, the secretary general of NATO, said on Thursday that Ukraine’s “rightful place” was in the Atlantic alliance as he visited Kyiv for the first time since Russia’s invasion nearly 14 months ago.",
			ref, []string{
				"date =20 Apr 2023 (Thu) «Thursday»",
				"place =Ukraine «Ukraine»",
				"place visit[Jens Stoltenberg].place=Kyiv, UA «Kyiv»",
				"ordinal visit[Jens Stoltenberg].ordinal=1 «first» scope=since Russia’s invasion nearly 14 months ago",
				"place =Russia «Russia»",
				"date invasion.start=Feb|Mar 2022 «nearly 14 months ago» approx",
			}},
		{"more than 40 nations, a day before (002)",
			"Mr. Stoltenberg’s trip comes a day before U.S.-led talks at Ramstein Air Base in Germany with top defense officials from more than 40 nations, a collective known as the Ukraine Contact Group.",
			ref, []string{
				"date visit[Stoltenberg].date=-P1D «a day before»",
				"place =United States «U.S»",
				"place talks.place=Germany «Germany»",
				"count =>40 nations «more than 40 nations» bound", // ten words past "talks"
				"place =Ukraine «Ukraine»",
			}},
		{"dozens of civilians, not keyed across where (002)",
			"As part of his trip to Ukraine, Mr. Stoltenberg visited Bucha, a town north of Kyiv where dozens of civilians were brutally killed by Russian soldiers last year.",
			ref, []string{
				"place visit.place=Ukraine «Ukraine»",
				"place visit[Stoltenberg].place=Bucha, UA «Bucha»",
				"place =Kyiv, UA «Kyiv»",
				"count =>=24 civilians «dozens of civilians» bound",
				"date =2022 «last year»",
			}},
		{"last September (003)",
			"Ukraine announced its proposal for a fast-track NATO membership last September, after the Kremlin said it had annexed four Ukrainian territories partially occupied by its troops.",
			ref, []string{
				"place =Ukraine «Ukraine»",
				"date =Sep 2022 «last September»",
				"count =4 territories «four Ukrainian territories»",
			}},
		{"nearly 14-month invasion (003)",
			"Stoltenberg's visit to Kyiv comes at an important point in Russia's nearly 14-month invasion that has killed thousands of people, injured millions of people, destroyed Ukrainian cities and economy.",
			ref, []string{
				"place visit[Stoltenberg].place=Kyiv, UA «Kyiv»",
				"place =Russia «Russia»",
				"duration invasion.duration=>=13 & <=14 month «nearly 14-month» approx",
				"count =>=2,000 people «thousands of people» bound",
				"count =>=2,000,000 people «millions of people» bound",
			}},
		{"the counted noun is the plural one a noun qualifies (ECB+ 12_19ecb, 10_3ecb; FRANK)",
			"Indian navy said it captured 23 arrested pirates, two speed boats and 13 home runs; the deaths of 96 football fans; two political parties; 5 news stories.",
			ref, []string{
				"count =23 pirates «23 arrested pirates»",
				"count =2 boats «two speed boats»",
				"count =13 runs «13 home runs»",
				"count =96 fans «96 football fans»",
				"count =2 parties «two political parties»",
				"count =5 stories «5 news stories»",
			}},
		{"after one, a plural-looking word is a verb; plurals in -ed stay plurals",
			"One man dies after a fire. One boy runs. There were 200 beds, 3 sheds and 80 wounded.",
			ref, []string{
				"count =1 man «One man»",
				"count =1 boy «One boy»",
				"count =200 beds «200 beds»",
				"count =3 sheds «3 sheds»",
				"count =80 wounded «80 wounded»",
			}},
		{"Kiev is Kyiv; first time across a comma (004)",
			"For the first time since the war in Ukraine began, NATO Secretary General Jens Stoltenberg has travelled to Kiev.",
			ref, []string{
				"ordinal visit[Jens Stoltenberg].ordinal=1 «first» scope=since the war in Ukraine began",
				"place =Ukraine «Ukraine»",
				"place visit[Jens Stoltenberg].place=Kyiv, UA «Kiev»",
			}},
		{"money in two currencies (004)",
			`Regarding NATO assistance, Stoltenberg recalled that NATO members have sent "more than 15 billion euros" in aid to Ukraine. For its part, the US has announced a new $325 million aid package including ammunition.`,
			ref, []string{
				"money aid.amount.EUR=EUR >15,000,000,000 «more than 15 billion euros» bound",
				"place =Ukraine «Ukraine»",
				"place =United States «US»",
				"money aid.amount.USD=USD 325,000,000 «$325 million»",
			}},
		{"14-month invasion, 14 Leopard 2s (004)",
			"The Norwegian politician's visit began with a wreath laying in honour of Ukrainian soldiers who have died in the 14-month Russian invasion. The Netherlands and Denmark will send a military package to Kiev including 14 Leopard 2s.",
			ref, []string{
				"duration invasion.duration=14 month «14-month»",
				"place =Netherlands «Netherlands»",
				"place =Denmark «Denmark»",
				"place =Kyiv, UA «Kiev»",
				"count aid.count.leopard=14 leopards «14 Leopard 2s»",
			}},
		{"February 2022, not a count",
			"Since Russian troops crossed the border into Ukraine in February 2022, beginning the brutal invasion that continues today, NATO has shown its full support.",
			ref, []string{
				"place =Ukraine «Ukraine»",
				"date =Feb 2022 «February 2022»",
				"date =20 Apr 2023 (Thu) «today»",
			}},
		{"back in a place, but not back as a direction (002)",
			"Ukraine is preparing for an expected counteroffensive that could push Russian forces back in the eastern region of Donbas.",
			ref, []string{"place =Ukraine «Ukraine»"}},
		{"full date, negated claim",
			"Stoltenberg did not visit Kyiv on April 19, 2023.",
			Date{}, []string{
				"place visit[Stoltenberg].place=Kyiv, UA «Kyiv» negated",
				"date visit[Stoltenberg].date=19 Apr 2023 (Wed) «April 19, 2023» negated",
			}},
		{"a headline in title case keys nothing; negation is looked for before the value (000)",
			"‘If They Cut, I Think We Will Lose’ – Ukraine at War Update for Nov. 20\nStoltenberg's visit to Ukraine was not announced ahead of time.",
			ref, []string{
				"place =Ukraine «Ukraine»",
				"date =20 Nov 2022 (Sun) «Nov. 20»",
				"place visit[Stoltenberg].place=Ukraine «Ukraine»",
			}},
		{"number words and bounds",
			"The talks drew twenty-five nations, up to 300 delegates and between 20 and 30 observers.",
			Date{}, []string{
				"count talks.count.nation=25 nations «twenty-five nations»",
				"count talks.count.delegate=<=300 delegates «up to 300 delegates» bound",
				// a count of things nine words past its event word is not keyed
				"count =>=20 & <=30 observers «between 20 and 30 observers» bound",
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Load("t.txt", []byte(tt.text), Meta{Date: tt.date})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range Extract(d, opt) {
				got = append(got, describe(c))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("claims (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSeedsBackInKyiv checks the embedded tweet of article 003 is its own
// voice, dated by its attribution line.
func TestSeedsBackInKyiv(t *testing.T) {
	d := loadSeed(t, "003_0db232e74ff22dfd.txt")
	var got []string
	for _, c := range Extract(d, testOptions(t)) {
		if c.Voice != "" {
			got = append(got, describe(c))
		}
	}
	want := []string{
		"ordinal visit[Jens Stoltenberg].ordinal=>1 «back in» voice=@jensstoltenberg",
		"place visit[Jens Stoltenberg].place=Kyiv, UA «Kyiv» voice=@jensstoltenberg", // "back in Kyiv": the visit's place (late.go)
		"date =20 Apr 2023 (Thu) «today» voice=@jensstoltenberg",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tweet claims (-want +got):\n%s", diff)
	}
	if p := d.Posts(); len(p) != 1 || p[0].Date != (Date{2023, 4, 20}) {
		t.Errorf("posts = %+v", p)
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Mr. Stoltenberg said so. Then he left.", []string{"Mr. Stoltenberg said so.", "Then he left."}},
		{"Dmitri S. Peskov spoke. U.S. officials agreed.", []string{"Dmitri S. Peskov spoke.", "U.S. officials agreed."}},
		{"Update for Nov. 20\nStoltenberg's visit", []string{"Update for Nov. 20", "Stoltenberg's visit"}},
		{"He asked NATO to invite Ukraine to join\nthe military alliance.\nIt is time.\nNew line\nends here.\n", []string{"He asked NATO to invite Ukraine to join\nthe military alliance.", "It is time.", "New line\nends here."}},
		{"“We stand,” he said. “Today.”", []string{"“We stand,” he said.", "“Today.”"}},
		// a summary written in lower case (FRANK): any word starts a
		// sentence after a full stop; an acronym does not make it cased
		{"the man , 31 , and his wife UNK UNK , 28 , were arrested on wednesday . she moved to the philippines in 2012 .",
			[]string{"the man , 31 , and his wife UNK UNK , 28 , were arrested on wednesday .", "she moved to the philippines in 2012 ."}},
		// in a cased text, a lower-case word after a full stop goes on
		{"It was 5 p.m. local time. The vote was on 3 in. of snow.", []string{"It was 5 p.m. local time.", "The vote was on 3 in. of snow."}},
	}
	for _, tt := range tests {
		var got []string
		for s := range sentences([]byte(tt.text), isCaseless([]byte(tt.text))) {
			got = append(got, tt.text[s.start:s.end])
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("sentences(%q) (-want +got):\n%s", tt.text, diff)
		}
	}
}

func loadSeed(t testing.TB, name string) *Document {
	t.Helper()
	b, err := readTestdata("stoltenberg/" + name)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Load(name, b, Meta{Date: Date{2023, 4, 20}})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestExtractIsDeterministic(t *testing.T) {
	opt := testOptions(t)
	for _, name := range seedNames {
		d := loadSeed(t, name)
		a, b := Extract(d, opt), Extract(d, opt)
		if len(a) != len(b) {
			t.Fatalf("%s: %d then %d claims", name, len(a), len(b))
		}
		for i := range a {
			if describe(a[i]) != describe(b[i]) || a[i].Span != b[i].Span {
				t.Fatalf("%s: claim %d differs", name, i)
			}
		}
	}
}

var seedNames = []string{"000_a2eaa727f0b6c825.txt", "001_3989fe258a17d18d.txt",
	"002_07e091c8550bb069.txt", "003_0db232e74ff22dfd.txt", "004_a5e96aefa4245598.txt"}

// TestExtractKeep: Keep chooses the claims returned; Found counts every
// claim read, and the voices that said them.
func TestExtractKeep(t *testing.T) {
	src := "NATO leaders met in Vilnius on July 11, 2023, and 31 nations signed.\n\n" +
		"> The talks were good. — Jens Stoltenberg (@jensstoltenberg) July 12, 2023\n"
	d, err := Load("a.txt", []byte(src), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	opt := testOptions(t)
	all := Extract(d, opt)
	wantFound := Found{Claims: len(all)}
	for _, c := range all {
		if !slices.Contains(wantFound.Voices, c.Voice) {
			wantFound.Voices = append(wantFound.Voices, c.Voice)
		}
	}
	opt.Keep = func(c *Claim) bool { return c.Kind == KindDate }
	dates := Extract(d, opt)
	var want []Claim
	for _, c := range all {
		if c.Kind == KindDate {
			want = append(want, c)
		}
	}
	if len(dates) == 0 || !reflect.DeepEqual(dates, want) {
		t.Errorf("kept %d claims, want the %d dates of %d: %v", len(dates), len(want), len(all), dates)
	}
	if got := d.Found(); !reflect.DeepEqual(got, wantFound) || got.Claims <= len(dates) {
		t.Errorf("Found = %+v, want %+v", got, wantFound)
	}
}
