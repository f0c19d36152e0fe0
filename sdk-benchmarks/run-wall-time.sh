#!/usr/bin/env bash
# Builds the SDK and its benchmarks, then runs ListingWallTime: the wall time of sequential and
# concurrent listings of 10,000 servers against FakeCompute with 8 API workers and a modelled
# Nova's cost, (a) NovaCost.SMALL_NOVA and (b) NovaCost.LARGE_CLOUD, Nova's modelled time for
# each, a caller as slow as Nova with and without a page fetched ahead, and 100,000 servers
# streamed concurrently in -Xmx64m; one table with PASS or MISS per target (issue 17). About 6
# minutes, mostly the sequential listing of (b) (208 s); the costs are sleeps, so 2 cores do.
# Arguments go to ListingWallTime: --quick (1,000 servers, a smoke test in about a minute),
# --out DIR (where wall-time.md goes; sdk-benchmarks/target/benchmarks by default).
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -ntp -q -pl sdk-benchmarks -am -DskipTests package
classpath="sdk-benchmarks/target/classes:$(cat sdk-benchmarks/target/classpath-wall-time.txt)"
exec java -cp "$classpath" io.github.stacksdk.compute.benchmarks.ListingWallTime "$@"
