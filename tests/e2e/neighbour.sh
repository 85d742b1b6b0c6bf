#!/bin/sh
# Someone who knows four digits of a neighbour's phone tries to open their bookings through the
# real window (--script), then the neighbour's bookings are checked in the database.
# usage: neighbour.sh KIOSK CHECK SCRIPT DATA_DIR LAST4 BIRTH_YEAR
set -eu
kiosk=$1 check=$2 script=$3 data=$4 last4=$5 year=$6
now=2026-11-25T10:30  # the demo resident, their booking and the script's labels depend on it
rm -rf "$data"
mkdir -p "$data"
"$kiosk" --data "$data" --now "$now" --demo --windowed 1920x1080 --screen welcome --screenshot "$data/start.png" 2>/dev/null
cd "$data"
"$kiosk" --data "$data" --now "$now" --lang fr --windowed 1920x1080 --script "$script"
"$check" "$data" "$last4" "$year" "$now"
