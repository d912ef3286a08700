/**
 * Which read findings the gold condition does not list (dev tool, not a benchmark), READ HALF ONLY: for each
 * covered MedQA case of the read half (src/bench/vignettes/split.ts), the present findings the notes reader
 * gave that the gold condition has no likelihood for (they count at leak level for it and for every other
 * condition that lists them), by finding kind, with the log LR they give the top-ranked condition; then the
 * tally listed / unlisted per kind and the findings most often unlisted. Score-half cases are never printed.
 * Usage: node --import tsx scripts/vignette-unlisted.ts [--cases file] [--model file] [--quiet]
 */
import { readHalfFreeText } from './vignette-read-half.js';
import { logLr } from './vignette-miss.js';

const { model, quiet, cases } = readHalfFreeText();
const kind = new Map(model.findings.map((f) => [f.id, f.id.startsWith('hp-') ? 'hpo' : f.kind]));
const tally = new Map<string, [number, number]>();
const unlisted = new Map<string, number>();
for (const { idx, o, rank } of cases()) {
  if (rank < 0) continue;
  const trueId = model.conditions[o.order[rank]!]!.id;
  const top = model.conditions[o.order[0]!]!.id;
  const rows: string[] = [];
  for (const x of o.known) {
    if (!('present' in x) || !x.present) continue;
    const k = kind.get(x.id) ?? '?';
    const listed = model.likelihoods[x.id]?.[trueId] !== undefined;
    const t = tally.get(k) ?? [0, 0];
    t[listed ? 0 : 1]++;
    tally.set(k, t);
    if (!listed) {
      unlisted.set(x.id, (unlisted.get(x.id) ?? 0) + 1);
      rows.push(`${x.id}[${k}] top:${logLr(model, x.id, true, top).toFixed(1)}`);
    }
  }
  if (!quiet) console.log(`#${idx} ${o.diagnosis} rank ${rank + 1} (${trueId}) unlisted: ${rows.join(', ')}`);
}
console.log(`listed / unlisted by kind: ${[...tally].map(([k, [a, b]]) => `${k} ${a}/${b}`).join(', ')}`);
console.log(`most often unlisted: ${[...unlisted].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([f, n]) => `${f} ${n}`).join(', ')}`);
