package facts

import (
	"cmp"
	"math/big"
	"sync/atomic"
)

// Integer fast paths of big.Rat. Most numbers news says are integers, and
// big.Rat's Cmp and Add copy their operands (an allocation each) even
// then; these give the same answers without copying.

// ratCmp is x.Cmp(y).
func ratCmp(x, y *big.Rat) int {
	if x.IsInt() && y.IsInt() {
		return x.Num().Cmp(y.Num())
	}
	return x.Cmp(y)
}

// ratCmpInt is x.Cmp(ratInt(v)).
func ratCmpInt(x *big.Rat, v int64) int {
	if x.IsInt() && x.Num().IsInt64() {
		return cmp.Compare(x.Num().Int64(), v)
	}
	return x.Cmp(ratInt(v))
}

// ratAdd is z.Add(x, y), and returns z.
func ratAdd(z, x, y *big.Rat) *big.Rat {
	if x.IsInt() && y.IsInt() && z.IsInt() { // a denominator of 1 stays 1
		z.Num().Add(x.Num(), y.Num())
		return z
	}
	return z.Add(x, y)
}

// sharedInts are the whole numbers below len(sharedInts) as Rats, each
// made the first time it is read and then shared by every reader of
// every document: the values of lone numerals ("40", "2013", "five"),
// which readCompound gives to readers that never change them.
var sharedInts [4096]atomic.Pointer[big.Rat]

// sharedInt is v as a Rat that no one may change: shared when small.
func sharedInt(v int64) *big.Rat {
	if v < 0 || v >= int64(len(sharedInts)) {
		return ratInt(v)
	}
	p := &sharedInts[v]
	if r := p.Load(); r != nil {
		return r
	}
	p.CompareAndSwap(nil, ratInt(v))
	return p.Load()
}

// ratSetString is new(big.Rat).SetString(s), with no scanner for the
// commonest s: up to 18 ASCII digits alone ("1000", "2013").
func ratSetString(s string) (*big.Rat, bool) {
	if len(s) == 0 || len(s) > 18 {
		return new(big.Rat).SetString(s)
	}
	var v int64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return new(big.Rat).SetString(s)
		}
		v = v*10 + int64(c-'0')
	}
	return ratInt(v), true
}

// ratOfDigits is ratSetString(s), shared (sharedInt) where s is a small
// whole number: a value no one may change.
func ratOfDigits(s string) (*big.Rat, bool) {
	if len(s) == 0 || len(s) > 4 {
		return ratSetString(s)
	}
	var v int64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return ratSetString(s)
		}
		v = v*10 + int64(c-'0')
	}
	return sharedInt(v), true
}
