#!/bin/sh
# The class-data training run: starts the image's console on its default plan (the simulated world), waits
# for the first frame of the live war room (ReadySignal) and quits, recording every class it loaded in
# lib/app/warroom.classlist. Runs on a real GTK window (Xvfb when there is no display), so the list holds the
# GTK glass classes the installed app loads. Usage: linux/cds-train.sh IMAGE_DIR
set -eu
image=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
scratch=$(mktemp -d "${TMPDIR:-/tmp}/warroom-cds-train.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
list=$image/lib/app/warroom.classlist
rm -f "$list" "$image/lib/app/warroom.jsa"
echo "packaging: class-data training run (to the live war room and out)"
launched=$(date +%s%3N)
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$list -Dwarroom.readyFile=$scratch/ready -Dwarroom.quitWhenReady=true -Dwarroom.incidents=$scratch/incidents" \
    timeout 300 sh "$here/with-display.sh" "$image/bin/WarRoom" > "$scratch/log" 2>&1 || {
    cat "$scratch/log" >&2
    echo "packaging: the training run did not reach the war room" >&2
    exit 1
}
test -s "$scratch/ready" || { cat "$scratch/log" >&2; echo "packaging: the training run quit before the war room was ready" >&2; exit 1; }
echo "packaging: training run reached the war room $(( $(cat "$scratch/ready") - launched )) ms after launch; $(wc -l < "$list") classes listed"
