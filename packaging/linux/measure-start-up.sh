#!/usr/bin/env bash
# Time to first frame in a real window under Xvfb, from app-images: the war room (bin/WarRoom on its default plan,
# the simulated world, board live) against a one-label JavaFX window started by the same image's runtime with the
# launcher's JVM options, alternating, ROUNDS rounds. Each side runs with a cache of its own of the kind the image
# carries: an AppCDS archive (JDK 17 images, -XX:SharedArchiveFile) or an AOT cache (JDK 25 images, -XX:AOTCache,
# trained by a real run to its first frame); with WITHOUT_CACHE=1 each image is also measured with neither side's
# cache (the JDK's own default archive only). Prints each round and the medians (docs/benchmarks.md).
#   packaging/linux/measure-start-up.sh [IMAGE_DIR] [ROUNDS] [MORE_IMAGE_DIRS...]
#   (default packaging/target/image/WarRoom, 7 rounds; e.g. a JDK 17 image and a JDK 25 image side by side)
# Needs Xvfb and a JDK's javac and jar (for the one-label window). Run it on an idle machine if you can.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
rounds="${2:-7}"
images=("${1:-$here/../target/image/WarRoom}" "${@:3}")
command -v Xvfb >/dev/null || { echo "measure-start-up: Xvfb is not installed" >&2; exit 2; }

work="$(mktemp -d)"
display=":$((90 + RANDOM % 100))"
Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT
export DISPLAY="$display"
for _ in $(seq 100); do [ -S "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done

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

# Per image n: its runtime's feature version, the window's command (cached and not) and the war room's JVM options
# for a run without its cache.
declare -a names window_cached window_plain room_plain_options
for n in "${!images[@]}"; do
  image="$(cd "${images[$n]}" && pwd)"
  images[$n]="$image"
  java="$image/lib/runtime/bin/java"
  [ -x "$image/bin/WarRoom" ] && [ -x "$java" ] || { echo "measure-start-up: no app-image at $image (./mvnw -Ppackage package -DskipTests)" >&2; exit 2; }
  feature="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$image/lib/runtime/release")"
  classpath="$(find "$image/lib/app" -maxdepth 1 -name 'javafx-*.jar' | sort | paste -sd:)"
  mkdir -p "$work/$n"
  javac -d "$work/$n/classes" -cp "$classpath" "$here/startup/OneLabelWindow.java"
  jar --create --file "$work/$n/window.jar" -C "$work/$n/classes" .   # a class-data archive takes jars only
  # The window runs with the console launcher's own JVM options (collector, compiler, native access), less its cache.
  mapfile -t jvm_options < <(sed -n 's/^java-options=\(--*[A-Za-z].*\)$/\1/p' "$image/lib/app/WarRoom.cfg" \
    | grep -v -e '^-D' -e SharedArchiveFile -e AOTCache || true)
  window=("$java" "${jvm_options[@]}" -cp "$work/$n/window.jar:$classpath")
  # One untimed start of the window trains its cache; the caches of the file system get warm.
  if [ "$feature" -ge 25 ]; then
    names[$n]="JDK $feature, AOT cache"
    "${window[@]}" -XX:AOTCacheOutput="$work/$n/window.aot" -Dwarroom.readyFile="$work/ready" OneLabelWindow >"$work/$n/train.log" 2>&1
    window_cached[$n]="${window[*]} -XX:AOTCache=$work/$n/window.aot -XX:AOTMode=on"
    room_plain_options[$n]="-XX:AOTMode=off"
  else
    names[$n]="JDK $feature, AppCDS"
    "${window[@]}" -XX:ArchiveClassesAtExit="$work/$n/window.jsa" -Dwarroom.readyFile="$work/ready" OneLabelWindow >"$work/$n/train.log" 2>&1
    window_cached[$n]="${window[*]} -XX:SharedArchiveFile=$work/$n/window.jsa -Xshare:on"
    room_plain_options[$n]="-XX:SharedArchiveFile=$image/lib/runtime/lib/server/classes.jsa"
  fi
  window_plain[$n]="${window[*]}"
  grep -q '^java-options=-XX:TieredStopAtLevel=1$' "$image/lib/app/WarRoom.cfg" && names[$n]+=", C1 only" || names[$n]+=", C1 and C2"
done

# A variant: image number, cached or plain. Its war room and its window are measured back to back.
variants=()
for n in "${!images[@]}"; do
  variants+=("$n cached")
  [ "${WITHOUT_CACHE:-0}" = 1 ] && variants+=("$n plain")
done
label() { local n=${1% *}; [ "${1#* }" = cached ] && echo "${names[$n]}" || echo "${names[$n]/AppCDS/no cache of its own}" | sed 's/AOT cache/no cache of its own/'; }
room() { # VARIANT
  local n=${1% *} extra=""
  [ "${1#* }" = plain ] && extra="${room_plain_options[$n]}"
  JAVA_TOOL_OPTIONS="$extra -Dwarroom.readyFile=$work/ready -Dwarroom.quitWhenReady=true -Dwarroom.incidents=$work/incidents" \
    first_frame "${images[$n]}/bin/WarRoom"
}
one_label() { # VARIANT
  local n=${1% *} command
  if [ "${1#* }" = cached ]; then command=${window_cached[$n]}; else command=${window_plain[$n]}; fi
  # shellcheck disable=SC2086 # the command is a list of words without spaces in them
  first_frame $command -Dwarroom.readyFile="$work/ready" OneLabelWindow
}
for v in "${variants[@]}"; do room "$v" >/dev/null; done

declare -A rooms windows
for ((i = 1; i <= rounds; i++)); do
  line="round $i (load $(cut -d' ' -f1 /proc/loadavg)):"
  order=("${variants[@]}")
  if ((i % 2 == 0)); then mapfile -t order < <(printf '%s\n' "${variants[@]}" | tac); fi
  for v in "${order[@]}"; do
    if ((i % 2)); then w=$(one_label "$v"); r=$(room "$v"); else r=$(room "$v"); w=$(one_label "$v"); fi
    windows[$v]+="$w "; rooms[$v]+="$r "
    line+=" [$(label "$v")] window $w ms, war room $r ms;"
  done
  echo "$line"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for v in "${variants[@]}"; do
  # shellcheck disable=SC2086
  mw=$(median ${windows[$v]}); mr=$(median ${rooms[$v]})
  echo "medians, $(label "$v"): window $mw ms, war room $mr ms, ratio $(awk -v r="$mr" -v w="$mw" 'BEGIN {printf "%.2f", r / w}')×"
done
echo "($rounds rounds, $(nproc) cores, Xvfb $display, load $(cut -d' ' -f1-3 /proc/loadavg) at the end)"
