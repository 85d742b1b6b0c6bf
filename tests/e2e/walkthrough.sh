#!/bin/sh
# A whole visit played through the real window with --script, then the rows checked.
# usage: walkthrough.sh KIOSK DB_CHECK SCRIPT DATA_DIR
set -eu
kiosk=$1 dbcheck=$2 script=$3 data=$4
now=2026-11-25T10:30  # a fixed moment: the run never straddles midnight or depends on the day
rm -rf "$data"
mkdir -p "$data"
"$kiosk" --data "$data" --now "$now" --demo --windowed 1920x1080 --screen welcome --screenshot "$data/start.png" 2>/dev/null
cd "$data"
"$kiosk" --data "$data" --now "$now" --lang fr --windowed 1920x1080 --script "$script"
"$dbcheck" "$data" "Léa" "${now%%T*}"
