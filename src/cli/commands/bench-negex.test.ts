import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../testkit/cli-capture.js';

const dir = mkdtempSync(join(tmpdir(), 'ddx-negex-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const r = await runCli(argv);
  return { code: r.code, out: r.stdout, err: r.stderr };
}

// Synthetic rows in the NegEx test-set layout (written for this test).
const TSV = [
  'Report No.\tConcept\tSentence\tNegation',
  '1\tfever\tShe denies FEVER or chills.\tNegated',
  '1\tchills\t"She denies fever or CHILLS."\tNegated',
  '2\tcough\tHe has a COUGH but no fever.\tAffirmed',
  '2\tpleural   effusion\tNo change in the PLEURAL EFFUSION.\tAffirmed',
  '3\trash\tRASH was not seen.\tNegated',
].join('\n');

test('ddx bench negex prints one JSON object with the agreed keys', async () => {
  const path = join(dir, 'a.tsv');
  writeFileSync(path, TSV);
  const r = await run(['bench', 'negex', '--annotations', path, '--json', '--repeat', '1']);
  assert.equal(r.code, 0, r.err);
  const j = JSON.parse(r.out) as Record<string, number>;
  for (const k of ['sentences', 'accuracy', 'negated_precision', 'negated_recall', 'negated_f1', 'sentences_per_s']) assert.equal(typeof j[k], 'number', k);
  assert.equal(j['sentences'], 5);
  assert.equal(j['accuracy'], 1);
  assert.equal(r.out.trim().split('\n').length, 1);
});

test('a malformed annotations file exits 2 naming the line', async () => {
  const path = join(dir, 'bad.tsv');
  writeFileSync(path, `${TSV}\n4\tfever\tNo fever.\tMaybe\n5\tonly two`);
  const r = await run(['bench', 'negex', '--annotations', path]);
  assert.equal(r.code, 2);
  assert.match(r.err, /line 7: status must be Negated or Affirmed/);
  assert.match(r.err, /line 8: expected 4 tab-separated columns/);
});

test('a missing annotations file exits 2', async () => {
  const r = await run(['bench', 'negex', '--annotations', join(dir, 'none.tsv')]);
  assert.equal(r.code, 2);
});
