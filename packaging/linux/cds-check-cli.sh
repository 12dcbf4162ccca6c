#!/bin/sh
# Fails unless the image's command line really starts from its class-data archive: -Xshare:on makes the JVM refuse
# to start when the archive cannot be used (stale, or recorded for another class path), and a resume's class-load
# log must show WarRoom's own classes coming from the archive. Usage: linux/cds-check-cli.sh IMAGE_DIR
set -eu
image=$(cd "$1" && pwd)
scratch=$(mktemp -d "${TMPDIR:-/tmp}/warroom-cli-cds-check.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
timeout 300 "$image/bin/warroom" run "$image/lib/app/plans/ai-workflow.yaml" --mode tabletop --seed 2 --journal "$scratch/check.jsonl" \
    < /dev/null > "$scratch/run.log" 2>&1 || true
launched=$(date +%s%3N)
JAVA_TOOL_OPTIONS="-Xshare:on -Xlog:class+load=info:file=$scratch/classes.log" timeout 300 "$image/bin/warroom" resume "$scratch/check.jsonl" \
    < /dev/null > "$scratch/resume.log" 2>&1 || true
if ! grep -q 'Incident resumed' "$scratch/resume.log"; then
    cat "$scratch/resume.log" >&2
    echo "packaging: the image's command line did not resume with its class-data archive (-Xshare:on)" >&2
    exit 1
fi
shared=$(grep -c 'dev\.warroom\..* source: shared objects file' "$scratch/classes.log" || true)
if [ "$shared" -lt 100 ]; then
    echo "packaging: only $shared WarRoom classes came from the command line's class-data archive; it is not being used" >&2
    exit 1
fi
echo "packaging: command-line class-data archive in use ($shared WarRoom classes shared); resume took $(( $(date +%s%3N) - launched )) ms"
