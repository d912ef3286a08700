import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeModel } from '../../testkit/model-fixture.js';
import type { FindingDef } from '../../core/model.js';
import { buildLexicon, extractFindings } from './index.js';

// Synthetic findings shaped like SymCat's and HPO's (not clinical knowledge): a finding whose vocabulary meets one of
// our synonym groups through a form that is another finding's label, and three findings whose labels sit in one group.
const extra: FindingDef[] = [
  { id: 'palpitations', name: 'palpitations', kind: 'symptom', valueType: 'binary', leak: 0.05 },
  { id: 'tachycardia', name: 'tachycardia', synonyms: ['heart racing'], kind: 'sign', valueType: 'binary', leak: 0.05 },
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

test("a group form that is one finding's own label does not reach another finding through the group", () => {
  assert.deepEqual(read('He reports palpitations.'), ['palpitations']);
  // A group form that is nobody's label still reaches both, and the model's own synonym still reads.
  assert.deepEqual(read('He reports a pounding heart.'), ['palpitations', 'tachycardia']);
  assert.deepEqual(read('He reports heart racing.'), ['palpitations', 'tachycardia']);
});

test('a synonym group holding the labels of several findings is not used: a bare edema reads through the model only', () => {
  assert.deepEqual(read('There is edema.'), ['peripheral-edema']);
  assert.deepEqual(read('There is ankle swelling.'), ['ankle-swelling']);
  // The model's own synonym is kept as the model has it.
  assert.deepEqual(read('There is leg swelling.'), ['leg-swelling', 'peripheral-edema']);
});
