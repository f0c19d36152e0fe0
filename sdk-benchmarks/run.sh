#!/usr/bin/env bash
# Builds the SDK and its benchmarks, then runs every benchmark of this module and prints one table:
# per scenario the SDK's throughput and allocation per server with the ratios to both baselines,
# retained heap, 100,000 servers in -Xmx32m, cold start and the run-time dependencies, each with
# PASS or MISS. About 9 minutes on 2 cores. Arguments go to RunAll: --quick (a smoke test in
# about 2 minutes, not a measurement), --sweeps N (3 by default), --out DIR.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -ntp -q -pl sdk-benchmarks -am -DskipTests package
classpath="sdk-benchmarks/target/classes:$(cat sdk-benchmarks/target/classpath.txt)"
exec java -Djdk.attach.allowAttachSelf=true -cp "$classpath" io.github.stacksdk.compute.benchmarks.RunAll "$@"
