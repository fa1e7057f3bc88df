#!/usr/bin/env bash
# Cost of a check against the number of articles: generates 100, 1,000 and
# 10,000 articles of one event (bench/gen) and times one `factlint check`
# of each, printing wall time and peak RSS (GNU time). A linear check
# shows both growing about 10x per row.
#
#   bench/scale.sh                 # sizes 100 1000 10000
#   SIZES="100 500" bench/scale.sh
#   FOLDERS=100 bench/scale.sh     # an archive of 100 events, --each-folder
#   FACTLINT=/path/to/old/factlint bench/scale.sh   # time another build
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/factlint" ./cmd/factlint
folders=${FOLDERS:-1}
flags=()
if [ "$folders" -gt 1 ]; then flags=(--each-folder); fi
printf '%8s %8s %10s %12s %10s\n' articles folders seconds peak_MiB conflicts
for n in ${SIZES:-100 1000 10000}; do
	go run ./bench/gen -n "$n" -folders "$folders" -out "$tmp/a$n"
	/usr/bin/time -f '%e %M' -o "$tmp/time" "${FACTLINT:-$tmp/factlint}" check "${flags[@]}" --format line --fail-on none "$tmp/a$n" >"$tmp/out" 2>"$tmp/err" || {
		cat "$tmp/err" >&2
		exit 1
	}
	read -r secs kib <"$tmp/time"
	printf '%8d %8d %10s %12d %10d\n' "$n" "$folders" "$secs" $((kib / 1024)) "$(wc -l <"$tmp/out")"
	rm -rf "$tmp/a$n"
done
