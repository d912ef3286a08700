import assert from 'node:assert/strict';
import { test } from 'node:test';
import { organismIndex, ORGANISM_SYSTEM } from './organism-names.js';
import { noteReader } from '../../testkit/note-findings.js';
import type { FindingDef } from '../../core/model.js';

const organismFinding = (id: string, code: string): FindingDef => ({ id, name: `${code} detected`, kind: 'lab', valueType: 'binary', leak: 0.03, codes: [{ system: ORGANISM_SYSTEM, code }] });

test('organism forms: a binomial by its genus, its full name and its abbreviated genus; a virus with and without "virus"', () => {
  const index = organismIndex([organismFinding('organism-toxoplasma-gondii', 'Toxoplasma gondii'), organismFinding('organism-dengue-virus', 'Dengue virus'), organismFinding('organism-babesia', 'Babesia')])!;
  assert.deepEqual(index.get('toxoplasma')?.map((o) => o.rest), [['gondii'], []]);
  assert.deepEqual(index.get('t')?.map((o) => [o.rest, o.capital]), [[['.', 'gondii'], true]]);
  assert.deepEqual(index.get('dengue')?.map((o) => o.rest), [['virus'], []]);
  assert.deepEqual(index.get('babesia')?.map((o) => o.findingIds), [['organism-babesia']]);
  // A genus alone is no abbreviation: "B. microti" names no organism of this index.
  assert.equal(index.get('b'), undefined);
  // A model without organism findings has no index.
  assert.equal(organismIndex([{ id: 'fever', name: 'fever', kind: 'sign', valueType: 'binary', leak: 0.05 }]), undefined);
});

test('a positive result that names an organism of the model reads its finding (broad model)', () => {
  const found = noteReader(40, 'female');
  assert.equal(found('Serum T. gondii IgM positive, IgG positive, IgG avidity low.').get('organism-toxoplasma-gondii'), true);
  assert.equal(found('Dengue NS1 antigen positive.').get('organism-dengue-virus'), true);
  assert.equal(found('Parvovirus B19 IgM positive, IgG negative.').get('organism-parvovirus-b19'), true);
  assert.equal(found('Skin biopsy PCR: R. rickettsii.').get('organism-rickettsia-rickettsii'), true);
  assert.equal(found('S. stercoralis IgG serology positive.').get('organism-strongyloides-stercoralis'), true);
  assert.equal(found('PCR positive for Toxoplasma gondii.').get('organism-toxoplasma-gondii'), true);
});

test('negative, pending and not-found results, and an organism with no test in its clause, read nothing', () => {
  const found = noteReader(40, 'female');
  for (const note of ['Dengue NS1 antigen and IgM negative.', 'Parvovirus B19 IgM negative, IgG positive.', 'T. gondii serology pending.',
    'PCR for T. gondii not detected.', 'Toxoplasma gondii IgM sent.', 'Lives with cats; worried about Toxoplasma gondii.',
    'Skin biopsy PCR: R. rickettsii negative.', 'Strongyloides serology requested, not yet positive.']) {
    assert.equal(found(note).get('organism-toxoplasma-gondii') ?? found(note).get('organism-dengue-virus') ?? found(note).get('organism-parvovirus-b19')
      ?? found(note).get('organism-rickettsia-rickettsii') ?? found(note).get('organism-strongyloides') ?? found(note).get('organism-strongyloides-stercoralis'), undefined, note);
  }
  // A lower-case initial is no abbreviated genus.
  assert.equal(found('t. gondii IgM positive.').has('organism-toxoplasma-gondii'), false);
});
