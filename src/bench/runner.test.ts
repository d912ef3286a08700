import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBench } from './runner.js';
import { paretoFrontier, summariseStatic } from './report.js';

const suite = { module: new URL('../testkit/runner-test-suite.ts', import.meta.url).href, options: {} };
const text = ['{"id":"a","answer":"yes"}', 'not json', '{"answer":"yes"}', '', '{"id":"b","answer":"no"}'].join('\n');

test('malformed lines are skipped with their line numbers and the run goes on', async () => {
  const out = mkdtempSync(join(tmpdir(), 'ddx-runner-'));
  const run = await runBench({ suite, casesText: text, outDir: out, cacheKey: 'k1', workers: 2 });
  assert.deepEqual(run.skipped.map((s) => s.line), [2, 3]);
  assert.equal(run.skipped[1]!.issues[0]!.path, 'line 3: $.id');
  assert.deepEqual(run.outcomes.map((o) => o.caseId), ['a', 'b']);
  const s = summariseStatic(run);
  assert.equal(s['skipped'], 2);
  assert.equal(s['top1'], 0.5);
  // Model loading is timed apart from ranking: inside the run, and the ranking rate leaves it out.
  assert.ok(run.loadSeconds > 0 && run.loadSeconds <= run.seconds);
  assert.ok((s['ranking_cases_per_s'] as number) >= (s['cases_per_s'] as number));
  // A second run with the same key resumes from the cache.
  const again = await runBench({ suite, casesText: text, outDir: out, cacheKey: 'k1', workers: 2 });
  assert.equal(again.fromCache, 2);
  // Both good cases came from the cache (only the malformed lines went to a worker again): none counts as ranked.
  assert.equal(summariseStatic(again)['ranking_cases_per_s'], 0);
  assert.deepEqual(again.outcomes.map((o) => o.caseId), ['a', 'b']);
});

test('Pareto frontier keeps only undominated points', () => {
  const pts = [{ mean_cost: 0, accuracy: 0.3 }, { mean_cost: 100, accuracy: 0.2 }, { mean_cost: 200, accuracy: 0.7 }, { mean_cost: 5000, accuracy: 0.7 }];
  assert.deepEqual(paretoFrontier(pts), [pts[0], pts[2]]);
});
