#!/bin/sh
# Fails unless an app-image built by linux/build-aot-image.sh really starts from its AOT cache: -XX:AOTMode=on
# makes the JVM refuse to start when the cache cannot be used (stale, another class path, other JVM options), any
# AOT warning fails the check too, and the class-load log must show WarRoom's own classes coming from the cache.
# JDK 25.0.3 does not notice changed jars (JDK-8377932): the jars must still match the fingerprints taken with the cache.
# Prints the time to the live war room. Usage: linux/aot-check.sh IMAGE_DIR
set -eu
image=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
scratch=$(mktemp -d "${TMPDIR:-/tmp}/warroom-aot-check.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
(cd "$image/lib/app" && sha256sum --quiet --check warroom.aot.sha256) >&2 || {
    echo "packaging: the image's jars or launcher options changed since its AOT cache was made; rebuild it (linux/build-aot-image.sh)" >&2
    exit 1
}
launched=$(date +%s%3N)
JAVA_TOOL_OPTIONS="-XX:AOTMode=on -Xlog:class+load=info:file=$scratch/classes.log -Dwarroom.readyFile=$scratch/ready -Dwarroom.quitWhenReady=true -Dwarroom.incidents=$scratch/incidents" \
    timeout 300 sh "$here/with-display.sh" "$image/bin/WarRoom" > "$scratch/log" 2>&1 || {
    cat "$scratch/log" >&2
    echo "packaging: the image's console did not start with its AOT cache (-XX:AOTMode=on)" >&2
    exit 1
}
if grep -E '\[(warning|error)\]\[aot' "$scratch/log" >&2; then
    echo "packaging: the JVM warned about the image's AOT cache" >&2
    exit 1
fi
shared=$(grep -c 'dev\.warroom\..* source: shared objects file' "$scratch/classes.log" || true)
if [ "$shared" -lt 100 ]; then
    echo "packaging: only $shared WarRoom classes came from the AOT cache; it is not being used" >&2
    exit 1
fi
echo "packaging: AOT cache in use ($shared WarRoom classes from it); live war room $(( $(cat "$scratch/ready") - launched )) ms after launch (display start included)"
