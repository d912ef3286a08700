#!/usr/bin/env bash
# deidscore.sh TREE SET...: aggregate scores of a tree's detector on $DDX_LEAD_DIR/data/<SET>.jsonl (README.md).
set -euo pipefail
. "$(dirname "$0")/env.sh"
T=$1; shift; cd "$T"; files=(); for s in "$@"; do files+=("$DDX_LEAD_DIR/data/$s.jsonl"); done
lex=(); [ -n "${LEX:-}" ] && lex=(--lexicons "$DDX_DATA/deid/lexicons")
node --import tsx scripts/deid-sets.ts "${lex[@]}" --agg "${files[@]}"
