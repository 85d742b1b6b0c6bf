#!/bin/sh
# A visit played through the real window with --script, then the rows it leaves checked.
# usage: walkthrough.sh KIOSK DB_CHECK SCRIPT DATA_DIR [WIDTHxHEIGHT [CHECK [ARG]]]
# CHECK and ARG go to palier_e2e_db_check (default: "visit Léa", the first-visit script).
set -eu
kiosk=$1 dbcheck=$2 script=$3 data=$4 size=${5:-1920x1080}
shift 4
[ $# -gt 0 ] && shift
[ $# -gt 0 ] || set -- visit "Léa"
now=2026-11-25T10:30  # a fixed moment: the run never straddles midnight or depends on the day
rm -rf "$data"
mkdir -p "$data"
"$kiosk" --data "$data" --now "$now" --demo --windowed "$size" --screen welcome --screenshot "$data/start.png" 2>/dev/null
cd "$data"
"$kiosk" --data "$data" --now "$now" --lang fr --windowed "$size" --script "$script"
"$dbcheck" "$data" "${now%%T*}" "$@"
