/**
 * DO_RARE_XREFS (docs/sessions/15-profiles.md): HPO annotations reached through the Disease Ontology's own
 * OMIM/Orphanet cross-references. Measured (no read-half or DDXPlus gain), so off in the shipped build.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DO_RARE_XREFS, rareLinks } from './build.js';
import { DOID_SYSTEM, parseDoid } from './ontologies.js';

const DO = 'format-version: 1.2\n\n[Term]\nid: DOID:1\nname: achalasia\nxref: OMIM:200400\nxref: ORDO:930\nxref: ICD10CM:K22.0\n\n[Term]\nid: DOID:2\nname: asthma\nxref: OMIM:600807\n';

test('DO cross-references as a phenotype source are off in the shipped build (measured: no gain on the three gates)', () => {
  assert.equal(DO_RARE_XREFS.on, false);
});

test('parseDoid reads OMIM and Orphanet cross-references as HPO writes them', () => {
  const d = parseDoid(DO);
  assert.deepEqual(d.find((t) => t.id === 'DOID:1')!.rare, ['OMIM:200400', 'ORPHA:930']);
  assert.deepEqual(d.find((t) => t.id === 'DOID:1')!.icd10, ['K22.0']);
});

test('rareLinks takes MONDO exact matches only, and DO cross-references only when asked', () => {
  const onto = { doid: parseDoid(DO), mondo: [{ id: 'MONDO:1', label: 'achalasia', doid: ['DOID:1'], icd10: [], synonyms: [], rare: ['ORPHA:930'] }] };
  const links = new Map([
    ['achalasia', { synonyms: [], codes: [{ system: DOID_SYSTEM, code: 'DOID:1' }] }],
    ['asthma', { synonyms: [], codes: [{ system: DOID_SYSTEM, code: 'DOID:2' }] }],
  ]);
  assert.deepEqual([...rareLinks(links, onto)], [['achalasia', ['ORPHA:930']]]);
  assert.deepEqual([...rareLinks(links, onto, true)], [['achalasia', ['OMIM:200400', 'ORPHA:930']], ['asthma', ['OMIM:600807']]]);
});
