#!/usr/bin/env bash
# Benchmarks of extraction (MB/s) and of a whole check of the seeds
# (ms per check), repeated so that benchstat can report medians:
#
#   bench/run.sh            # writes bench/out/new.txt
#   bench/run.sh old        # writes bench/out/old.txt, to compare with
#   go run golang.org/x/perf/cmd/benchstat@latest bench/out/old.txt bench/out/new.txt
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:-new}
mkdir -p bench/out
go test -run '^$' -bench 'Extract|CheckSeeds|RulesLoad|Load' -benchmem -count "${COUNT:-6}" \
	./facts/... ./checker/ | tee "bench/out/$name.txt"
