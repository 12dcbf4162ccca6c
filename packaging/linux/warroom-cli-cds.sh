#!/bin/sh
# Rebuilds the command line's class-data archive (lib/app/warroom-cli.jsa) from the class list the build recorded
# by a resume (lib/app/warroom-cli.classlist). As the console's (warroom-cds.sh): made where the app lives, by the
# build in its image and again by the .deb's postinst in /opt/warroom, by the bin/warroom launcher itself so that
# the archive records the class path it runs with.
set -eu
app=$(cd "$(dirname "$0")" && pwd)
rm -f "$app/warroom-cli.jsa"
JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$app/warroom-cli.classlist -XX:SharedArchiveFile=$app/warroom-cli.jsa" \
    "$app/../../bin/warroom" > "$app/warroom-cli-cds.log" 2>&1 || {
    echo "warroom-cli-cds: the class-data dump failed (warroom still runs, only slower to start); see $app/warroom-cli-cds.log" >&2
    exit 1
}
test -s "$app/warroom-cli.jsa" || { echo "warroom-cli-cds: no archive was written; see $app/warroom-cli-cds.log" >&2; exit 1; }
echo "warroom-cli-cds: $app/warroom-cli.jsa"
