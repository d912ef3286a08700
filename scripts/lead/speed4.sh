#!/usr/bin/env bash
# speed4.sh MERGED START CONTROL [N]: speed gate v4, N alternated pairs (README.md). CONTROL is a second copy of START;
# its first run includes the copy's first load, so run one more control pair when that first ratio stands out.
set -euo pipefail
. "$(dirname "$0")/env.sh"
M=$1; S=$2; C=$3; N=${4:-4}; cd "$(dirname "$0")/../.."
for i in $(seq 1 "$N"); do
  echo "pair $i merged $(date +%T) load $(cut -d' ' -f1 /proc/loadavg)"; node --import tsx scripts/deid-speed-ab.ts "$S" "$M" --rounds 6 | tail -1
  echo "pair $i control $(date +%T) load $(cut -d' ' -f1 /proc/loadavg)"; node --import tsx scripts/deid-speed-ab.ts "$S" "$C" --rounds 6 | tail -1
done
