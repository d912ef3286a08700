import assert from 'node:assert/strict';
import { test } from 'node:test';
import { organismEnd } from './organism-result.js';
import { noteReader } from '../../testkit/note-findings.js';

/** The organism read at the start of `text` (the whole text is the clause), or undefined. */
const organism = (text: string): string | undefined => {
  const end = organismEnd(text, 0, text.length);
  return end < 0 ? undefined : text.slice(0, end);
};

test('an organism is a binomial, an abbreviated binomial or a Gram-stain description, with up to two qualifiers', () => {
  assert.equal(organism('Fusobacterium necrophorum.'), 'Fusobacterium necrophorum');
  assert.equal(organism('non-typhoidal S. enterica, serogroup D'), 'non-typhoidal S. enterica');
  assert.equal(organism('E. coli in 2 of 2 sets'), 'E. coli');
  assert.equal(organism('anaerobic Gram-negative rods'), 'anaerobic Gram-negative');
  assert.equal(organism('methicillin-sensitive Staphylococcus aureus'), 'methicillin-sensitive Staphylococcus aureus');
  assert.equal(organism('Streptococcus pyogenes'), 'Streptococcus pyogenes');
});

test('report words, states, an organism not found and a non-Latin second word are no organism', () => {
  for (const text of ['Mixed growth', 'Normal flora', 'Skin flora', 'Coliform bacteria', 'pending, Mycoplasma pneumoniae serology sent',
    'no Staphylococcus aureus', 'S. aureus not isolated', 'Salmonella enterica was not isolated', 'Negative at 5 days',
    'Results awaited', 'Campylobacter and Shigella', 'Pending final report', 'Dr. smith']) {
    assert.equal(organism(text), undefined, text);
  }
  // The clause ends the organism: a binomial past it is not this result's.
  assert.equal(organismEnd('Staphylococcus aureus', 0, 10), -1);
});

test("a culture that names what grew is a positive culture; urine's colony count still decides (UK SMI; IDSA 2005)", () => {
  const found = noteReader(40, 'male');
  assert.equal(found('Blood cultures at 36 h: anaerobic Gram-negative rods, Fusobacterium necrophorum.').get('blood-culture-positive'), true);
  assert.equal(found('Blood cultures: Staphylococcus aureus in 2 of 2 sets.').get('blood-culture-positive'), true);
  assert.equal(found('Stool culture: non-typhoidal S. enterica; Campylobacter and Shigella not isolated.').get('stool-culture-positive'), true);
  assert.equal(found('Sputum culture: Staphylococcus aureus.').get('sputum-culture-positive'), true);
  // Refusals: flora, a state, an organism not isolated; a urine culture named without its count is not judged.
  assert.equal(found('Throat culture: normal flora.').get('throat-culture-positive'), false);
  assert.equal(found('Blood culture pending, Mycoplasma pneumoniae serology sent.').has('blood-culture-positive'), false);
  assert.equal(found('Stool culture: Salmonella enterica not isolated.').get('stool-culture-positive'), undefined);
  assert.equal(found('Urine culture: E. coli.').has('urine-culture-positive'), false);
});

test('nucleic-acid and immunoassay words stand between a test and its result; a toxin A/B assay is the C. difficile test (IDSA/SHEA 2017)', () => {
  const found = noteReader(30, 'female');
  assert.equal(found('PCR of ulcer swab: HSV-2 DNA detected, HSV-1 not detected.').get('hsv-pcr-positive'), true);
  assert.equal(found('Lyme ELISA positive.').get('lyme-serology-positive'), true);
  assert.equal(found('Stool GDH antigen positive, toxin A/B EIA positive.').get('c-diff-positive'), true);
  // Refusals: a GDH antigen alone is no toxin result (a discordant screen); another toxin is not C. difficile's.
  assert.equal(found('Stool GDH positive, toxin A/B negative.').get('c-diff-positive'), false);
  assert.equal(found('Pertussis toxin antibody positive.').has('c-diff-positive'), false);
});
