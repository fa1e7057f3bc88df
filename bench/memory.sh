#!/usr/bin/env bash
# Peak memory against input size: one article just under the 8 MiB limit
# (real news, repeated), and many files at once. Prints each command's
# median peak RSS (GNU time, 3 runs) and its ratio to the input's size;
# the aim is a small constant, under 20x.
#
#   bench/memory.sh                        # $FACTLINT_DATA/ecbplus-dev
#                                          # (default ../shared/data), else the seeds
#   CORPUS="testdata/stoltenberg" bench/memory.sh
#   FACTLINT=/path/to/old/factlint bench/memory.sh   # measure another build
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/factlint" ./cmd/factlint
bin=${FACTLINT:-$tmp/factlint}
corpus=${CORPUS:-${FACTLINT_DATA:-../shared/data}/ecbplus-dev}
[ -e "$corpus" ] || corpus=testdata/stoltenberg
mapfile -t files < <(find "$corpus" -name '*.txt' | sort)

# one article: the corpus joined, repeated up to 7.9 MB
: >"$tmp/big.txt"
while [ "$(stat -c %s "$tmp/big.txt")" -lt 7900000 ]; do
	cat "${files[@]}" >>"$tmp/big.txt"
done
head -c 7900000 "$tmp/big.txt" >"$tmp/article.txt"
# many files: the corpus copied ten times
for i in $(seq 10); do
	mkdir -p "$tmp/many/$i"
	cp "${files[@]}" "$tmp/many/$i/"
done

median() { sort -n | sed -n 2p; }
measure() { # label, input bytes, args...
	local label=$1 bytes=$2
	shift 2
	local kib
	local runs=()
	for _ in 1 2 3; do
		# exit 1 is conflicts found; anything above is a failed run
		local status=0
		/usr/bin/time -f '%M' -o "$tmp/time" "$bin" "$@" >/dev/null 2>"$tmp/err" || status=$?
		if [ "$status" -gt 1 ]; then
			echo "$label: factlint exited $status:" >&2
			cat "$tmp/err" >&2
			exit 1
		fi
		runs+=("$(tail -1 "$tmp/time")")
	done
	kib=$(printf '%s\n' "${runs[@]}" | median)
	printf '%-34s %10.1f %10.1f %7.1fx\n' "$label" "$(echo "$bytes/1048576" | bc -l)" "$(echo "$kib/1024" | bc -l)" "$(echo "$kib*1024/$bytes" | bc -l)"
}
printf '%-34s %10s %10s %8s\n' command input_MiB peak_MiB ratio
one=$(stat -c %s "$tmp/article.txt")
many=$(du -sb "$tmp/many" | cut -f1)
measure "check, one article" "$one" check --fail-on none "$tmp/article.txt"
measure "extract --format json, one article" "$one" extract --format json "$tmp/article.txt"
measure "extract (CUE), one article" "$one" extract "$tmp/article.txt"
measure "check --each-folder, ${#files[@]}x10 files" "$many" check --each-folder --fail-on none "$tmp/many"
measure "extract --format json, ${#files[@]}x10 files" "$many" extract --format json "$tmp/many"
