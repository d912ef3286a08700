#!/usr/bin/env bash
# poolscore.sh TREE [MODEL]: the read pool's counts, per part and pooled (README.md).
set -euo pipefail
. "$(dirname "$0")/env.sh"
cd "$1"; m=(); [ -n "${2:-}" ] && m=(--model "$2")
node --import tsx scripts/read-pool.ts "${m[@]}"
