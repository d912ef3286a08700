/**
 * Test helpers for the records learner: where the shared record samples are (DDX_DATA or
 * ../shared/data beside the repository), an unzipped copy of the Synthea27Nj OMOP extract made once
 * per process, and a small PHI-bearing NDJSON folder for gate tests.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractZip } from '../learn/records/zip.js';

const REPO = resolve(fileURLToPath(new URL('../../', import.meta.url)));

/** A path under the shared data's records folder (DDX_DATA overrides where the data is). */
export function recordsData(...parts: string[]): string {
  const root = process.env['DDX_DATA'] ? resolve(process.env['DDX_DATA']) : resolve(REPO, '../shared/data');
  return join(root, 'records', ...parts);
}

export const SMART_BULK = recordsData('smart-bulk-10');
export const SYNTHEA_BUNDLE = recordsData('synthea', 'sample_complete_patient.json');
export const SYNTHEA27_ZIP = recordsData('omop-synthea27nj', 'Synthea27Nj_5.4.zip');
export const HAVE_RECORDS = existsSync(SMART_BULK) && existsSync(SYNTHEA27_ZIP);

let unzipped: string | undefined;
/** The Synthea27Nj CSVs, extracted once into a temp folder. */
export function synthea27Dir(): string {
  if (!unzipped) {
    unzipped = mkdtempSync(join(tmpdir(), 'ddx-s27-'));
    extractZip(SYNTHEA27_ZIP, unzipped);
  }
  return unzipped;
}

/** The Synthea sample patient as a `collection` Bundle (it ships as a transaction). */
export function collectionBundle(bundle: Record<string, unknown>): Record<string, unknown> {
  const entry = (bundle['entry'] as Record<string, unknown>[]).map(({ request: _r, ...e }) => e);
  return { ...bundle, type: 'collection', entry };
}

/** A tiny NDJSON export: one patient, one encounter with a diagnosis; `phi` puts a name and phone in free text. */
export function tinyExport(phi: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'ddx-tiny-'));
  mkdirSync(dir, { recursive: true });
  const lines = (xs: object[]) => `${xs.map((x) => JSON.stringify(x)).join('\n')}\n`;
  writeFileSync(join(dir, 'Patient.000.ndjson'), lines([{ resourceType: 'Patient', id: 'a', gender: 'female', birthDate: '1970-05-01', name: [{ family: 'Example' }] }]));
  writeFileSync(join(dir, 'Encounter.000.ndjson'), lines([{ resourceType: 'Encounter', id: 'e1', subject: { reference: 'Patient/a' }, period: { start: '2020-01-02T10:00:00Z' } }]));
  writeFileSync(join(dir, 'Condition.000.ndjson'), lines([
    { resourceType: 'Condition', id: 'c1', subject: { reference: 'Patient/a' }, encounter: { reference: 'Encounter/e1' }, onsetDateTime: '2020-01-02',
      code: { coding: [{ system: 'http://snomed.info/sct', code: '10509002', display: 'Acute bronchitis (disorder)' }], text: phi ? 'Seen by Dr John Smith, call 555-867-5309' : 'Acute bronchitis (disorder)' } },
    { resourceType: 'Condition', id: 'c2', subject: { reference: 'Patient/a' }, encounter: { reference: 'Encounter/e1' }, onsetDateTime: '2020-01-02',
      code: { coding: [{ system: 'http://snomed.info/sct', code: '49727002', display: 'Cough (finding)' }] } },
  ]));
  return dir;
}
