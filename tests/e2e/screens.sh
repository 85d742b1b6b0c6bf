#!/bin/sh
# Every screen as a PNG in one language and size, each checked non-blank.
# usage: screens.sh KIOSK PNG_CHECK DATA_DIR OUT_DIR LANG WIDTHxHEIGHT
set -eu
kiosk=$1 check=$2 data=$3 out=$4 lang=$5 size=$6
w=${size%x*} h=${size#*x}
rm -rf "$data" "$out"
mkdir -p "$data" "$out"
"$kiosk" --data "$data" --now 2026-11-25T10:30 --demo --lang "$lang" --windowed "$size" --screen welcome --screenshot "$out/welcome.png" 2>/dev/null
"$check" "$out/welcome.png" "$w" "$h"
count=1
for s in $("$kiosk" --list-screens); do
  [ "$s" = welcome ] && continue
  count=$((count + 1))
  "$kiosk" --data "$data" --now 2026-11-25T10:30 --lang "$lang" --windowed "$size" --screen "$s" --screenshot "$out/$s.png" 2>/dev/null
  "$check" "$out/$s.png" "$w" "$h"
done
# The high-contrast theme at the largest text size, on the screens people meet first.
for s in welcome checkin activities staff-today; do
  "$kiosk" --data "$data" --now 2026-11-25T10:30 --lang "$lang" --windowed "$size" --high-contrast --text-scale 1.5 --screen "$s" \
           --screenshot "$out/$s-contrast-large.png" 2>/dev/null
  "$check" "$out/$s-contrast-large.png" "$w" "$h"
done
echo "$count screens (and 4 in high contrast, large text) in $lang at $size: $out"
