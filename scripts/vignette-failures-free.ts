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
import { readHalfFreeText } from './vignette-read-half.js';
import { missCause, printCase, printCauses, printTrueLists } from './vignette-miss.js';

const { model, quiet, cases } = readHalfFreeText();

const causes = new Map<string, string[]>();
const add = (k: string, what: string): void => { causes.set(k, [...(causes.get(k) ?? []), what]); };
for (const { idx, raw, o, rank } of cases()) {
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
