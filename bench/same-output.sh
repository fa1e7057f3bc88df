#!/usr/bin/env bash
# Whether this tree's factlint prints what another revision's prints, byte
# for byte: for a change meant only to be faster (a speed branch compares
# itself with the commit it started from before each commit).
#
#   bench/same-output.sh                  # against main
#   BASE=04a9105 bench/same-output.sh     # against a commit
#
# Compared: extract --format json of every ECB+ dev article, of all of
# them joined into one text, of the seeds (with and without --date) and
# of the seeds x64 joined; check --each-folder over the ECB+ clusters as
# text and SARIF; check of the seeds as text and JSON. Exit status 1 when
# an output differs (the differing files are kept and named). The ECB+
# articles are read from $FACTLINT_DATA/ecbplus-dev, the seeds from
# $FACTLINT_DATA/../seeds or testdata/stoltenberg.
set -euo pipefail
cd "$(dirname "$0")/.."
base=${BASE:-main}
data=${FACTLINT_DATA:-../shared/data}
seeds=testdata/stoltenberg
out=$(mktemp -d)
mkdir "$out/src" "$out/$base" "$out/tree"
git archive "$base" | tar -x -C "$out/src"
(cd "$out/src" && go build -o "$out/base.bin" ./cmd/factlint)
go build -o "$out/tree.bin" ./cmd/factlint
{
	for ((i = 0; i < 64; i++)); do
		for f in "$seeds"/*.txt; do
			cat "$f"
			printf '\n\n'
		done
	done
} >"$out/seeds-x64.txt"
ecb=()
if [ -d "$data/ecbplus-dev" ]; then
	ecb=("$data"/ecbplus-dev/*/*.txt)
	for f in "${ecb[@]}"; do
		cat "$f"
		printf '\n\n'
	done >"$out/ecb-joined.txt"
else
	echo "no $data/ecbplus-dev: only the seeds are compared (set FACTLINT_DATA)" >&2
fi

# run prints every output of one binary into a folder, each command's
# exit status after its output.
run() {
	local bin=$1 o=$2
	st() { echo "exit $?"; }
	"$bin" extract --format json "$seeds" >"$o/seeds.json" 2>&1 || true
	"$bin" extract --format json --date 2023-04-20 "$seeds"/*.txt >"$o/seeds-dated.json" 2>&1 || true
	"$bin" extract --format json "$out/seeds-x64.txt" >"$o/seeds-x64.json" 2>&1 || true
	{ "$bin" check "$seeds"; st; } >"$o/seeds-check.txt" 2>&1 || true
	{ "$bin" check --format json "$seeds"; st; } >"$o/seeds-check.json" 2>&1 || true
	[ ${#ecb[@]} -gt 0 ] || return 0
	for f in "${ecb[@]}"; do
		echo "== $f"
		"$bin" extract --format json "$f" 2>&1 || true
	done >"$o/ecb-each.json"
	"$bin" extract --format json "$out/ecb-joined.txt" >"$o/ecb-joined.json" 2>&1 || true
	{ "$bin" check --each-folder "$data"/ecbplus-dev/*/; st; } >"$o/ecb-check.txt" 2>&1 || true
	{ "$bin" check --format sarif --each-folder "$data"/ecbplus-dev/*/; st; } >"$o/ecb-check.sarif" 2>&1 || true
}
run "$out/base.bin" "$out/$base"
run "$out/tree.bin" "$out/tree"

same=true
for f in "$out/tree"/*; do
	name=$(basename "$f")
	if cmp -s "$out/$base/$name" "$f"; then
		echo "same  $name ($(wc -c <"$f") bytes)"
	else
		echo "DIFF  $name: $out/$base/$name $f"
		same=false
	fi
done
if $same; then
	rm -rf "$out"
	echo "all outputs byte-identical to $base"
else
	exit 1
fi
