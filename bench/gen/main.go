// Command gen writes generated news articles for the scale benchmarks:
// N short reports of one event (a minister's visit, a summit, aid, talks),
// worded from a few templates with deterministic variation, a few of them
// disagreeing with the rest (a summit in June rather than July, another
// city, another sum), so that a check has keys to group and conflicts to
// find. The templates are written for this benchmark (no outside source);
// the text is the project's, under its licence.
//
//	go run ./bench/gen -n 1000 -out /tmp/articles          # one folder
//	go run ./bench/gen -n 1000 -folders 10 -out /tmp/arch  # ten events
package main

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

var (
	leaders = []string{"Anna Berg", "Tomas Novak", "Lena Dahl", "Piotr Wolski", "Maria Costa"}
	outlets = []string{"Wire", "Daily", "Post", "Herald", "Courier", "Times"}
	cities  = []string{"Vilnius", "Riga", "Tallinn", "Warsaw", "Prague", "Vienna"}
	months  = []string{"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December"}
	days = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
)

// event is what every article of one folder reports.
type event struct {
	leader, city, summitCity string
	month, day               int // the visit, 2023
	summitMonth              int
	aid                      int // millions of euros
	nations                  int
}

func newEvent(r *rand.Rand) event {
	return event{
		leader:      leaders[r.IntN(len(leaders))],
		city:        cities[r.IntN(len(cities))],
		summitCity:  cities[r.IntN(len(cities))],
		month:       1 + r.IntN(12),
		day:         1 + r.IntN(28),
		summitMonth: 1 + r.IntN(12),
		aid:         10 * (1 + r.IntN(90)),
		nations:     10 + r.IntN(40),
	}
}

// article writes one report of e; about one in fifty gets a fact wrong.
func article(r *rand.Rand, e event, i int) string {
	if r.IntN(50) == 0 {
		switch r.IntN(3) {
		case 0:
			e.summitMonth = 1 + (e.summitMonth % 12)
		case 1:
			e.summitCity = cities[(indexOf(cities, e.summitCity)+1)%len(cities)]
		default:
			e.aid += 10
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s, %s %d, 2023 (%s) - ", strings.ToUpper(e.city), months[e.month-1], e.day, outlets[i%len(outlets)])
	intros := []string{
		"Foreign minister %[1]s made an unannounced visit to %[2]s on %[3]s %[4]d, her first since taking office.",
		"%[1]s arrived in %[2]s on %[3]s %[4]d for a visit that had not been announced.",
		"On %[3]s %[4]d, %[1]s travelled to %[2]s, her first trip there since the election.",
	}
	fmt.Fprintf(&b, intros[r.IntN(len(intros))]+"\n\n", e.leader, e.city, months[e.month-1], e.day)
	fmt.Fprintf(&b, "She said a summit in %s in %s would decide the next steps.\n\n", e.summitCity, months[e.summitMonth-1])
	fmt.Fprintf(&b, "The aid package is worth %d million euros, officials said.\n\n", e.aid)
	fmt.Fprintf(&b, "Talks with %d nations are planned before the end of the year.\n\n", e.nations)
	for p := 0; p < 1+r.IntN(3); p++ {
		fmt.Fprintf(&b, "Analysts in %s said on %s that the %s meeting had been long in the making, "+
			"and that markets had barely moved.\n\n", cities[r.IntN(len(cities))], days[r.IntN(len(days))], outlets[r.IntN(len(outlets))])
	}
	return b.String()
}

func indexOf(xs []string, x string) int {
	for i, y := range xs {
		if y == x {
			return i
		}
	}
	return 0
}

func main() {
	n := flag.Int("n", 100, "articles in all")
	folders := flag.Int("folders", 1, "folders, each one event")
	out := flag.String("out", "", "output folder (created)")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	if *out == "" || *n < 1 || *folders < 1 {
		fmt.Fprintln(os.Stderr, "usage: gen -n N [-folders K] -out DIR")
		os.Exit(2)
	}
	r := rand.New(rand.NewPCG(*seed, 0))
	events := make([]event, *folders)
	for f := range events {
		events[f] = newEvent(r)
	}
	for i := range *n {
		f := i % *folders
		dir := *out
		if *folders > 1 {
			dir = filepath.Join(*out, fmt.Sprintf("event%04d", f))
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		name := filepath.Join(dir, fmt.Sprintf("%06d.txt", i))
		if err := os.WriteFile(name, []byte(article(r, events[f], i)), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}
