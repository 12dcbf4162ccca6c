#!/usr/bin/env bash
# Time to first frame in a real window under Xvfb, from the app-image: the war room (bin/WarRoom, its own
# class-data archive, the board live) against a one-label JavaFX window started by the same runtime, with the
# launcher's JVM options and an archive of its own, alternating, ROUNDS rounds. Prints each round and the medians (docs/benchmarks.md).
#   packaging/linux/measure-start-up.sh [IMAGE_DIR] [ROUNDS]   (default packaging/target/image/WarRoom, 7)
# Needs Xvfb and a JDK's javac and jar (for the one-label window). Run it on an idle machine if you can.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
image="$(cd "${1:-$here/../target/image/WarRoom}" && pwd)"
rounds="${2:-7}"
java="$image/lib/runtime/bin/java"
[ -x "$image/bin/WarRoom" ] && [ -x "$java" ] || { echo "measure-start-up: no app-image at $image (./mvnw -Ppackage package -DskipTests)" >&2; exit 2; }
command -v Xvfb >/dev/null || { echo "measure-start-up: Xvfb is not installed" >&2; exit 2; }

work="$(mktemp -d)"
display=":$((90 + RANDOM % 100))"
Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT
export DISPLAY="$display"
for _ in $(seq 100); do [ -S "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done

classpath="$(find "$image/lib/app" -maxdepth 1 -name 'javafx-*.jar' | sort | paste -sd:)"
javac -d "$work/classes" -cp "$classpath" "$here/startup/OneLabelWindow.java"
jar --create --file "$work/window.jar" -C "$work/classes" .   # a class-data archive takes jars only
# The window runs with the console launcher's own JVM options (the collector, the compiler), less its archive.
mapfile -t jvm_options < <(sed -n 's/^java-options=\(-XX:.*\)$/\1/p' "$image/lib/app/WarRoom.cfg" | grep -v SharedArchiveFile || true)
window=("$java" "${jvm_options[@]}" -cp "$work/window.jar:$classpath")

# One untimed start of each: the window's dynamic archive is dumped at its exit, and the caches get warm.
"${window[@]}" -XX:ArchiveClassesAtExit="$work/window.jsa" -Dwarroom.readyFile="$work/ready" OneLabelWindow >/dev/null 2>&1
first_frame() { # COMMAND... → milliseconds from its launch to the first frame its ready file stamps; fails after 120 s
  rm -f "$work/ready"
  local launched
  launched=$(date +%s%3N)
  "$@" >"$work/out" 2>&1 &
  local pid=$! waited=0
  while [ ! -s "$work/ready" ]; do
    sleep 0.05; waited=$((waited + 1))
    if [ "$waited" -gt 2400 ] || ! kill -0 "$pid" 2>/dev/null && [ ! -s "$work/ready" ]; then
      echo "measure-start-up: no first frame from $1:" >&2; cat "$work/out" >&2; return 1
    fi
  done
  wait "$pid" 2>/dev/null || true
  echo $(( $(cat "$work/ready") - launched ))
}
room() {
  JAVA_TOOL_OPTIONS="-Dwarroom.readyFile=$work/ready -Dwarroom.quitWhenReady=true -Dwarroom.incidents=$work/incidents" \
    first_frame "$image/bin/WarRoom"
}
one_label() { first_frame "${window[@]}" -XX:SharedArchiveFile="$work/window.jsa" -Dwarroom.readyFile="$work/ready" OneLabelWindow; }
room >/dev/null

rooms=(); windows=()
for ((i = 1; i <= rounds; i++)); do
  if ((i % 2)); then w=$(one_label); r=$(room); else r=$(room); w=$(one_label); fi
  windows+=("$w"); rooms+=("$r")
  echo "round $i: window $w ms, war room $r ms (load $(cut -d' ' -f1 /proc/loadavg))"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
mw=$(median "${windows[@]}"); mr=$(median "${rooms[@]}")
echo "medians: window $mw ms, war room $mr ms, ratio $(awk -v r="$mr" -v w="$mw" 'BEGIN {printf "%.2f", r / w}')×" \
  "($rounds rounds, $(nproc) cores, Xvfb $display)"
