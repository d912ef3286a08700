/**
 * Vignette failure analysis (dev tool, not a benchmark): per case, the true diagnosis, whether the model
 * covers it, its rank, the top 5, the findings the notes pipeline extracted, the symptom texts it did
 * not recognise and what the work-up ordered; then a rough cause for each miss at top 5:
 *   not-covered     no model condition matches the diagnosis (judge);
 *   not-recognised  the true condition gets <= 1 supporting finding from the text;
 *   likelihoods     it gets >= 2 supporting findings but still ranks below 5;
 * Usage: node --import tsx scripts/vignette-failures.ts [--cases file] [--model file] [--quiet] [--mode m]
 */
import { readFileSync } from 'node:fs';
import { compileModel } from '../src/core/compile.js';
import { buildLexicon, extractFindings } from '../src/intake/notes/index.js';
import { readModelArtifact } from '../src/learn/artifact.js';
import { acceptedConditions, flatten, runVignetteCase } from '../src/bench/vignettes/run.js';
import type { Mode } from '../src/core/next-action.js';
import { missCause, printCase, printCauses, printTrueLists } from './vignette-miss.js';

const arg = (name: string, dflt: string): string => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1]! : dflt; };
const casesFile = arg('--cases', `${process.env['DDX_DATA'] ?? '../shared/data'}/cases/osce-medqa-dev.jsonl`);
const model = readModelArtifact(arg('--model', 'models/primary-care.json'));
const quiet = process.argv.includes('--quiet');
const mode = arg('--mode', 'budgeted') as Mode;
const cm = compileModel(model);
const lex = buildLexicon(model);
const rows = readFileSync(casesFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as unknown);

const causes = new Map<string, string[]>();
const add = (k: string, what: string): void => { causes.set(k, [...(causes.get(k) ?? []), what]); };
let idx = 0;
for (const raw of rows) {
  idx++;
  const o = runVignetteCase(model, cm, lex, raw, { mode });
  if (!o) continue;
  const truth = { name: o.diagnosis };
  const ok = acceptedConditions(model, truth);
  const rank = o.order.findIndex((ci) => ok.has(ci));
  const trueCi = rank >= 0 ? o.order[rank]! : -1;
  const trueId = trueCi >= 0 ? model.conditions[trueCi]!.id : '';
  const osce = (raw as Record<string, Record<string, Record<string, unknown>>>)['OSCE_Examination']!;
  const sym = osce['Patient_Actor']?.['Symptoms'] as Record<string, unknown> | undefined;
  const texts = [...flatten(sym?.['Primary_Symptom']), ...flatten(sym?.['Secondary_Symptoms'])];
  const unrec = texts.filter((t) => { const r = extractFindings(t, lex); return !r.ok || r.value.findings.length === 0; });
  const support = trueId ? o.known.filter((x) => 'present' in x && x.present && (model.likelihoods[x.id]?.[trueId] !== undefined)) : [];
  const cause = missCause(rank, support.length);
  add(cause, `#${idx} ${o.diagnosis}`);
  if (quiet) continue;
  printCase(model, idx, o, cause, rank, trueId);
  if (unrec.length) console.log(`  unrecognised symptoms: ${unrec.join(' | ')}`);
  console.log(`  hidden: +${o.hiddenRecord.present.map((x) => x.id).join(',')}  -${o.hiddenRecord.absent.map((x) => x.id).join(',')}`);
  console.log(`  actions ($${o.spentUsd.toFixed(0)}): ${o.actionsTaken.join(', ')}`);
  printTrueLists(model, trueId);
}
printCauses('causes of top-5 misses', causes, quiet);
