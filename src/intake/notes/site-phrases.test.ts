import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noteReader } from '../../testkit/note-findings.js';

// The built-in broad model as shipped: the rule reads its own vocabulary.
const found = noteReader(30, 'male');

test('a complaint with its site after it, a side between: read at the site', () => {
  assert.equal(found('Swelling of the right knee.').get('knee-swelling'), true);
  const both = found('Pain and swelling in the left knee.');
  assert.equal(both.get('knee-pain'), true);
  assert.equal(both.get('knee-swelling'), true);
  assert.equal(found('Weakness in the right arm.').get('arm-weakness'), true);
  assert.equal(found('Sudden severe pain in the left testicle.').get('pain-in-testicles'), true);
  assert.equal(found('Pain in the right thumb and wrist.').get('wrist-pain'), true);
});

test('complaint adjectives before a side and a site', () => {
  const f = found('Painful, swollen left ankle joint.');
  assert.equal(f.get('ankle-pain'), true);
  assert.equal(f.get('ankle-swelling'), true);
});

test('negation reaches every complaint of the phrase; a site the lexicon lacks leaves the words as before', () => {
  const f = found('No pain or swelling of the calf.');
  assert.equal(f.get('leg-pain'), false);
  assert.equal(f.get('leg-swelling'), false);
  assert.equal(found('Swelling of the zorblax.').get('skin-swelling'), true);
});

test('a report verb between complaint and site, and a part of the site before "of"', () => {
  assert.equal(found('Swelling noted over the left ankle.').get('ankle-swelling'), true);
  assert.equal(found('Mass noted at the apex of the right lung.').get('cxr-mass'), true);
  assert.equal(found('Pain at the base of the right thumb.').get('hand-or-finger-pain'), true);
  assert.equal(found('No swelling noted over the ankle.').get('ankle-swelling'), false);
  assert.equal(found('Mass at the apex of the zorblax.').has('cxr-mass'), false);
});

test('air in the mediastinum is not free intraperitoneal air', () => {
  const f = found('Chest X-ray: free mediastinal air.');
  assert.equal(f.get('imaging-pneumomediastinum'), true);
  assert.equal(f.has('imaging-free-air'), false);
});
