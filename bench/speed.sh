#!/usr/bin/env bash
# factlint's speed against its targets, and beside chrono-node's:
#
#   bench/speed.sh                      # needs go; node and npm for chrono-node
#   COUNT=10 RUNS=50 bench/speed.sh     # more repetitions (medians of them)
#
# 1. Extraction MB/s on one core (go test -bench -cpu 1) beside
#    chrono-node's MB/s on the same articles (chrono.parse over each
#    article), the medians of COUNT turns each: the ECB+ dev articles and
#    the seed articles x64. chrono-node is installed with npm into a
#    temporary folder. The ECB+ articles are read from
#    $FACTLINT_DATA/ecbplus-dev (default ../shared/data, beside the
#    repository); without them only the seeds are timed.
# 2. Start-up: `factlint check` on one small file, the median wall time of
#    RUNS and their mean CPU time; `factlint version` beside it is the
#    floor any command pays.
# 3. The whole ECB+ dev set checked cluster by cluster (a folder is a
#    cluster), the same of BIG_RUNS: one process per cluster,
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

# children_ms prints the user+system CPU time of the shell's finished
# children so far, in milliseconds. times is a builtin, so it reports this
# shell only when run in it (not in a $(...)).
children_ms() {
	times >"$tmp/times"
	awk 'NR == 2 {
		t = 0
		for (i = 1; i <= 2; i++) { split($i, a, /[ms]/); t += a[1] * 60 + a[2] }
		printf "%d\n", t * 1000
	}' "$tmp/times"
}

# timed runs a command once untimed (stopping the script if it fails),
# then n times, and prints a row: the label, the median wall ms and the
# mean CPU ms (user+system, all processes; steadier on a busy machine).
timed() {
	local label=$1 n=$2
	shift 2
	ok "$@"
	printf '  %-52s %8s %8s\n' "$label" $(
		children_ms >"$tmp/c0"
		for ((i = 0; i < n; i++)); do
			t0=${EPOCHREALTIME//[.,]/}
			ok "$@"
			t1=${EPOCHREALTIME//[.,]/}
			echo $((t1 - t0)) >>"$tmp/wall"
		done
		children_ms >"$tmp/c1"
		median <"$tmp/wall" | awk '{ printf "%.1f\n", $1 / 1000 }'
		rm "$tmp/wall"
		awk -v n="$n" 'NR == FNR { c0 = $1; next } { printf "%.1f\n", ($1 - c0) / n }' "$tmp/c0" "$tmp/c1"
	)
}

# each_cluster checks every cluster in its own process, p at a time.
# xargs says 123 when a check exits 1 to 125: a conflict (1) is fine, and
# no cluster exits 2 (checked once, before any timing).
each_cluster() {
	local rc=0
	printf '%s\0' "${clusters[@]}" | xargs -0 -n 1 -P "$1" "$bin" check >/dev/null 2>&1 || rc=$?
	[ "$rc" -eq 0 ] || [ "$rc" -eq 123 ]
}

# 1. Extraction: factlint's benchmarks and chrono-node's runs take turns,
# COUNT times, so that both see the same load on a shared machine.
chrono=""
if command -v node >/dev/null && command -v npm >/dev/null; then
	npm install --silent --no-audit --no-fund --prefix "$tmp/chrono" "chrono-node@$chrono_version" >/dev/null 2>&1 &&
		chrono="$tmp/chrono" || echo "chrono-node could not be installed: its column is left empty" >&2
else
	echo "no node or npm: chrono-node's column is left empty" >&2
fi
go test -c -o "$tmp/facts.test" ./facts
: >bench/out/speed.txt
: >"$tmp/chrono.txt"
for ((i = 0; i < count; i++)); do
	(cd facts && FACTLINT_DATA=$data "$tmp/facts.test" -test.run '^$' -test.cpu 1 -test.benchmem \
		-test.bench 'ExtractCorpus$') >>bench/out/speed.txt
	if [ -n "$chrono" ]; then
		if [ ${#ecb[@]} -gt 0 ]; then
			node bench/chrono.js --chrono "$chrono" --name ecbplus-docs --runs 1 "${ecb[@]}" >>"$tmp/chrono.txt"
		fi
		node bench/chrono.js --chrono "$chrono" --name seeds-x64-docs --repeat 64 --runs 1 "${seeds[@]}" >>"$tmp/chrono.txt"
	fi
done
go_mbs() { # the median MB/s of one benchmark; go_mbs NAME cpu-MB/s: per second of CPU
	awk -v name="$1" -v unit="${2:-MB/s}" '$1 == name { for (i = 2; i < NF; i++) if ($(i + 1) == unit) print $i }' \
		bench/out/speed.txt | median
}
chrono_mbs() { # the median MB/s of chrono-node on one corpus
	if [ -z "$chrono" ]; then
		echo "-"
		return
	fi
	awk -v name="$1" '$1 == name { print $3 }' "$tmp/chrono.txt" | median
}
bytes() { cat "$@" | wc -c | tr -d ' '; }

bin=$tmp/factlint
go build -o "$bin" ./cmd/factlint
echo "factlint $("$bin" version | awk '{print $2}') ($(go env GOVERSION)), chrono-node $chrono_version, node $(node --version 2>/dev/null || echo -); $(nproc) cores"
echo
echo "Extraction on one core, MB/s (10^6 bytes), medians of $count"
row() { # corpus, bytes, benchmark, chrono-node's figure
	printf '  %-34s %9s %10s %10s %12s\n' "$1" "$2" "$(go_mbs "$3")" "$(go_mbs "$3" cpu-MB/s)" "$4"
}
printf '  %-34s %9s %10s %10s %12s\n' corpus bytes factlint "(per CPU s)" chrono-node
if [ ${#ecb[@]} -gt 0 ]; then
	row "ECB+ dev, ${#ecb[@]} articles as one text" "$(bytes "${ecb[@]}")" BenchmarkExtractCorpus/ecbplus "-"
	row "ECB+ dev, ${#ecb[@]} articles one by one" "$(bytes "${ecb[@]}")" BenchmarkExtractCorpus/ecbplus-docs "$(chrono_mbs ecbplus-docs)"
fi
seed_bytes=$(($(bytes "${seeds[@]}") * 64))
row "seeds x64 as one text" "$seed_bytes" BenchmarkExtractCorpus/seeds-x64 "-"
row "seeds x64, $((${#seeds[@]} * 64)) articles one by one" "$seed_bytes" BenchmarkExtractCorpus/seeds-x64-docs "$(chrono_mbs seeds-x64-docs)"
echo "  (factlint reads every claim kind; chrono-node only dates, one article a call)"

# 2. Start-up, on a seed article alone in a folder (no sources.cue beside it).
mkdir "$tmp/one"
cp "${seeds[0]}" "$tmp/one/"
small=$tmp/one/$(basename "${seeds[0]}")
echo
echo "Start-up, $runs runs"
printf '  %-52s %8s %8s\n' "" "wall ms" "CPU ms"
timed "factlint check $(basename "$small") ($(bytes "$small") bytes)" "$runs" "$bin" check "$small"
timed "factlint version" "$runs" "$bin" version

# 3. The whole ECB+ dev set, cluster by cluster.
if [ ${#ecb[@]} -gt 0 ]; then
	echo
	for d in "${clusters[@]}"; do ok "$bin" check "$d"; done
	echo "ECB+ dev set checked cluster by cluster (${#clusters[@]} clusters, ${#ecb[@]} files), $big_runs runs"
	printf '  %-52s %8s %8s\n' "" "wall ms" "CPU ms"
	timed "one process per cluster, one at a time" "$big_runs" each_cluster 1
	timed "one process per cluster, two at a time" "$big_runs" each_cluster 2
	help=$("$bin" check --help 2>&1 || true)
	if [[ $help == *--each-folder* ]]; then
		timed "one process, check --each-folder" "$big_runs" "$bin" check --each-folder "${clusters[@]}"
	else
		printf '  %-52s %8s\n' "one process, check --each-folder" "(not in this build)"
	fi
fi
