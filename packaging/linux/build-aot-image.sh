#!/bin/sh
# An experiment beside the package, not part of it: the same app-image on a JDK 25 runtime with an AOT cache
# (JEP 483 classes loaded and linked, JEP 515 method profiles) trained by a real run to the live war room, for
# linux/measure-start-up.sh to compare with the JDK 17 image and its AppCDS archive (docs/benchmarks.md,
# "Console start-up"). Run from packaging/ after ./mvnw -Ppackage package -DskipTests:
#   linux/build-aot-image.sh target/input target/image-aot 0.1.0
# JAVA25_HOME names the JDK (default /usr/lib/jvm/temurin-25-jdk-amd64). The code stays compiled for Java 17.
set -eu
java25=${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
input=$1
dest=$2
version=$3
image=$dest/WarRoom
[ -x "$java25/bin/jpackage" ] || { echo "packaging: no JDK at $java25 (set JAVA25_HOME to a JDK 25 or later)" >&2; exit 2; }
feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$java25/release")
[ "${feature:-0}" -ge 25 ] || { echo "packaging: $java25 is JDK ${feature:-unknown}; an AOT cache needs JDK 25 or later" >&2; exit 2; }
[ -f "$input/warroom-console.jar" ] || { echo "packaging: no $input/warroom-console.jar (./mvnw -Ppackage package -DskipTests first)" >&2; exit 2; }

rm -rf "$dest"
echo "packaging: jpackage app-image on JDK $feature"
"$java25/bin/jpackage" @jpackage-image.args @linux/jpackage-aot.args --input "$input" --dest "$dest" --app-version "$version"
rm -f "$image/lib/runtime/lib/server/classes_nocoops.jsa"

app=$image/lib/app
scratch=$(mktemp -d "${TMPDIR:-/tmp}/warroom-aot-train.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
echo "packaging: AOT training run (to the live war room and out)"
launched=$(date +%s%3N)
JAVA_TOOL_OPTIONS="-XX:AOTMode=record -XX:AOTConfiguration=$app/warroom.aotconf -Dwarroom.readyFile=$scratch/ready -Dwarroom.quitWhenReady=true -Dwarroom.incidents=$scratch/incidents" \
    timeout 300 sh linux/with-display.sh "$image/bin/WarRoom" > "$scratch/log" 2>&1 || {
    cat "$scratch/log" >&2
    echo "packaging: the AOT training run did not reach the war room" >&2
    exit 1
}
test -s "$scratch/ready" || { cat "$scratch/log" >&2; echo "packaging: the AOT training run quit before the war room was ready" >&2; exit 1; }
echo "packaging: training run reached the war room $(( $(cat "$scratch/ready") - launched )) ms after launch"

sed -i '/^\[JavaOptions\]$/a java-options=-XX:AOTCache=$APPDIR/warroom.aot' "$app/WarRoom.cfg"
JAVA_TOOL_OPTIONS="-XX:AOTMode=create -XX:AOTConfiguration=$app/warroom.aotconf" "$image/bin/WarRoom" > "$app/warroom-aot.log" 2>&1 || {
    cat "$app/warroom-aot.log" >&2
    echo "packaging: the AOT cache was not created" >&2
    exit 1
}
rm -f "$app/warroom.aotconf"
# JDK 25.0.3 maps a cache whose jars have changed and runs the classes it recorded (JDK-8377932, fixed in 25.0.4):
# the jars it was made from are fingerprinted beside it for linux/aot-check.sh.
(cd "$app" && sha256sum ./*.jar WarRoom.cfg) > "$app/warroom.aot.sha256"
sh linux/aot-check.sh "$image"
