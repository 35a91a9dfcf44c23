#!/usr/bin/env bash
# Assembles the Docker build context for jlink/Dockerfile: the runtime image, and in rootfs/ the
# shared libraries (as `ldd` lists them) that bin/java, libjvm.so and the image's lib/*.so need,
# plus /etc/passwd and /tmp for the non-root user.
#
# Usage: jlink/docker-context.sh <runtime image dir> <output dir>
set -euo pipefail
image=$1
out=$2
here=$(cd "$(dirname "$0")" && pwd)

rm -rf "$out"
mkdir -p "$out/rootfs/etc" "$out/rootfs/tmp" "$out/state"
cp -a "$image" "$out/image"
if [[ -f "$image/lib/server/app.jsa" ]]; then
  # The image has a class-data-sharing archive: let the entry point use it.
  sed 's|^ENTRYPOINT \["/opt/moomoo/bin/java", |ENTRYPOINT ["/opt/moomoo/bin/java", "-XX:SharedArchiveFile=/opt/moomoo/lib/server/app.jsa", |' \
    "$here/Dockerfile" > "$out/Dockerfile"
else
  cp "$here/Dockerfile" "$out/Dockerfile"
fi

libs=$( { ldd "$image/bin/java"; ldd "$image/lib/server/libjvm.so"; for so in "$image"/lib/*.so; do ldd "$so"; done; } 2>/dev/null \
  | awk '/=>/ && $3 ~ /^\// {print $3} /^\s*\/[^ ]+ \(/ {print $1}' | sort -u)
for lib in $libs; do
  mkdir -p "$out/rootfs$(dirname "$lib")"
  cp -L "$lib" "$out/rootfs$lib"
done
# The dynamic loader is looked up at the path compiled into bin/java; copy it under that path too.
interp=$(readelf -l "$image/bin/java" 2>/dev/null | awk -F': ' '/interpreter/ {gsub(/]/, "", $2); print $2}')
if [[ -n "$interp" ]]; then
  mkdir -p "$out/rootfs$(dirname "$interp")"
  cp -L "$interp" "$out/rootfs$interp"
fi
printf 'root:x:0:0:root:/:/nonexistent\nmoomoo:x:10001:10001:moomoo:/tmp:/nonexistent\n' > "$out/rootfs/etc/passwd"
printf 'root:x:0:\nmoomoo:x:10001:\n' > "$out/rootfs/etc/group"
chmod 1777 "$out/rootfs/tmp"
echo "docker context: $out ($(du -sh "$out" | cut -f1))"
