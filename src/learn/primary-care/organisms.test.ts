import assert from 'node:assert/strict';
import { test } from 'node:test';
import { conditionOrganisms, namedInfections, organismFinding, organismTestLikelihood, taxonName, virusName } from './organisms.js';
import { parseDoAgents } from './phenotypes.js';
import type { CatalogFinding } from './knowledge.js';

test('DO agents: binomials and genera; higher ranks, kingdoms and other agents are left out', () => {
  assert.equal(taxonName('Toxoplasma gondii'), 'Toxoplasma gondii');
  assert.equal(taxonName('Salmonella enterica subsp. enterica'), 'Salmonella enterica');
  assert.equal(taxonName('Babesia'), 'Babesia');
  for (const a of ['Bacteria', 'Fungi', 'Viruses', 'Ascomycota', 'Filarioidea', 'Enterobacteriaceae', 'Scarring', 'susceptibility to dengue virus', 'acetylsalicylic acid']) assert.equal(taxonName(a), undefined, a);
  const rules = "ID\tLABEL\tSubClass Of [ANON]\nDOID:9965\ttoxoplasmosis\t'has material basis in' some 'Toxoplasma gondii'|'has symptom' some fever\nDOID:1\tx\t'has material basis in' some Bacteria|'has material basis in' some Babesia\nDOID:2\ty\t'has symptom' some fever\n";
  assert.deepEqual([...parseDoAgents(rules)], [['DOID:9965', ['Toxoplasma gondii']], ['DOID:1', ['Babesia']]]);
});

test('a virus its names call the cause; other names are no organism', () => {
  assert.equal(virusName('Dengue virus infection'), 'Dengue virus');
  assert.equal(virusName('parvovirus B19 infection'), 'parvovirus B19');
  assert.equal(virusName('Rubella virus caused disease or disorder'), 'Rubella virus');
  assert.equal(virusName('hepatitis E virus infection'), 'hepatitis E virus');
  for (const n of ['viral infection', 'CHIKV infection', 'Dengue fever', 'bacterial infection']) assert.equal(virusName(n), undefined, n);
  const m = conditionOrganisms([{ id: 'dengue-fever', names: ['Dengue fever', 'Dengue virus infection'], doids: ['DOID:12205'] }, { id: 'typhoid', names: ['typhoid'], doids: ['DOID:13258'] }],
    new Map([['DOID:12205', ['Orthoflavivirus denguei']], ['DOID:13258', ['Salmonella enterica']]]));
  assert.deepEqual([...m], [['Dengue virus', ['dengue-fever']], ['Orthoflavivirus denguei', ['dengue-fever']], ['Salmonella enterica', ['typhoid']]]);
  assert.equal(organismFinding('Toxoplasma gondii', 0.03).id, 'organism-toxoplasma-gondii');
});

test('the likelihood is the median of the cited organism tests; a test names the infections of its highest sensitivity', () => {
  const f = (sens: Record<string, number>, spec: number): CatalogFinding => ({ name: 'x', kind: 'lab', spec, ref: 'r', sens: Object.fromEntries(Object.entries(sens).map(([c, p]) => [c, [p, 'r'] as const])) });
  assert.deepEqual(organismTestLikelihood({ 'hiv-test-positive': f({ hiv: 0.99, toxoplasmosis: 0.6 }, 0.995), 'lyme-serology-positive': f({ lyme: 0.6 }, 0.95), 'tb-igra-positive': f({ tb: 0.8 }, 0.95) }), { sens: 0.8, spec: 0.95 });
  assert.equal(organismTestLikelihood({}), undefined);
  assert.deepEqual(namedInfections(f({ hiv: 0.99, toxoplasmosis: 0.6 }, 0.995)), ['hiv']);
  assert.deepEqual(namedInfections(f({ chlamydia: 0.9, lgv: 0.9, pid: 0.4 }, 0.99)), ['chlamydia', 'lgv']);
});
