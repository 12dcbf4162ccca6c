#!/bin/sh
# The command line's class-data training run: starts a TABLETOP of the image's AI Workflow plan with bin/warroom
# and leaves it at its first question (standard input closed: the incident is saved, with its checkpoint), then
# resumes it with bin/warroom to its first question again, recording every class the resume loaded in
# lib/app/warroom-cli.classlist. Usage: linux/cds-train-cli.sh IMAGE_DIR
set -eu
image=$(cd "$1" && pwd)
scratch=$(mktemp -d "${TMPDIR:-/tmp}/warroom-cli-cds-train.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
list=$image/lib/app/warroom-cli.classlist
rm -f "$list" "$image/lib/app/warroom-cli.jsa"
echo "packaging: command-line class-data training run (a TABLETOP left at its first question, then resumed)"
timeout 300 "$image/bin/warroom" run "$image/lib/app/plans/ai-workflow.yaml" --mode tabletop --seed 1 --journal "$scratch/train.jsonl" \
    < /dev/null > "$scratch/run.log" 2>&1 || true
test -s "$scratch/train.jsonl" || { cat "$scratch/run.log" >&2; echo "packaging: the training run opened no incident" >&2; exit 1; }
launched=$(date +%s%3N)
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$list" timeout 300 "$image/bin/warroom" resume "$scratch/train.jsonl" \
    < /dev/null > "$scratch/resume.log" 2>&1 || true
grep -q 'Incident resumed' "$scratch/resume.log" || { cat "$scratch/resume.log" >&2; echo "packaging: the training resume did not resume" >&2; exit 1; }
test -s "$list" || { echo "packaging: the training resume listed no classes" >&2; exit 1; }
echo "packaging: training resume took $(( $(date +%s%3N) - launched )) ms; $(wc -l < "$list") classes listed"
