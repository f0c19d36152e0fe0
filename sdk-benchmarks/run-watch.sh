#!/usr/bin/env bash
# Builds the SDK and its benchmarks, then runs WatchCost: the cost of keeping a view of 10,000
# servers current with ServerWatch against re-listing them every interval (issue 18), on
# FakeCompute with NovaCost.SMALL_NOVA and 8 API workers. 100 rounds of a simulated 10-second
# interval (the watch really waits 500 ms), 1 % of the servers changed per round, one resync among
# them; then 3 full re-listings. Requests, bytes received and Nova's modelled time per interval,
# and the latency of every change; one table with PASS or MISS per target. About 5 minutes; the
# costs are sleeps, so 2 cores do. Arguments go to WatchCost: --quick (1,000 servers, 20 rounds,
# a smoke test in about a minute), --interval-ms N (the watch's real interval), --out DIR (where
# watch.md goes; sdk-benchmarks/target/benchmarks by default).
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -ntp -q -pl sdk-benchmarks -am -DskipTests package
classpath="sdk-benchmarks/target/classes:$(cat sdk-benchmarks/target/classpath-wall-time.txt)"
exec java -cp "$classpath" io.github.stacksdk.compute.benchmarks.WatchCost "$@"
