#!/usr/bin/env bash
# factlint's speed against its targets, and beside chrono-node's:
#
#   bench/speed.sh                      # needs go; node and npm for chrono-node
#   COUNT=10 RUNS=50 bench/speed.sh     # more repetitions (medians of them)
#
# 1. Extraction MB/s on one core (go test -bench -cpu 1, the median of
#    COUNT) beside chrono-node's MB/s on the same articles (chrono.parse
#    over each article, the median of COUNT runs): the ECB+ dev articles and
#    the seed articles x64. chrono-node is installed with npm into a
#    temporary folder. The ECB+ articles are read from
#    $FACTLINT_DATA/ecbplus-dev (default ../shared/data, beside the
#    repository); without them only the seeds are timed.
# 2. Start-up: `factlint check` on one small file, wall time, the median of
#    RUNS; `factlint version` beside it is the floor any command pays.
# 3. The whole ECB+ dev set checked cluster by cluster (a folder is a
#    cluster), wall time, the median of BIG_RUNS: one process per cluster,
#    one and two at a time, and one process with --each-folder when the
#    binary has it. A check that finds conflicts (exit 1) counts; exit 2
#    stops the script.
#
# The raw go test output goes to bench/out/speed.txt, for benchstat.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${COUNT:-6}
runs=${RUNS:-30}
big_runs=${BIG_RUNS:-3}
chrono_version=2.10.3
mkdir -p bench/out
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

data=${FACTLINT_DATA:-../shared/data}
ecb=()
if [ -d "$data/ecbplus-dev" ]; then
	data=$(cd "$data" && pwd)
	ecb=("$data"/ecbplus-dev/*/*.txt)
	clusters=("$data"/ecbplus-dev/*/)
else
	echo "no $data/ecbplus-dev: the ECB+ figures are left out (set FACTLINT_DATA)" >&2
fi
seeds=(testdata/stoltenberg/*.txt)

# median reads numbers, one a line, and prints their median.
median() {
	sort -g | awk '{v[NR] = $1} END {
		if (NR == 0) { print "-"; exit }
		m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
		printf "%.2f\n", m
	}'
}

# ok runs a command quietly; a check that found conflicts (exit 1) is fine.
ok() {
	local rc=0
	"$@" >/dev/null 2>&1 || rc=$?
	if [ "$rc" -gt 1 ]; then
		echo "speed.sh: exit status $rc from: $*" >&2
		exit 1
	fi
}

# wall_ms runs a command n times (after one untimed run) and prints the
# median wall time in milliseconds.
wall_ms() {
	local n=$1 i t0 t1
	shift
	ok "$@"
	for ((i = 0; i < n; i++)); do
		t0=${EPOCHREALTIME//[.,]/}
		ok "$@"
		t1=${EPOCHREALTIME//[.,]/}
		echo $((t1 - t0))
	done | median | awk '{ printf "%.1f\n", $1 / 1000 }'
}

# each_cluster checks every cluster in its own process, p at a time.
# xargs says 123 when a check exits 1 to 125: a conflict (1) is fine, and
# no cluster exits 2 (checked once, before any timing).
each_cluster() {
	local rc=0
	printf '%s\0' "${clusters[@]}" | xargs -0 -n 1 -P "$1" "$bin" check >/dev/null 2>&1 || rc=$?
	[ "$rc" -eq 0 ] || [ "$rc" -eq 123 ]
}

# 1. Extraction.
FACTLINT_DATA=$data go test -run '^$' -bench 'Extract/seeds-x64$|ExtractCorpus' -benchmem \
	-cpu 1 -count "$count" ./facts | tee bench/out/speed.txt >/dev/null
go_mbs() { # the median MB/s of one benchmark
	awk -v name="$1" '$1 == name { for (i = 2; i < NF; i++) if ($(i + 1) == "MB/s") print $i }' \
		bench/out/speed.txt | median
}
chrono=""
if command -v node >/dev/null && command -v npm >/dev/null; then
	npm install --silent --no-audit --no-fund --prefix "$tmp/chrono" "chrono-node@$chrono_version" >/dev/null 2>&1 &&
		chrono="$tmp/chrono" || echo "chrono-node could not be installed: its column is left empty" >&2
else
	echo "no node or npm: chrono-node's column is left empty" >&2
fi
chrono_mbs() { # name repeat files...: chrono-node's median MB/s
	local name=$1 repeat=$2
	shift 2
	if [ -z "$chrono" ] || [ $# -eq 0 ]; then
		echo "-"
		return
	fi
	node bench/chrono.js --chrono "$chrono" --name "$name" --repeat "$repeat" --runs "$count" "$@" |
		awk '{print $3}'
}
bytes() { cat "$@" | wc -c | tr -d ' '; }

bin=$tmp/factlint
go build -o "$bin" ./cmd/factlint
echo "factlint $("$bin" version | awk '{print $2}') ($(go env GOVERSION)), chrono-node $chrono_version, node $(node --version 2>/dev/null || echo -); $(nproc) cores"
echo
echo "Extraction on one core, MB/s (10^6 bytes), medians of $count"
printf '  %-34s %9s %10s %12s\n' corpus bytes factlint chrono-node
if [ ${#ecb[@]} -gt 0 ]; then
	printf '  %-34s %9s %10s %12s\n' "ECB+ dev, ${#ecb[@]} articles as one text" "$(bytes "${ecb[@]}")" \
		"$(go_mbs BenchmarkExtractCorpus/ecbplus)" "-"
	printf '  %-34s %9s %10s %12s\n' "ECB+ dev, ${#ecb[@]} articles one by one" "$(bytes "${ecb[@]}")" \
		"$(go_mbs BenchmarkExtractCorpus/ecbplus-docs)" "$(chrono_mbs ecbplus-docs 1 "${ecb[@]}")"
fi
seed_bytes=$(($(bytes "${seeds[@]}") * 64))
printf '  %-34s %9s %10s %12s\n' "seeds x64 as one text" "$seed_bytes" "$(go_mbs BenchmarkExtract/seeds-x64)" "-"
printf '  %-34s %9s %10s %12s\n' "seeds x64, $((${#seeds[@]} * 64)) articles one by one" "$seed_bytes" \
	"$(go_mbs BenchmarkExtractCorpus/seeds-x64-docs)" "$(chrono_mbs seeds-x64-docs 64 "${seeds[@]}")"
echo "  (factlint reads every claim kind; chrono-node only dates, one article a call)"

# 2. Start-up.
small=${seeds[0]}
echo
echo "Start-up, wall ms, medians of $runs"
printf '  %-52s %8s\n' "factlint check $(basename "$small") ($(bytes "$small") bytes)" "$(wall_ms "$runs" "$bin" check "$small")"
printf '  %-52s %8s\n' "factlint version" "$(wall_ms "$runs" "$bin" version)"

# 3. The whole ECB+ dev set, cluster by cluster.
if [ ${#ecb[@]} -gt 0 ]; then
	echo
	for d in "${clusters[@]}"; do ok "$bin" check "$d"; done
	echo "ECB+ dev set checked cluster by cluster (${#clusters[@]} clusters, ${#ecb[@]} files), wall ms, medians of $big_runs"
	printf '  %-52s %8s\n' "one process per cluster, one at a time" "$(wall_ms "$big_runs" each_cluster 1)"
	printf '  %-52s %8s\n' "one process per cluster, two at a time" "$(wall_ms "$big_runs" each_cluster 2)"
	if "$bin" check --help 2>/dev/null | grep -q -- '--each-folder'; then
		printf '  %-52s %8s\n' "one process, check --each-folder" "$(wall_ms "$big_runs" "$bin" check --each-folder "${clusters[@]}")"
	else
		printf '  %-52s %8s\n' "one process, check --each-folder" "(not in this build)"
	fi
fi
