#!/bin/sh
# Staff journeys played through the real window with --script (staff.script), then the rows
# and the saved PDF checked.
# usage: staff_walkthrough.sh KIOSK DB_CHECK SCRIPT DATA_DIR
set -eu
kiosk=$1 dbcheck=$2 script=$3 data=$4
now=2026-11-25T10:30  # a Wednesday: "next week" is 2026-W49
rm -rf "$data"
mkdir -p "$data"
"$kiosk" --data "$data" --now "$now" --demo --windowed 1280x800 --screen welcome --screenshot "$data/start.png" 2>/dev/null
cd "$data"
"$kiosk" --data "$data" --now "$now" --lang fr --windowed 1280x800 --script "$script"
test -s "$data/print/programme-2026-W49.pdf" || { echo "FAIL next week's programme was not saved"; exit 1; }
echo "ok   next week's programme saved as a PDF"
"$dbcheck" "$data"
