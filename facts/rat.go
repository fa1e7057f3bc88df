package facts

import (
	"cmp"
	"math/big"
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
