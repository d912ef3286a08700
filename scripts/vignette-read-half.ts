/**
 * The read half of the free-text MedQA vignettes, run case by case, for the dev tools that study its misses
 * (vignette-failures-free.ts, vignette-unread.ts): one place loads the model, lexicon and truth codes, keeps
 * only read-half rows (the score half is never read), and ranks the gold the way the bench judges it.
 * Options every such tool takes: --cases file, --model file, --quiet.
 */
import { readFileSync } from 'node:fs';
import { compileModel } from '../src/core/compile.js';
import type { KnowledgeModel } from '../src/core/model.js';
import { buildLexicon } from '../src/intake/notes/index.js';
import { readModelArtifact } from '../src/learn/artifact.js';
import { acceptedConditions, runFreeTextCase, truthOf, type VignetteOutcome } from '../src/bench/vignettes/run.js';
import { halfOf } from '../src/bench/vignettes/split.js';
import { truthResolver } from '../src/bench/vignettes/truth-codes.js';
import { readOntologies } from '../src/learn/primary-care/ontologies.js';

export interface ReadHalfCase {
  /** 1-based position among the read-half rows (printed as #idx). */
  readonly idx: number;
  readonly raw: unknown;
  readonly o: VignetteOutcome;
  /** Position of the first condition the judge accepts for the gold, or -1. */
  readonly rank: number;
}

const arg = (name: string, dflt: string): string => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1]! : dflt; };

/** Load the model and the read half named by the command line; `cases` runs them lazily, one at a time. */
export function readHalfFreeText(): { model: KnowledgeModel; quiet: boolean; cases: () => Generator<ReadHalfCase> } {
  const data = process.env['DDX_DATA'] ?? '../shared/data';
  const casesFile = arg('--cases', `${data}/cases/medqa-dev-diagnosis.jsonl`);
  const model = readModelArtifact(arg('--model', 'models/primary-care.json'));
  const cm = compileModel(model);
  const lex = buildLexicon(model);
  const truthCodes = truthResolver(readOntologies(data));
  const rows = readFileSync(casesFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as unknown).filter((r) => halfOf(r) === 'read');
  function* cases(): Generator<ReadHalfCase> {
    let idx = 0;
    for (const raw of rows) {
      idx++;
      const o = runFreeTextCase(model, cm, lex, raw, { truthCodes });
      if (!o) continue;
      const truth = truthOf(o.diagnosis, { truthCodes });
      yield { idx, raw, o, rank: ((ok) => o.order.findIndex((ci) => ok.has(ci)))(acceptedConditions(model, truth)) };
    }
  }
  return { model, quiet: process.argv.includes('--quiet'), cases };
}
