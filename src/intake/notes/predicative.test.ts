import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noteReader } from '../../testkit/note-findings.js';

// The built-in broad model as shipped: the rule reads its own vocabulary.
const found = noteReader(40, 'female');

test('a body part with a linking verb and an adjective reads as the attributive term', () => {
  assert.equal(found('Her stools are black.').get('melena'), true);
  assert.equal(found('Her vision is blurry.').get('diminished-vision'), true);
  assert.equal(found('His skin appears yellow.').get('jaundice'), true);
  assert.equal(found('Her eyes are red.').get('eye-redness'), true);
  assert.equal(found('His neck is stiff.').get('neck-stiffness-or-tightness'), true);
});

test('a side before the body part, "has become", adverbs and a run of adjectives', () => {
  assert.equal(found('Her left knee has become swollen.').get('knee-swelling'), true);
  assert.equal(found('The knee is markedly swollen and warm.').get('knee-swelling'), true);
  const f = found('Her joints are painful and stiff.');
  assert.equal(f.get('joint-pain'), true);
  assert.equal(f.get('joint-stiffness-or-tightness'), true);
});

test('a negated predicate is not read by the rule; an unknown pair leaves the words as before', () => {
  assert.equal(found('Her stools are not black.').get('melena'), undefined);
  assert.equal(found('The abdomen is soft and nontender.').size, 0);
  assert.equal(found('The zorblax is swollen.').has('knee-swelling'), false);
});

test('context still applies to the whole statement', () => {
  assert.equal(found('She denies that her stools are black.').get('melena'), false);
});
