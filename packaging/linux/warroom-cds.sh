#!/bin/sh
# Rebuilds this WarRoom's class-data archive (lib/app/warroom.jsa) from the class list the build recorded
# (lib/app/warroom.classlist). The archive names the class path by absolute path, so it is made where the
# app lives: by the build in its image, and again by the .deb's postinst in /opt/warroom.
# The console launcher itself does the dump, so the archive records exactly the class path it runs with.
set -eu
app=$(cd "$(dirname "$0")" && pwd)
rm -f "$app/warroom.jsa"
JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$app/warroom.classlist -XX:SharedArchiveFile=$app/warroom.jsa" \
    "$app/../../bin/WarRoom" > "$app/warroom-cds.log" 2>&1 || {
    echo "warroom-cds: the class-data dump failed (WarRoom still runs, only slower to start); see $app/warroom-cds.log" >&2
    exit 1
}
test -s "$app/warroom.jsa" || { echo "warroom-cds: no archive was written; see $app/warroom-cds.log" >&2; exit 1; }
echo "warroom-cds: $app/warroom.jsa"
