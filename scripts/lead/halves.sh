#!/usr/bin/env bash
# halves.sh TREE [MODEL]: the MedQA and OSCE score halves pooled, aggregate only (README.md).
set -euo pipefail
. "$(dirname "$0")/env.sh"
cd "$1"; m=(); [ -n "${2:-}" ] && m=(--model "$2")
node --import tsx scripts/read-pool.ts "${m[@]}" --halves
