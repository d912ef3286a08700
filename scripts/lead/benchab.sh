#!/usr/bin/env bash
# benchab.sh START END [N]: `bench deid --json` on nursing dev, START and END alternated N times (README.md).
set -euo pipefail
. "$(dirname "$0")/env.sh"
S=$1; E=$2; N=${3:-3}
for _ in $(seq 1 "$N"); do for t in "$S" "$E"; do
  r=$(cd "$t" && node --import tsx src/cli/run.ts bench deid --json 2>/dev/null | node -e 'let s="";process.stdin.on("data",(d)=>{s+=d;}).on("end",()=>{const j=JSON.parse(s);console.log(`notes/s ${j.notes_per_s} cpu ${j.notes_per_cpu_s} strict ${j.recall_strict} prec ${j.char_precision}`);})')
  echo "$(date +%T) load $(cut -d' ' -f1 /proc/loadavg) $(basename "$t") $r"; done; done
