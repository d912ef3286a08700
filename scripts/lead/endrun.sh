#!/usr/bin/env bash
# endrun.sh TREE TAG [DEID_SETS] [NUMBER_SETS] [FRESH_FILES]: every end figure of a tree into $DDX_LEAD_DIR/out (README.md).
# Defaults name no set: e.g. endrun.sh /work/wt/fin42 fin42 "l39 l38 l37 letters39" "notes-untouched-39 notes-untouched-40" \
#   "src/bench/vignettes/fresh-medqa-style-35.jsonl src/bench/vignettes/fresh-medqa-style-36.jsonl"
set -uo pipefail
H=$(cd "$(dirname "$0")" && pwd); . "$H/env.sh"
T=$1; G=$2; O=$DDX_LEAD_DIR/out; mkdir -p "$O"; cd "$T"
# shellcheck disable=SC2086
[ -n "${3:-}" ] && { nice -n 5 "$H/deidscore.sh" "$T" $3 > "$O/$G-deid.txt" 2>&1; LEX=1 nice -n 5 "$H/deidscore.sh" "$T" $3 > "$O/$G-deidlex.txt" 2>&1; }
nice -n 5 node --import tsx scripts/deid-span-hash.ts "$DDX_DATA/deid/nursing-notes-dev.jsonl" > "$O/$G-hash.txt" 2>&1
nice -n 5 "$H/poolscore.sh" "$T" > "$O/$G-pool.txt" 2>&1
nice -n 5 node --import tsx scripts/notes-numbers-sets.ts > "$O/$G-numbers.txt" 2>&1
for s in ${4:-}; do nice -n 5 node --import tsx scripts/notes-numbers-sets.ts --files "$s" > "$O/$G-$s.txt" 2>&1; done
for f in ${5:-}; do nice -n 5 node --import tsx src/cli/run.ts bench vignettes --cases "$f" --json > "$O/$G-$(basename "$f" .jsonl).json" 2>&1; done
nice -n 5 node --import tsx src/cli/run.ts bench ddxplus-broad --json > "$O/$G-ddxb.json" 2>&1
nice -n 5 node --import tsx src/cli/run.ts bench negex --annotations "$DDX_DATA/negex/annotations-dev.tsv" --json > "$O/$G-negex.json" 2>&1
nice -n 5 "$H/halves.sh" "$T" > "$O/$G-halves.txt" 2>&1
echo done > "$O/$G-done"
