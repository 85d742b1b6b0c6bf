#!/bin/sh
# The kiosk's monitor unplugged and plugged back: RandR turns Xvfb's output off, then on again
# (xrandr), as a screen's cable pulled out and back would. GLFW leaves a full-screen window
# windowed when its monitor goes; the kiosk must cover the screen again once it is back.
# usage: monitor_replug.sh KIOSK WINDOW_CHECK DATA_DIR
set -eu
kiosk=$1 check=$2 data=$3
rm -rf "$data"
mkdir -p "$data"
log="$data/kiosk.log"
: >"$log"  # there before the kiosk opens it, for the first look
# Full screen on the primary monitor, as on the wall (no --windowed, no --script).
"$kiosk" --data "$data" --demo --now 2026-11-25T10:30 2>>"$log" &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
# Waits up to 30 s for a line of the kiosk's log.
wait_for() {
  i=0
  until grep -q "$1" "$log"; do
    i=$((i + 1))
    if [ $i -gt 300 ] || ! kill -0 $pid 2>/dev/null; then
      echo "the kiosk's log never said \"$1\":"
      cat "$log"
      exit 1
    fi
    sleep 0.1
  done
}
wait_for "first frame"
"$check" full
output=$(xrandr | awk '$2 == "connected" { print $1; exit }')
size=$(xrandr | sed -n 's/.*current \([0-9]*\) x \([0-9]*\).*/\1x\2/p')
[ -n "$output" ] && [ -n "$size" ] || { echo "xrandr shows no connected output"; xrandr; exit 1; }
# The screen keeps its size (--fb): with no output left xrandr would shrink it to Xvfb's 1x1
# minimum, which the server refuses (0 mm wide).
xrandr --fb "$size" --output "$output" --off
"$check" windowed
xrandr --output "$output" --auto
wait_for "full screen again on $output"
"$check" full
kill $pid
wait $pid 2>/dev/null || true
echo "full screen again after $output was turned off and on"
