#!/usr/bin/env bash
# Benchmarks of extraction (MB/s) and of a whole check of the seeds
# (ms per check), repeated so that benchstat can report medians:
#
#   bench/run.sh            # writes bench/out/new.txt
#   bench/run.sh old        # writes bench/out/old.txt, to compare with
#   go run golang.org/x/perf/cmd/benchstat@latest bench/out/old.txt bench/out/new.txt
#
# The ECB+ sub-benchmarks (BenchmarkExtractCorpus) read $FACTLINT_DATA
# (default ../shared/data) and skip without it. bench/speed.sh prints the
# figures against the targets, beside chrono-node's.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:-new}
if [ -d "${FACTLINT_DATA:-}" ]; then
	FACTLINT_DATA=$(cd "$FACTLINT_DATA" && pwd) # go test runs in each package's folder
	export FACTLINT_DATA
fi
mkdir -p bench/out
go test -run '^$' -bench 'Extract|CheckSeeds|RulesLoad|Load' -benchmem -count "${COUNT:-6}" \
	./facts/... ./checker/ | tee "bench/out/$name.txt"
