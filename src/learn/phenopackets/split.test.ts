import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FOLDS, inEvalPart, inTrainPart, overlaps, parseEvalPart, parseTrainPart, publicationOf, splitPartOf } from './split.js';
import { selectLines } from './select.js';

test('the publication is the PMID in the case id, else the cohort', () => {
  assert.equal(publicationOf('PMID_24573067_CASE_REPORT', 'AAGAB'), 'PMID:24573067');
  assert.equal(publicationOf('Family_3_II_1', 'FBN1'), 'cohort:FBN1');
  assert.equal(publicationOf('x'), 'case:x');
});

test('no publication is on two sides: train and evaluation parts are disjoint', () => {
  const pubs = Array.from({ length: 3000 }, (_, i) => `PMID:${1000 + i}`);
  let final = 0;
  for (const p of pubs) {
    if (splitPartOf(p).part === 'final') final++;
    for (let k = 0; k < FOLDS; k++) assert.ok(!(inTrainPart(p, `fold-${k}`) && inEvalPart(p, `fold-${k}`)));
    assert.ok(!(inTrainPart(p, 'dev') && inEvalPart(p, 'final')));
    assert.equal(inTrainPart(p, 'all'), true);
  }
  // About a third is the untouched part.
  assert.ok(final > 900 && final < 1100, String(final));
});

test('a model trained on a part overlaps only the parts it has seen', () => {
  assert.equal(overlaps('fold-2', 'fold-2'), false);
  assert.equal(overlaps('fold-2', 'fold-1'), true);
  assert.equal(overlaps('dev', 'final'), false);
  assert.equal(overlaps('all', 'final'), true);
  assert.equal(parseTrainPart('fold-9'), undefined);
  assert.equal(parseEvalPart('final'), 'final');
});

test('selectLines keeps the lines of one part, and lines without a readable id for the runner to report', () => {
  const lines = ['{"id":"PMID_1_a"}', '{"id":"PMID_2_b"}', 'not json', '{"x":1}'];
  const out = selectLines(lines.join('\n'), 'final').split('\n').filter(Boolean);
  assert.ok(out.includes('not json') && out.includes('{"x":1}'));
  for (const l of out.filter((x) => x.startsWith('{"id"'))) assert.equal(splitPartOf(publicationOf((JSON.parse(l) as { id: string }).id)).part, 'final');
});
