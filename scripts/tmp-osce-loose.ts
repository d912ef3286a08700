import { readFileSync } from 'node:fs';
import { buildLexicon, extractFindings } from '../src/intake/notes/index.js';
import { readModelArtifact } from '../src/learn/artifact.js';
import { flatten } from '../src/bench/vignettes/run.js';
import { halfOf } from '../src/bench/vignettes/split.js';
const model = readModelArtifact('models/primary-care.json');
const lex = buildLexicon(model);
const rows = readFileSync('/work/shared/data/cases/osce-medqa-dev.jsonl', 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>).filter((r) => halfOf(r) === 'read');
const want = new Set(process.argv.slice(2).map(Number));
let i = 0;
for (const raw of rows) {
  i++;
  if (want.size && !want.has(i)) continue;
  const osce = raw['OSCE_Examination'] as Record<string, unknown>;
  for (const part of ['Patient_Actor', 'Physical_Examination_Findings', 'Test_Results']) {
    const text = flatten(osce[part]).join('.\n');
    process.env['NO_LOOSE'] = '1';
    const off = extractFindings(text, lex, {});
    delete process.env['NO_LOOSE'];
    const on = extractFindings(text, lex, {});
    if (!off.ok || !on.ok) continue;
    const offIds = new Set(off.value.mentions.map((m) => m.findingId));
    for (const m of on.value.mentions) if (!offIds.has(m.findingId)) console.log(`${i} ${part}: ${m.findingId}${m.negated ? ' NEG' : ''}${m.historical ? ' HIST' : ''} <- "${m.text}" [${m.term}]`);
  }
}
