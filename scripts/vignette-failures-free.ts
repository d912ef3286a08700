/**
 * Free-text vignette failure analysis (dev tool, not a benchmark), READ HALF ONLY: per MedQA case of
 * the read half (src/bench/vignettes/split.ts), the gold diagnosis, its rank, the top 5, the findings
 * read with their log LR for the true condition, and a rough cause per top-5 miss:
 *   not-covered     no model condition matches the diagnosis (judge with vocabulary codes);
 *   not-recognised  the true condition gets <= 1 supporting finding from the text;
 *   likelihoods     it gets >= 2 supporting findings but still ranks below 5.
 * Score-half cases are counted in no line and never printed.
 * Usage: node --import tsx scripts/vignette-failures-free.ts [--cases file] [--model file] [--quiet]
 */
import { readFileSync } from 'node:fs';
import { compileModel } from '../src/core/compile.js';
import { buildLexicon } from '../src/intake/notes/index.js';
import { readModelArtifact } from '../src/learn/artifact.js';
import { isCorrect, judge } from '../src/bench/judge.js';
import { judged, runFreeTextCase, truthOf } from '../src/bench/vignettes/run.js';
import { halfOf } from '../src/bench/vignettes/split.js';
import { truthResolver } from '../src/bench/vignettes/truth-codes.js';
import { readOntologies } from '../src/learn/primary-care/ontologies.js';
import { missCause, printCase, printCauses, printTrueLists } from './vignette-miss.js';

const arg = (name: string, dflt: string): string => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1]! : dflt; };
const data = process.env['DDX_DATA'] ?? '../shared/data';
const casesFile = arg('--cases', `${data}/cases/medqa-dev-diagnosis.jsonl`);
const model = readModelArtifact(arg('--model', 'models/primary-care.json'));
const quiet = process.argv.includes('--quiet');
const cm = compileModel(model);
const lex = buildLexicon(model);
const truthCodes = truthResolver(readOntologies(data));
const rows = readFileSync(casesFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as unknown).filter((r) => halfOf(r) === 'read');

const causes = new Map<string, string[]>();
const add = (k: string, what: string): void => { causes.set(k, [...(causes.get(k) ?? []), what]); };
let idx = 0;
for (const raw of rows) {
  idx++;
  const o = runFreeTextCase(model, cm, lex, raw, { truthCodes });
  if (!o) continue;
  const truth = truthOf(o.diagnosis, { truthCodes });
  const rank = o.order.findIndex((ci) => isCorrect(judge(judged(model, ci), truth)));
  const trueCi = rank >= 0 ? o.order[rank]! : -1;
  const trueId = trueCi >= 0 ? model.conditions[trueCi]!.id : '';
  const support = trueId ? o.known.filter((x) => 'present' in x && x.present && (model.likelihoods[x.id]?.[trueId] !== undefined)) : [];
  const cause = missCause(rank, support.length);
  add(cause, `#${idx} ${o.diagnosis}${rank >= 0 ? ` (rank ${rank + 1})` : ''}`);
  if (quiet) continue;
  printCase(model, idx, o, cause, rank, trueId);
  printTrueLists(model, trueId);
  if (process.argv.includes('--text')) console.log(`  TEXT: ${(raw as { question: string }).question}`);
}
printCauses('causes of top-5 misses (read half)', causes, quiet);
