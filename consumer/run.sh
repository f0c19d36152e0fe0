#!/usr/bin/env bash
# Builds consumer/, an application of the SDK, as a user builds one: from the SDK's published
# artifacts alone. It deploys the published modules (with their -sources and -javadoc jars), their
# parent and the BOM to a file repository under target/, checks what is there, then builds
# consumer/ with a local repository of its own, in which the SDK's artifacts can only come from that
# file repository (everything else comes from Maven Central). A missing POM, parent or BOM entry,
# or a module descriptor that does not work on the module path, fails the run.
#
#   bash consumer/run.sh
#
# CONSUMER_LOCAL_REPO names the consumer's local repository (default target/consumer-local-repo):
# a directory kept between runs saves downloading the third-party artifacts again. The SDK's own
# artifacts are deleted from it before each build.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
start=$SECONDS

repo=$root/target/consumer-repo
local_repo=${CONSUMER_LOCAL_REPO:-$root/target/consumer-local-repo}
group=io/github/stacksdk
published=(compute-sdk-model compute-sdk-core compute-sdk-testing compute-sdk-micrometer
  compute-sdk-opentelemetry)

fail() {
  echo "consumer/run.sh: $*" >&2
  exit 1
}

# 1. Deploy what a release publishes: the published modules, their parent (-am) and the BOM; not
#    the examples, the integration tests or the benchmarks. No install: the SDK's artifacts stay
#    out of ~/.m2, where they could stand in for a missing one. The tests ran in `mvn verify`.
rm -rf "$repo"
mvn -B -ntp deploy -pl sdk-model,sdk-core,sdk-testing,sdk-micrometer,sdk-opentelemetry,sdk-bom -am \
  -DskipTests -Dmaven.install.skip=true -DaltDeploymentRepository="consumer-repo::file://$repo"

# 2. What was deployed: one version of everything, each published module with its -sources and
#    -javadoc jars, and a BOM without a parent that lists every deployed jar.
versions=$(find "$repo/$group/compute-sdk-parent" -mindepth 1 -maxdepth 1 -type d -printf '%f\n')
[ "$(echo "$versions" | wc -l)" -eq 1 ] || fail "not one version of the parent: $versions"
version=$versions
for artifact in compute-sdk-parent compute-sdk-bom "${published[@]}"; do
  dir=$repo/$group/$artifact/$version
  compgen -G "$dir/$artifact-*.pom" >/dev/null ||
    fail "$artifact $version was not deployed (is its version the parent's?)"
done
for artifact in "${published[@]}"; do
  dir=$repo/$group/$artifact/$version
  for kind in "" -sources -javadoc; do
    compgen -G "$dir/$artifact-*[0-9]$kind.jar" >/dev/null || fail "no $artifact$kind jar in $dir"
  done
done
bom_file=$(ls "$repo/$group/compute-sdk-bom/$version"/compute-sdk-bom-*.pom | tail -n 1)
bom=$(perl -0pe 's/<!--.*?-->//gs' "$bom_file")  # without its comments
! grep -q "<parent>" <<<"$bom" || fail "the BOM has a parent, whose dependencyManagement users would import"
for dir in "$repo/$group"/*/; do
  artifact=$(basename "$dir")
  if compgen -G "$dir$version/*.jar" >/dev/null; then
    grep -q "<artifactId>$artifact</artifactId>" <<<"$bom" || fail "$artifact is not in the BOM"
  fi
done
echo "Deployed $version to target/consumer-repo: parent, BOM, ${published[*]} (with sources and javadoc)"

# 3. Build consumer/ against that repository alone for the SDK.
rm -rf "$local_repo/$group"
mvn -B -ntp -f consumer/pom.xml -Dmaven.repo.local="$local_repo" \
  -Dcompute-sdk.version="$version" -Dcompute-sdk.repository="file://$repo" clean verify
echo "consumer/run.sh: passed in $((SECONDS - start)) s"
