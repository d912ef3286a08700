/**
 * The proper names of laws, treaties, reports and named systems (document-names.ts, thirty-first session, deid-clean14).
 * The sentences are written here, after the kind counted on the read letters (letters10-26), not copied from them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';

const names = (t: string): string[] => detectPhi(t).filter((s) => s.type === 'NAME').map((s) => t.slice(s.start, s.end));

test('a document or a named system with its capitalised head is no person', () => {
  assert.deepEqual(names('Research ethics: the Helsinki Declaration, the Oviedo Convention, the Nuremberg Code and the Belmont Report.'), []);
  assert.deepEqual(names('Mine clearance: Ottawa Treaty 1997; trauma triage by the Manchester Triage System.'), []);
  assert.deepEqual(names('Palliative care: the Liverpool Care Pathway was withdrawn; research follows the Declaration of Helsinki.'), []);
});

test('people stay people: a title, a possessive, a lower-case verb, a form label after the name', () => {
  assert.deepEqual(names('Letter from Dr Fairbairn Report attached.'), ['Dr Fairbairn Report']);
  assert.deepEqual(names("Odalys Brennan's Report on the fall was filed."), ["Odalys Brennan's Report"]);
  assert.deepEqual(names('Odalys Brennan and Ruairi Brennan report poor sleep.'), ['Odalys Brennan', 'Ruairi Brennan']);
  assert.deepEqual(names('Visitor: Odalys Brennan Code: 4471'), ['Odalys Brennan Code']);
});
