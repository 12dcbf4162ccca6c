#!/bin/sh
# Fails unless the image's console really starts from its class-data archive: -Xshare:on makes the JVM refuse
# to start when the archive cannot be used (stale, or recorded for another class path), and the class-load log
# must show WarRoom's own classes coming from the archive. Prints the time to the live war room.
# Usage: linux/cds-check.sh IMAGE_DIR
set -eu
image=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
scratch=$(mktemp -d "${TMPDIR:-/tmp}/warroom-cds-check.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
launched=$(date +%s%3N)
JAVA_TOOL_OPTIONS="-Xshare:on -Xlog:class+load=info:file=$scratch/classes.log -Dwarroom.readyFile=$scratch/ready -Dwarroom.quitWhenReady=true -Dwarroom.incidents=$scratch/incidents" \
    timeout 300 sh "$here/with-display.sh" "$image/bin/WarRoom" > "$scratch/log" 2>&1 || {
    cat "$scratch/log" >&2
    echo "packaging: the image's console did not start with its class-data archive (-Xshare:on)" >&2
    exit 1
}
shared=$(grep -c 'dev\.warroom\..* source: shared objects file' "$scratch/classes.log" || true)
if [ "$shared" -lt 100 ]; then
    echo "packaging: only $shared WarRoom classes came from the class-data archive; it is not being used" >&2
    exit 1
fi
echo "packaging: class-data archive in use ($shared WarRoom classes shared); live war room $(( $(cat "$scratch/ready") - launched )) ms after launch (display start included)"
