#!/usr/bin/env bash
# Builds the SDK and its benchmarks, then runs WaitCost: what it costs to wait for booting servers
# to become ACTIVE with ServerWaiter.untilStatus(ids, ACTIVE) against the loop users write (a GET
# per pending server every interval, one after another; and the same with each round's GETs sent
# at once), on FakeCompute with NovaCost.SMALL_NOVA and 8 API workers: servers created one every
# 10 ms with POST /servers, builds of 2 s, a 100 ms interval; 10, 100 and 1,000 servers, medians of
# 5 repetitions (3 for 1,000). Requests, Nova's modelled time, bytes received and wall time, and
# the ratios to the baseline. About 8 minutes, mostly the baseline's 1,000 GETs one after another
# (63 s a round); the costs are sleeps, so 2 cores do. Arguments go to WaitCost: --quick (10 and
# 100 servers, one repetition, about 40 s), --sizes 10,100, --reps N, --out DIR (where wait.md
# goes; sdk-benchmarks/target/benchmarks by default).
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -ntp -q -pl sdk-benchmarks -am -DskipTests package
classpath="sdk-benchmarks/target/classes:$(cat sdk-benchmarks/target/classpath-wall-time.txt)"
exec java -cp "$classpath" io.github.stacksdk.compute.benchmarks.WaitCost "$@"
