// OSCE READ half: per case rank and loose reads (diagnosis only).
import { readFileSync } from 'node:fs';
import { compileModel } from '../src/core/compile.js';
import { buildLexicon, extractFindings } from '../src/intake/notes/index.js';
import { readModelArtifact } from '../src/learn/artifact.js';
import { isCorrect, judge } from '../src/bench/judge.js';
import { judged, runVignetteCase, truthOf, flatten } from '../src/bench/vignettes/run.js';
import { halfOf } from '../src/bench/vignettes/split.js';
import { truthResolver } from '../src/bench/vignettes/truth-codes.js';
import { readOntologies } from '../src/learn/primary-care/ontologies.js';
const data = '/work/shared/data';
const model = readModelArtifact('models/primary-care.json');
const cm = compileModel(model); const lex = buildLexicon(model);
const truthCodes = truthResolver(readOntologies(data));
const rows = readFileSync(`${data}/cases/osce-medqa-dev.jsonl`, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>).filter((r) => halfOf(r) === (process.env['HALF'] ?? 'read'));
let i = 0;
for (const raw of rows) {
  i++;
  const o = runVignetteCase(model, cm, lex, raw, { truthCodes });
  if (!o) continue;
  const truth = truthOf(o.diagnosis, { truthCodes });
  const rank = o.order.findIndex((ci) => isCorrect(judge(judged(model, ci), truth)));
  const text = flatten(raw['OSCE_Examination']).join('.\n');
  const r = extractFindings(text, lex, {});
  const loose = r.ok ? r.value.mentions.filter((m) => m.span.end - m.span.start > 0 && !m.text.toLowerCase().includes(m.term.toLowerCase()) && m.term.split(' ').length >= 2).map((m) => `${m.findingId}${m.negated ? '(neg)' : ''}<-"${m.text}"`) : [];
  console.log(`${i}\t${rank + 1}\t${o.diagnosis}\t${process.env['NO_LOOSE'] ? '' : loose.join(' ; ')}`);
}
