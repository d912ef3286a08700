import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeModel } from '../../testkit/model-fixture.js';
import type { FindingDef } from '../../core/model.js';
import { buildLexicon, extractFindings } from './index.js';

// Synthetic findings shaped like SymCat's and HPO's (not clinical knowledge): a lay finding that carries another
// finding's label as a synonym, and three findings whose labels sit in one of our synonym groups.
const extra: FindingDef[] = [
  { id: 'sweating', name: 'sweating', synonyms: ['night sweats', 'diaphoresis'], kind: 'symptom', valueType: 'binary', leak: 0.05 },
  { id: 'night-sweats', name: 'night sweats', kind: 'symptom', valueType: 'binary', leak: 0.05 },
  { id: 'leg-swelling', name: 'leg swelling', kind: 'sign', valueType: 'binary', leak: 0.05 },
  { id: 'ankle-swelling', name: 'ankle swelling', kind: 'sign', valueType: 'binary', leak: 0.05 },
  { id: 'peripheral-edema', name: 'peripheral edema', synonyms: ['edema', 'leg swelling'], kind: 'sign', valueType: 'binary', leak: 0.05 },
];
const base = makeModel();
const lexicon = buildLexicon(makeModel({ findings: [...base.findings, ...extra] }));

function read(text: string): string[] {
  const r = extractFindings(text, lexicon);
  assert.ok(r.ok);
  return [...new Set(r.value.mentions.map((m) => m.findingId))].sort();
}

test("a finding's own label reads as that finding only, not also as the finding that lists it as a synonym", () => {
  assert.deepEqual(read('He reports night sweats.'), ['night-sweats']);
  assert.deepEqual(read('He reports leg swelling.'), ['leg-swelling']);
  // The other finding's own synonyms still read it.
  assert.deepEqual(read('He is diaphoretic with diaphoresis.'), ['sweating']);
});

test('a synonym group holding the labels of several findings is not used: a bare edema reads through the model only', () => {
  assert.deepEqual(read('There is edema.'), ['peripheral-edema']);
  assert.deepEqual(read('There is ankle swelling.'), ['ankle-swelling']);
});
