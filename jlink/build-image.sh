#!/usr/bin/env bash
# Builds the runtime image: a jlink'd JDK with only the modules the server needs (preview enabled
# inside it), the server and its dependencies in app/, optionally a class-data-sharing archive, and the
# launcher bin/moomoo-server that execs the JVM (so SIGTERM reaches it).
#
# Usage: jlink/build-image.sh <server jar> <dependency dir> <output dir>
# Called by `mvn package`; needs JDK 25 (JAVA_HOME or the Temurin path below).
set -euo pipefail

jar=$1
deps=$2
out=$3
java_home=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
here=$(cd "$(dirname "$0")" && pwd)

# java.management: tinylog-api requires it. java.net.http: the Agones SDK calls (--agones) and the lobby's
# polls of its game servers and of the Kubernetes API (FleetSimulationIT runs the lobby from this image).
# The server runs on the class path inside the image (it has no module descriptor of its own).
modules=java.base,java.management,java.net.http

# MaxHeapFreeRatio/MinHeapFreeRatio: G1 gives memory back after a collection instead of keeping it
# committed; measured in BENCHMARKS.md (RSS per idle connection 31 -> 16 KB at 5,000 connections, tick
# p99 unchanged). -Xms32m: G1 starts from a small heap and grows it only as collection time asks for,
# instead of filling a young generation sized from the default initial heap (1/64 of the machine's
# memory): RSS per active player at 1,000 players 155 -> 73 KB, tick p99 not higher (BENCHMARKS.md).
rm -rf "$out"
"$java_home/bin/jlink" \
  --add-modules "$modules" \
  --strip-debug --no-header-files --no-man-pages --compress=zip-6 \
  --add-options="--enable-preview -Xms32m -XX:MaxHeapFreeRatio=10 -XX:MinHeapFreeRatio=5" \
  --output "$out"

mkdir -p "$out/app"
cp "$jar" "$out/app/"
cp "$deps"/*.jar "$out/app/"
install -m 0755 "$here/moomoo-server" "$out/bin/moomoo-server"

# Class-data sharing (opt-in, IMAGE_CDS=true or `mvn package -Dimage.cds=true`): list the classes
# loaded by a training run (start, one game session, stop), then dump them into a static archive that
# later starts map instead of parsing. Measured in README ("Runtime image"): start-up 250 -> 105 ms
# for 16.6 MB more, which would take the image past its 50 MB goal, hence off by default.
if [[ "${IMAGE_CDS:-false}" == "true" ]]; then
  list=$(mktemp)
  "$out/bin/java" -Xshare:off -XX:DumpLoadedClassList="$list" -cp "$out/app/*" dev.moomoo.cli.Launcher --cds-training </dev/null >/dev/null
  "$out/bin/java" -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$out/lib/server/app.jsa" \
    -cp "$out/app/*" -Xlog:cds=off -Xlog:cds+map=off >/dev/null
  rm -f "$list"
fi
echo "runtime image: $out ($(du -sh "$out" | cut -f1))"
