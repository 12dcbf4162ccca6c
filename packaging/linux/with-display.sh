#!/bin/sh
# Runs a command on $DISPLAY, or under xvfb-run when there is none (Debian: xvfb xauth).
set -eu
if [ -n "${DISPLAY:-}" ]; then
    exec "$@"
fi
command -v xvfb-run >/dev/null || {
    echo "packaging: the class-data training run shows the war room, and there is no DISPLAY and no xvfb-run (apt-get install xvfb xauth)" >&2
    exit 1
}
exec xvfb-run --auto-servernum --server-args="-screen 0 1920x1200x24" "$@"
