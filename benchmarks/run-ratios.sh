#!/usr/bin/env bash
# Performance ratios of issue 7: builds the benchmark jar if needed, runs the JMH benchmarks and
# prints, as its last line, one JSON object of ratios (see README.md, "Performance").
#   benchmarks/run-ratios.sh           every path on every workload (about 20 minutes on 2 cores)
#   benchmarks/run-ratios.sh --quick   only what the ratios need (under 5 minutes on 2 cores)
#   benchmarks/run-ratios.sh --cold-start   only cliColdStartVsJacksonProgram (about a minute):
#       CPU time of fresh `./pdz validate` processes against a minimal Jackson readTree program
set -euo pipefail
cd "$(dirname "$0")/.."

jar=benchmarks/target/benchmarks.jar
stale=""
if [[ -f "$jar" ]]; then
  stale=$(find pom.xml plan-*/pom.xml plan-*/src benchmarks/pom.xml benchmarks/src examples/plans examples/monitoring \
    -newer "$jar" -type f -print -quit)
fi
if [[ ! -f "$jar" || -n "$stale" ]]; then
  echo "# building $jar" >&2
  ./mvnw -B -q -pl benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true >&2
fi

# The cold start runs ./pdz as a user does: build its jar and class-data archive first.
./pdz --version >/dev/null

# JOL may attach its agent to this JVM to size objects exactly; the benchmark forks set their own heap.
exec java -Djdk.attach.allowAttachSelf=true \
  -cp "$jar" it.pianodizona.benchmarks.RatioRunner "$@"
