#!/usr/bin/env bash
# Builds the letters gold sets of a tree's author scripts into $DDX_LEAD_DIR/data (README.md). FORCE=1 rebuilds.
set -euo pipefail
. "$(dirname "$0")/env.sh"
T=${1:-$(cd "$(dirname "$0")/../.." && pwd)}; cd "$T"; D=$DDX_LEAD_DIR/data; mkdir -p "$D"
for f in scripts/deid-ood-letters[0-9]*.ts; do n=${f#scripts/deid-ood-letters}; n=${n%.ts}
  o=$D/l$n.jsonl; [ "$n" = 39 ] && o=$D/letters39.jsonl  # l39.jsonl is the letters3-9 aggregate
  [ -s "$o" ] && [ -z "${FORCE:-}" ] && continue
  node --import tsx "$f" >/dev/null && cp "/tmp/deid-ood-letters$n.jsonl" "$o"; done
cat "$D"/l{3,4,5,6,7,8,9}.jsonl > "$D/l39.jsonl"
