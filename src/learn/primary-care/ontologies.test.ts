import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dotted, linkConditions, parseDoid, parseIcdIndex, parseIcdTitles, type Ontologies } from './ontologies.js';

const DO = `format-version: 1.2
[Term]
id: DOID:1
name: adhesive capsulitis
synonym: "frozen shoulder" EXACT []
synonym: "periarthritis" RELATED []
xref: ICD10CM:M75.0

[Term]
id: DOID:2
name: CAP syndrome rare thing
synonym: "CAP syndrome" EXACT []

[Term]
id: DOID:3
name: old thing
is_obsolete: true
`;
const INDEX = `<ICD10CM.index><letter><mainTerm><title>Capsulitis<nemod>(joint)</nemod></title>
<term level="1"><title>adhesive<nemod>(shoulder)</nemod></title><code>M75.0-</code></term>
<term level="1"><title>hepatic</title><code>K65.8</code></term></mainTerm>
<mainTerm><title>Patau's syndrome</title><code>Q91.7</code></mainTerm></letter></ICD10CM.index>`;

function onto(): Ontologies {
  return {
    doid: parseDoid(DO), mondo: [{ id: 'MONDO:9', label: 'adhesive capsulitis', doid: ['DOID:1'], icd10: [], synonyms: ['shoulder capsulitis, adhesive'], rare: [] }],
    icdTitles: parseIcdTitles('M7500   Adhesive capsulitis of unspecified shoulder\nK658    Other peritonitis\nQ917    Trisomy 13, unspecified\n'),
    icdIndex: parseIcdIndex(INDEX), files: [],
  };
}

test('vocabulary files parse: DO EXACT synonyms only, obsolete terms dropped, ICD codes dotted, index subterms with their head word', () => {
  const d = parseDoid(DO);
  assert.deepEqual(d.map((t) => t.id), ['DOID:1', 'DOID:2']);
  assert.deepEqual(d[0]!.synonyms, ['frozen shoulder']);
  assert.deepEqual(d[0]!.icd10, ['M75.0']);
  assert.equal(dotted('A000'), 'A00.0');
  assert.equal(dotted('M75.0-'), 'M75.0');
  assert.deepEqual(parseIcdIndex(INDEX), [{ term: 'adhesive Capsulitis', code: 'M75.0' }, { term: 'hepatic Capsulitis', code: 'K65.8' }, { term: "Patau's syndrome", code: 'Q91.7' }]);
});

test('a condition gains the names of the same disease by name key and by its code, never through an abbreviation or a residual bin', () => {
  const links = linkConditions([
    { id: 'frozen', name: 'Adhesive capsulitis of the shoulder', synonyms: [], icd10: ['M75.00'] },
    { id: 'pneumonia', name: 'Pneumonia', synonyms: ['CAP'], icd10: [] },
    { id: 'peritonitis', name: 'Peritonitis', synonyms: [], icd10: ['K65.8'] },
    { id: 'patau', name: 'Trisomy 13', synonyms: [], icd10: ['Q91.7'] },
  ], onto());
  const f = links.get('frozen')!;
  assert.ok(f.synonyms.some((s) => s.toLowerCase() === 'adhesive capsulitis'), 'DO name or index term of the subcategory');
  assert.ok(f.synonyms.includes('Adhesive capsulitis of unspecified shoulder'), 'code title');
  assert.ok(f.synonyms.includes('frozen shoulder'), 'DO synonym through the subcategory code');
  assert.ok(f.codes.some((c) => c.code === 'MONDO:9'), 'MONDO by its exact DOID match');
  assert.equal(links.get('pneumonia'), undefined, '"CAP" must not link the rare "CAP syndrome"');
  assert.equal(links.get('peritonitis'), undefined, '"Other peritonitis" is a residual bin');
  assert.ok(links.get('patau')!.synonyms.includes("Patau's syndrome"));
});

test('an index subterm without its own code does not take a nested term\'s code', () => {
  const xml = `<mainTerm><title>Syndrome</title><term level="1"><title>combined</title><term level="2"><title>immunodeficiency</title><code>D81.9</code></term></term>
<term level="1"><title>Hurler's</title><code>E76.01</code></term></mainTerm>`;
  assert.deepEqual(parseIcdIndex(xml), [{ term: "Hurler's Syndrome", code: 'E76.01' }]);
});

test('a synonym shared by a condition and a broader DO term does not link them', () => {
  const o: Ontologies = { doid: parseDoid('x\n[Term]\nid: DOID:5\nname: bronchitis\nsynonym: "chronic bronchitis" EXACT []\nsynonym: "chest cold" EXACT []\n'), mondo: [], icdTitles: new Map(), icdIndex: [], files: [] };
  const l = linkConditions([{ id: 'copd', name: 'Chronic obstructive pulmonary disease', synonyms: ['chronic bronchitis'], icd10: [] }, { id: 'cb', name: 'Chronic bronchitis', synonyms: [], icd10: [] }], o);
  assert.equal(l.get('copd'), undefined);
  assert.ok(l.get('cb')!.synonyms.includes('chest cold'), 'a DO synonym equal to the condition\'s own name links');
});

test('a code two conditions name is a bin that lends neither its names; another condition\'s own name is never lent', () => {
  const xml = `<mainTerm><title>Alkalosis</title><code>E87.3</code><term level="1"><title>metabolic</title><code>E87.3</code></term><term level="1"><title>respiratory</title><code>E87.3</code></term></mainTerm>
<mainTerm><title>Hepatitis</title><term level="1"><title>ischemic</title><code>K72.00</code></term></mainTerm>
<mainTerm><title>Failure</title><term level="1"><title>fulminant hepatic</title><code>K72.01</code></term></mainTerm>`;
  const o: Ontologies = { doid: [], mondo: [], icdTitles: parseIcdTitles('E873    Alkalosis\nK7200   Acute and subacute hepatic failure without coma\nK7201   Acute and subacute hepatic failure with coma\n'), icdIndex: parseIcdIndex(xml), files: [] };
  const l = linkConditions([
    { id: 'met', name: 'Metabolic alkalosis', synonyms: [], icd10: ['E87.3'] },
    { id: 'resp', name: 'Respiratory alkalosis', synonyms: [], icd10: ['E87.3'] },
    { id: 'alf', name: 'Acute liver failure', synonyms: [], icd10: ['K72.01'] },
    { id: 'ih', name: 'Ischemic hepatitis', synonyms: [], icd10: ['K72.00'] },
  ], o);
  assert.equal(l.get('met'), undefined, 'E87.3 holds both alkaloses: "respiratory alkalosis" is no name of the metabolic one');
  assert.equal(l.get('resp'), undefined);
  // One owner each: the code title is lent; the index term "ischemic hepatitis" is the other condition's name.
  assert.ok(l.get('ih')!.synonyms.includes('Acute and subacute hepatic failure without coma'));
  const alf = linkConditions([
    { id: 'alf', name: 'Acute liver failure', synonyms: [], icd10: ['K72.00'] },
    { id: 'ih', name: 'Ischemic hepatitis', synonyms: [], icd10: [] },
  ], o).get('alf')!;
  assert.ok(!alf.synonyms.some((s) => s.toLowerCase() === 'ischemic hepatitis'), 'a name another condition owns is that condition');
  assert.ok(alf.synonyms.includes('Acute and subacute hepatic failure without coma'));
});
