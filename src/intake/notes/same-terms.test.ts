import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FindingDef } from '../../core/model.js';
import { buildLexicon, extractFindings } from './index.js';
import { SAME_TERMS_SYSTEM, absorbedTerms, connectedSharers, sharedTermSets, synonymTermSets } from './same-terms.js';

const knee: FindingDef = { id: 'knee-wobble', name: 'knee wobble', synonyms: ['wobbly knees'], kind: 'symptom', valueType: 'binary', leak: 0.01 };
const shin: FindingDef = { id: 'shin-wobble', name: 'shin wobble', synonyms: ['knee wobble'], kind: 'symptom', valueType: 'binary', leak: 0.02 };
const cough: FindingDef = { id: 'cough', name: 'cough', kind: 'symptom', valueType: 'binary', leak: 0.05 };

function ids(findings: readonly FindingDef[], text: string): string[] {
  const r = extractFindings(text, buildLexicon({ id: 't', version: '1', findings }));
  assert.equal(r.ok, true);
  return r.ok ? [...new Set(r.value.mentions.map((m) => m.findingId))].sort() : [];
}

test('a term two binary findings share is found, grouped by the findings sharing it', () => {
  const sets = sharedTermSets([knee, shin, cough]);
  assert.deepEqual([...sets.keys()], ['knee-wobble shin-wobble']);
  assert.deepEqual([...sets.get('knee-wobble shin-wobble')!.values()], ['knee wobble']);
});

test('without a shared-terms finding, one phrase is read as every finding that has it', () => {
  assert.deepEqual(ids([knee, shin, cough], 'Knee wobble and cough.'), ['cough', 'knee-wobble', 'shin-wobble']);
});

test('with a shared-terms finding, its terms are read as it alone; the members keep their own terms', () => {
  const same: FindingDef = { id: 'same:knee-wobble+shin-wobble', name: 'knee wobble', kind: 'symptom', valueType: 'binary', leak: 0.02, codes: [{ system: SAME_TERMS_SYSTEM, code: 'knee-wobble' }, { system: SAME_TERMS_SYSTEM, code: 'shin-wobble' }] };
  const findings = [knee, shin, cough, same];
  assert.deepEqual([...absorbedTerms(findings)].sort(), ['knee wobble|knee-wobble', 'knee wobble|shin-wobble']);
  assert.deepEqual(ids(findings, 'Knee wobble.'), ['same:knee-wobble+shin-wobble']);
  assert.deepEqual(ids(findings, 'Shin wobble.'), ['shin-wobble']);
  assert.deepEqual(ids(findings, 'Wobbly knees.'), ['knee-wobble']);
  // A shared-terms finding is not itself counted as a sharer of its terms.
  assert.deepEqual([...sharedTermSets(findings).keys()], ['knee-wobble shin-wobble']);
});

test('findings sharing terms are joined into connected sets', () => {
  const sets = new Map([['a b', 1], ['b c', 1], ['d e', 1]]);
  assert.deepEqual(connectedSharers(sets), [['a', 'b', 'c'], ['d', 'e']]);
});

test('only connected sets whose members each name the others are true synonyms', () => {
  const mk = (id: string, name: string, synonyms: string[]): FindingDef => ({ id, name, synonyms, kind: 'symptom', valueType: 'binary', leak: 0.01 });
  // Each name is a term of the others (plural and case normalised as the reader does).
  const legs = [mk('leg-puff', 'leg puff', ['Ankle Puffs', 'puffy legs']), mk('ankle-puff', 'ankle puff', ['leg puffs', 'puffy legs'])];
  // A general word shared by two subtypes: neither subtype's name is a term of the other.
  const chest = [mk('tight-chest', 'tight chest', ['chest ache']), mk('sharp-chest', 'sharp chest', ['chest ache'])];
  // Two of three name each other, the third does not name them: the whole set stays apart.
  const arms = [mk('arm-a', 'arm lump', ['arm bump']), mk('arm-b', 'arm bump', ['arm lump', 'arm knot']), mk('arm-c', 'arm knot', [])];
  const { sets, passed } = synonymTermSets([...legs, ...chest, ...arms, cough]);
  assert.deepEqual(passed, [['ankle-puff', 'leg-puff']]);
  assert.deepEqual([...sets.keys()], ['ankle-puff leg-puff']);
});
