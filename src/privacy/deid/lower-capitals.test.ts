/**
 * Capitals in a note written in lower case (lower-capitals.ts): a title-case word inside a clause is a name or a place
 * when a name list holds it or no dictionary does, two together whatever they are; openings, clinical and function
 * words, and mixed-case text are left. Every name here is invented for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getDefaultLexicon } from './lexicon.js';
import { caseMode } from './letter-case.js';
import { detectLowerCaseCapitals } from './lower-capitals.js';

const FILL = ' pt resting comfortably overnight, vs stable, no complaints of pain, family aware of plan and will call in am.';
function found(text: string): string[] {
  const out: string[] = [];
  detectLowerCaseCapitals(text, getDefaultLexicon(), (s, e, t) => out.push(`${text.slice(s, e)}:${t}`), caseMode(text));
  return out;
}

test('a capitalised name or place inside a clause of a lower-case note is found', () => {
  assert.deepEqual(found(`social- son in all day, supportive to pt, Quennick.${FILL}`), ['Quennick:NAME']);
  assert.deepEqual(found(`social: pt's dtr-in-law Marvella Ostrom was in to visit last noc.${FILL}`), ['Marvella Ostrom:NAME']);
  assert.deepEqual(found(`daughter flying in tomorrow from Brelsford.${FILL}`), ['Brelsford:LOCATION']);
});

test('openings, clinical and function words, English words in no name list, and mixed-case notes are left', () => {
  // The refusals are tested in lower-case notes, where the rule runs (else they would pass for the mode alone).
  for (const t of ['neuro: Asleep on propofol, perrla.', 'resp care\nRemains vented on ac.', 'k repleted, evening Ca 8.1, Lasix given.']) {
    assert.equal(caseMode(`${t}${FILL}`), 'lower', t);
  }
  assert.deepEqual(found(`neuro: Asleep on propofol, perrla.${FILL}`), []);
  assert.deepEqual(found(`resp care\nRemains vented on ac.${FILL}`), []);
  assert.deepEqual(found(`vent settings unchanged, Monitor hr and rhythm.${FILL}`), []);
  assert.deepEqual(found(`k repleted, evening Ca 8.1, Lasix given.${FILL}`), []);
  assert.deepEqual(found('Social: son in all day, supportive to pt, Quennick. Family aware of plan.'), []);
});
