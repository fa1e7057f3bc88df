package checker

import (
	"math/big"
	"strconv"
	"strings"
	"sync"

	"cuelang.org/go/cue/ast"
	"cuelang.org/go/cue/token"

	"github.com/factlint/factlint/facts"
)

// files makes one token.File per document, so that CUE positions read
// file:line:col of the article itself.
type files struct {
	mu sync.Mutex
	m  map[*facts.Document]*token.File
}

func (fs *files) pos(s facts.Span) token.Pos {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	if fs.m == nil {
		fs.m = map[*facts.Document]*token.File{}
	}
	f, ok := fs.m[s.Doc]
	if !ok {
		f = token.NewFile(s.Doc.Name, -1, len(s.Doc.Text)+1)
		f.SetLines(s.Doc.LineStarts())
		fs.m[s.Doc] = f
	}
	return f.Pos(s.Start, token.NoRelPos)
}

// Encode returns the CUE expression of a claim's value, every node
// positioned at the claim's words; nil when the value constrains nothing
// (a relative date with no reference).
func (fs *files) Encode(c facts.Claim) ast.Expr {
	pos := fs.pos(c.Span)
	return encodeValue(c.Value, pos)
}

func encodeValue(v facts.Value, pos token.Pos) ast.Expr {
	switch v := v.(type) {
	case facts.DateValue:
		var fields []any
		if v.Year != 0 {
			fields = append(fields, field("year", intLit(v.Year, pos)))
		}
		if len(v.Months) > 0 {
			alts := make([]ast.Expr, len(v.Months))
			for i, m := range v.Months {
				alts[i] = intLit(m, pos)
			}
			fields = append(fields, field("month", or(alts)))
		}
		if v.Day != 0 {
			fields = append(fields, field("day", intLit(v.Day, pos)))
		}
		if v.Weekday != "" {
			fields = append(fields, field("weekday", strLit(v.Weekday, pos)))
		}
		if len(fields) == 0 {
			return nil
		}
		return structLit(pos, fields...)
	case facts.DateRange:
		return dateRange(v, pos)
	case facts.Number:
		return interval(v.N, pos)
	case facts.Quantity:
		return interval(v.N, pos)
	case facts.Ordinal:
		if v.Relative != "" {
			return nil // "penultimate": of a list we do not know
		}
		return interval(v.N, pos)
	case facts.Money: // the currency is in the key
		return interval(v.Amount, pos)
	case facts.Duration:
		return structLit(pos, field(v.Unit, interval(v.N, pos)))
	case facts.Place:
		fields := []any{field("country", strLit(v.Country, pos))}
		switch {
		case v.Within != "": // a part of a city: that city, and the parts it lies in, outermost first
			in := strings.Split(v.Within, ", ")
			parts := &ast.ListLit{Lbrack: pos}
			for i := len(in) - 2; i >= 0; i-- {
				parts.Elts = append(parts.Elts, strLit(in[i], pos))
			}
			// open: "Brooklyn" of New York City is [..."Brooklyn", ...],
			// and East Flatbush, a part of it, unifies with it
			parts.Elts = append(parts.Elts, strLit(v.Name, pos), &ast.Ellipsis{})
			fields = append(fields, field("city", strLit(in[len(in)-1], pos)), field("parts", parts))
		case v.City:
			fields = append(fields, field("city", strLit(v.Name, pos)))
		}
		return structLit(pos, fields...)
	}
	return nil
}

// dateRange encodes a range of dates as bounds on the first field where
// its ends differ, with the fields before it fixed: "from 2014 to 2018" is
// {year: >=2014 & <=2018}, "from March to May 2023" {year: 2023, month:
// >=3 & <=5}, "Nov 18-20, 2015" {year: 2015, month: 11, day: >=18 & <=20}.
// Every date inside the range unifies with it; a range that wraps (Nov to
// Feb with no year) or has an unknown end constrains only what both ends
// share, or nothing.
func dateRange(v facts.DateRange, pos token.Pos) ast.Expr {
	one := func(ms []int) int {
		if len(ms) == 1 {
			return ms[0]
		}
		return 0
	}
	from := [3]int{v.From.Year, one(v.From.Months), v.From.Day}
	to := [3]int{v.To.Year, one(v.To.Months), v.To.Day}
	names := [3]string{"year", "month", "day"}
	var fields []any
	for i := range names {
		a, b := from[i], to[i]
		if a == 0 || b == 0 || a > b {
			break
		}
		if a == b {
			fields = append(fields, field(names[i], intLit(a, pos)))
			continue
		}
		lo := &ast.UnaryExpr{Op: token.GEQ, OpPos: pos, X: intLit(a, pos)}
		hi := &ast.UnaryExpr{Op: token.LEQ, OpPos: pos, X: intLit(b, pos)}
		fields = append(fields, field(names[i], &ast.BinaryExpr{X: lo, Op: token.AND, OpPos: pos, Y: hi}))
		break
	}
	if len(fields) == 0 {
		return nil
	}
	return structLit(pos, fields...)
}

func field(label string, x ast.Expr) *ast.Field {
	var l ast.Label = ast.NewIdent(label)
	if !ast.IsValidIdent(label) {
		l = ast.NewString(label)
	}
	return &ast.Field{Label: l, Value: x}
}

func structLit(pos token.Pos, fields ...any) *ast.StructLit {
	s := ast.NewStruct(fields...)
	s.Lbrace = pos
	return s
}

func or(xs []ast.Expr) ast.Expr {
	x := xs[0]
	for _, y := range xs[1:] {
		x = &ast.BinaryExpr{X: x, Op: token.OR, OpPos: y.Pos(), Y: y}
	}
	return x
}

func intLit(n int, pos token.Pos) ast.Expr {
	l := &ast.BasicLit{Kind: token.INT, Value: strconv.Itoa(n)}
	ast.SetPos(l, pos)
	return l
}

func strLit(s string, pos token.Pos) ast.Expr {
	l := ast.NewString(s)
	ast.SetPos(l, pos)
	return l
}

func numLit(r *big.Rat, pos token.Pos) ast.Expr {
	var l *ast.BasicLit
	if r.IsInt() {
		l = &ast.BasicLit{Kind: token.INT, Value: r.Num().String()}
	} else {
		l = &ast.BasicLit{Kind: token.FLOAT, Value: r.FloatString(12)}
	}
	ast.SetPos(l, pos)
	return l
}

// interval encodes 40, >40, >=13 & <=14.
func interval(iv facts.Interval, pos token.Pos) ast.Expr {
	if iv.IsExact() {
		return numLit(iv.Lo, pos)
	}
	bound := func(op token.Token, r *big.Rat) ast.Expr {
		return &ast.UnaryExpr{Op: op, OpPos: pos, X: numLit(r, pos)}
	}
	var xs []ast.Expr
	if iv.Lo != nil {
		op := token.GEQ
		if iv.LoOpen {
			op = token.GTR
		}
		xs = append(xs, bound(op, iv.Lo))
	}
	if iv.Hi != nil {
		op := token.LEQ
		if iv.HiOpen {
			op = token.LSS
		}
		xs = append(xs, bound(op, iv.Hi))
	}
	if len(xs) == 0 {
		return ast.NewIdent("number")
	}
	x := xs[0]
	for _, y := range xs[1:] {
		x = &ast.BinaryExpr{X: x, Op: token.AND, OpPos: pos, Y: y}
	}
	return x
}

// EncodeValue returns the CUE expression of a value, unpositioned; nil
// when it constrains nothing.
func EncodeValue(v facts.Value) ast.Expr { return encodeValue(v, token.NoPos) }
