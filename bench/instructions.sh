#!/usr/bin/env bash
# Extraction's instructions per operation, this tree beside another
# revision, counted by valgrind (cachegrind): on a machine other programs
# load, wall and CPU times of a change of a few percent are noise, while
# instruction counts are the same from run to run.
#
#   bench/instructions.sh                 # against main
#   BASE=04a9105 bench/instructions.sh    # against a commit
#   GOGC=100 bench/instructions.sh        # with the garbage collector on
#
# Each benchmark runs with -test.benchtime 1x and Nx (N=${TURNS:-3}), and
# the difference over N-1 is one operation's count, start-up left out.
# GOGC defaults to off: the collector's share depends on when it runs,
# the rest not at all. Needs valgrind (apt-get install valgrind); the ECB+
# benchmarks need $FACTLINT_DATA/ecbplus-dev (default ../shared/data).
set -euo pipefail
cd "$(dirname "$0")/.."
base=${BASE:-main}
turns=${TURNS:-3}
export GOGC=${GOGC:-off}
data=${FACTLINT_DATA:-../shared/data}
benches=('ExtractCorpus$/seeds-x64$' 'ExtractCorpus$/seeds-x64-docs$')
if [ -d "$data/ecbplus-dev" ]; then
	export FACTLINT_DATA=$(cd "$data" && pwd)
	benches=('ExtractCorpus$/ecbplus$' 'ExtractCorpus$/ecbplus-docs$' "${benches[@]}")
else
	echo "no $data/ecbplus-dev: the ECB+ figures are left out (set FACTLINT_DATA)" >&2
fi
command -v valgrind >/dev/null || {
	echo "instructions.sh: needs valgrind" >&2
	exit 2
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/base"
git archive "$base" | tar -x -C "$tmp/base"
# A base older than the product benchmark (facts/product_test.go, the
# embedded rules' lexicon) gets this tree's benchmark files, so that both
# sides time the same benchmark: test code only, the base's facts unchanged.
if [ ! -f "$tmp/base/facts/product_test.go" ]; then
	cp facts/product_test.go facts/export_test.go facts/bench_corpus_test.go "$tmp/base/facts/"
fi
(cd "$tmp/base" && go test -c -o "$tmp/base.test" ./facts)
go test -c -o "$tmp/tree.test" ./facts

# count prints the instructions of one benchmark run n times.
count() {
	local bin=$1 dir=$2 bench=$3 n=$4
	(cd "$dir/facts" && valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
		"$bin" -test.run '^$' -test.cpu 1 -test.bench "$bench" -test.benchtime "${n}x" 2>&1 >/dev/null) |
		awk '/I *refs/ { gsub(",", "", $4); print $4 }'
}

# per_op prints one operation's instructions.
per_op() {
	local one many
	one=$(count "$1" "$2" "$3" 1)
	many=$(count "$1" "$2" "$3" "$turns")
	echo $(((many - one) / (turns - 1)))
}

echo "instructions per operation (GOGC=$GOGC), $base beside this tree"
printf '  %-32s %14s %14s %7s\n' benchmark "$base" tree ratio
for b in "${benches[@]}"; do
	a=$(per_op "$tmp/base.test" "$tmp/base" "$b")
	t=$(per_op "$tmp/tree.test" . "$b")
	printf '  %-32s %14d %14d %7.3f\n' "${b%\$}" "$a" "$t" "$(echo "$t / $a" | bc -l)"
done
