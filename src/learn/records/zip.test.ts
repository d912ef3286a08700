import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../core/issues.js';
import { listZip, readZipEntry } from './zip.js';
import { HAVE_RECORDS, SYNTHEA27_ZIP } from '../../testkit/records.js';

test('reads the central directory and inflates an entry of the OMOP extract', { skip: !HAVE_RECORDS && 'no records data' }, () => {
  const entries = listZip(SYNTHEA27_ZIP);
  const person = entries.find((e) => e.name === 'PERSON.csv');
  assert.ok(person, 'PERSON.csv listed');
  assert.equal(person.method, 8);
  const text = readZipEntry(SYNTHEA27_ZIP, person).toString('utf8');
  assert.match(text, /^person_id,gender_concept_id,year_of_birth/);
  assert.equal(text.trim().split('\n').length, 29); // header + 28 persons
});

test('a file that is not a zip is a typed input error', () => {
  const p = join(mkdtempSync(join(tmpdir(), 'ddx-zip-')), 'x.zip');
  writeFileSync(p, 'not a zip at all');
  assert.throws(() => listZip(p), (e: unknown) => e instanceof InputError && /not a readable ZIP/.test(e.message));
  assert.equal(readFileSync(p, 'utf8'), 'not a zip at all');
});
