import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Ontologies } from '../../learn/primary-care/ontologies.js';
import { acceptedIndices, isCorrect, judge } from '../judge.js';
import { indexParents, parseIndexHeads } from './index-parents.js';
import { truthResolver } from './truth-codes.js';
import { truthOf } from './run.js';

// A slice of the ICD-10-CM index's shape: main terms, level-1 subterms read with their main term's head, a
// connector level ("with"), nonessential modifiers in <nemod>, a main term without a code.
const term = (level: number, title: string, code: string | undefined, ...kids: string[]): string =>
  `<term level="${level}"><title>${title}</title>${code ? `<code>${code}</code>` : ''}${kids.join('')}</term>`;
const main = (title: string, code: string | undefined, ...kids: string[]): string =>
  `<mainTerm><title>${title}</title>${code ? `<code>${code}</code>` : ''}${kids.join('')}</mainTerm>`;
const XML = [
  main('Failure, failed', undefined,
    term(1, 'heart<nemod>(acute) (senile)</nemod>', 'I50.9',
      term(2, 'with', undefined, term(3, 'reduced ejection fraction', 'I50.2'), term(3, 'decompensation', 'I50.9', term(4, 'systolic', 'I50.23')),
        term(3, 'preserved ejection fraction', undefined, '<see>Failure, heart, diastolic</see>'), term(3, 'acute pulmonary edema', undefined, '<see>Edema, lung, acute</see>'))),
    term(1, 'renal', 'N19')),
  main('Osteoarthritis', 'M19.90', term(1, 'knee', 'M17.9'), term(1, 'hip', 'M16.9')),
  main('Osteomyelitis', 'M86.9', term(1, 'acute', 'M86.10', term(2, 'hematogenous', 'M86.00'))),
  main('Lymphoma', 'C85.90', term(1, 'MALT', 'C88.4')),
  main('Hemophilia', 'D66', term(1, 'acquired', 'D68.311')),
  main('Eczema', 'L30.9', term(1, 'herpeticum', 'B00.0')),
].join('\n');

test('a gold name that is an index subterm has the nearest coded term above it as its parent', () => {
  const r = indexParents(parseIndexHeads(XML));
  assert.deepEqual(r('Heart failure with reduced ejection fraction'), { parents: ['~failure heart'], ancestors: [] }, 'the connector "with" and an uncoded main term name nothing');
  assert.deepEqual(r('Osteoarthritis of the knee'), { parents: ['~osteoarthritis'], ancestors: [] });
  assert.deepEqual(r('Acute hematogenous osteomyelitis'), { parents: ['~acute osteomyelitis'], ancestors: [['~osteomyelitis']] }, 'one coded level at a time');
  assert.deepEqual(r('Systolic heart failure with decompensation'), { parents: ['~decompensation failure heart with'], ancestors: [['~failure heart']] });
  assert.deepEqual(r('Heart failure with preserved ejection fraction').parents, ['~failure heart'], 'a cross-reference back under the same main term');
});

test('refusals: a word the index does not file, a head alone, a qualifier filed under another head', () => {
  const r = indexParents(parseIndexHeads(XML));
  assert.deepEqual(r('Gastric MALT lymphoma').parents, [], '"gastric" is no subterm: the index does not name this disease');
  assert.deepEqual(r('Heart failure with reduced ejection fraction and anemia').parents, [], 'a word left over');
  assert.deepEqual(r('Osteoarthritis').parents, [], 'the head term itself is no kind of itself');
  assert.deepEqual(r('Renal osteoarthritis').parents, [], '"renal" is filed under Failure, not Osteoarthritis');
  assert.deepEqual(r('Heart failure without reduced ejection fraction').parents, [], '"without" is no connector to leave out');
  assert.deepEqual(r('Eczema herpeticum').parents, [], 'filed under Eczema (L30.9) for finding, coded in another chapter (B00.0)');
  assert.deepEqual(r('Acquired hemophilia A').parents, [], 'a type letter is a word left over, not an article');
  assert.deepEqual(r('Acquired hemophilia').parents, ['~hemophilia']);
  assert.deepEqual(r('Heart failure with acute pulmonary edema').parents, [], 'a cross-reference to another main term');
});

const onto = (doid: Ontologies['doid']): Ontologies => ({
  doid, mondo: [], icdTitles: new Map(), icdIndex: [], files: [{ name: 'ontologies/icd10cm/icd10cm_index_2023.xml.gz', text: XML }],
});

test('the judge counts the index parent correct, an ancestor only when nothing is closer; a name DO knows keeps its DO links', () => {
  const opts = { truthCodes: truthResolver(onto([])) };
  assert.ok(isCorrect(judge({ name: 'Heart failure' }, truthOf('Heart failure with reduced ejection fraction', opts))));
  assert.ok(isCorrect(judge({ name: 'Osteoarthritis' }, truthOf('Osteoarthritis of the knee', opts))));
  assert.ok(!isCorrect(judge({ name: 'Heart failure' }, truthOf('Heart failure with reduced ejection fraction'))), 'names only: no parents');
  assert.ok(!isCorrect(judge({ name: 'Lymphoma' }, truthOf('Gastric MALT lymphoma', opts))));
  const aho = truthOf('Acute hematogenous osteomyelitis', opts);
  assert.ok(!isCorrect(judge({ name: 'Osteomyelitis' }, aho)), 'a grandparent is no pairwise match');
  assert.deepEqual(acceptedIndices([{ name: 'Arthritis' }, { name: 'Osteomyelitis' }], aho), [1]);
  assert.deepEqual(acceptedIndices([{ name: 'Osteomyelitis' }, { name: 'Acute osteomyelitis' }], aho), [1], 'the nearer level only');
  const withDo = { truthCodes: truthResolver(onto([{ id: 'DOID:1', name: 'osteoarthritis of the knee', synonyms: [], icd10: ['M17.9'], umls: [], parents: [] }])) };
  assert.ok(!isCorrect(judge({ name: 'Osteoarthritis' }, truthOf('Osteoarthritis of the knee', withDo))), 'DO knows the name: its is_a links decide');
});
