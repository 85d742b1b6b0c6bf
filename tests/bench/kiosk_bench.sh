#!/usr/bin/env bash
# Kiosk figures under Xvfb, printed (nothing asserted):
#  - start to first rendered frame on a 100,000-person database (the kiosk logs it), and the
#    whole `--screen welcome --screenshot` run around it;
#  - CPU used by the idle windowed kiosk over 20 s.
# usage: tests/bench/kiosk_bench.sh BUILD_DIR   (e.g. build/release)
set -euo pipefail
build="${1:-build/release}"
kiosk="$build/ui/palier-kiosk"
palier="${PALIER_CLI:-$build/kiosk/palier}"
[ -x "$kiosk" ] || { echo "kiosk_bench: $kiosk not built"; exit 0; }
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

"$palier" --data "$work/big" demo --residents 100000 >/dev/null
xvfb() { xvfb-run -a -s "-screen 0 1920x1080x24" "$@"; }
start=$(date +%s%N)
xvfb "$kiosk" --data "$work/big" --screen welcome --screenshot "$work/first.png" >/dev/null 2>"$work/first.log" || true
end=$(date +%s%N)
first=$(grep -o 'first frame after [0-9]* ms' "$work/first.log" | head -1)
echo "kiosk on 100,000 people: ${first:-first frame not logged}; whole --screenshot run incl. Xvfb start: $(( (end - start) / 1000000 )) ms"

"$palier" --data "$work/idle" demo >/dev/null
xvfb "$kiosk" --data "$work/idle" --windowed 1280x800 >/dev/null 2>&1 &
# The kiosk process itself (xvfb-run's shell carries the same words in its command line).
for _ in $(seq 50); do pid=$(pgrep -n -x palier-kiosk || true); [ -n "$pid" ] && break; sleep 0.1; done
[ -n "${pid:-}" ] || { echo "kiosk_bench: the kiosk did not start"; exit 0; }
sleep 5  # let start-up and the first frames pass
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
t0=$(ticks "$pid"); sleep 20; t1=$(ticks "$pid")
hz=$(getconf CLK_TCK)
awk -v d=$((t1 - t0)) -v hz="$hz" 'BEGIN { printf "kiosk: idle CPU over 20 s: %.2f %% of one core (%d ticks of 1/%d s)\n", 100 * d / (20 * hz), d, hz }'
