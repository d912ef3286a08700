import { readHalfFreeText } from '../scripts/vignette-read-half.js';
import { logLr } from '../scripts/vignette-miss.js';
const { model, cases } = readHalfFreeText();
const kind = new Map(model.findings.map((f) => [f.id, f.id.startsWith('hp-') ? 'hpo' : f.kind]));
const tally = new Map<string, [number, number]>();
const unl = new Map<string, number>();
for (const { idx, o, rank } of cases()) {
  if (rank < 0) continue;
  const trueId = model.conditions[o.order[rank]!]!.id;
  const top = model.conditions[o.order[0]!]!.id;
  const rows: string[] = [];
  for (const x of o.known) {
    if (!('present' in x) || !x.present) continue;
    const k = kind.get(x.id) ?? '?';
    const listed = model.likelihoods[x.id]?.[trueId] !== undefined;
    const t = tally.get(k) ?? [0, 0]; t[listed ? 0 : 1]++; tally.set(k, t);
    if (!listed) { unl.set(x.id, (unl.get(x.id) ?? 0) + 1); rows.push(`${x.id}[${k}] top:${logLr(model, x.id, true, top).toFixed(1)}`); }
  }
  console.log(`#${idx} ${o.diagnosis} rank ${rank + 1} (${trueId}) unlisted: ${rows.join(', ')}`);
}
console.log('kind listed/unlisted', [...tally]);
console.log([...unl].sort((a, b) => b[1] - a[1]).slice(0, 40));
