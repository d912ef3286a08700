/**
 * No PHI leaves the CLI: canary identifiers are seeded into a note and a FHIR Bundle, every patient-data
 * command runs on them (and on broken variants), and no canary may appear in any output, error or
 * written file. (The de-identification, risk and learn commands have their own canary tests.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundle, note, patient, quantity } from '../testkit/fhir-fixtures.js';
import { runCli } from '../testkit/cli-capture.js';

const CANARIES = ['Quillonbury', 'Zaphrania', '617-555-0142', '88412093', 'quillon.zaph@example.org'];
const NOTE = 'HPI: Mrs. Zaphrania Quillonbury (MRN 88412093, tel 617-555-0142, quillon.zaph@example.org) reports fever and cough. Denies shortness of breath.';

function assertClean(label: string, text: string): void {
  for (const c of CANARIES) assert.ok(!text.includes(c), `${label} leaked a canary identifier`);
}

test('canary identifiers in notes and FHIR never reach output, errors or written files', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ddx-canary-'));
  const notePath = join(dir, 'note.txt');
  writeFileSync(notePath, NOTE);
  const fhirPatient = { ...patient({ birthDate: '1961-04-02', gender: 'female' }), name: [{ family: 'Quillonbury', given: ['Zaphrania'] }], telecom: [{ system: 'phone', value: '617-555-0142' }], identifier: [{ system: 'urn:mrn', value: '88412093' }] };
  const good = bundle([fhirPatient, quantity('8310-5', 39.1, 'Cel'), note(NOTE)]);
  const bundlePath = join(dir, 'bundle.json');
  writeFileSync(bundlePath, JSON.stringify(good));
  const badType = join(dir, 'bad-type.json');
  writeFileSync(badType, JSON.stringify({ ...good, type: 'transaction' }));
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, JSON.stringify(good).slice(0, 400));
  const badCase = join(dir, 'bad-case.json');
  writeFileSync(badCase, JSON.stringify({ age: 'Zaphrania Quillonbury', sex: '617-555-0142', findings: [{ id: 'quillon.zaph@example.org', present: true }, { id: 'E_56', value: '88412093' }] }));
  const fhirOut = join(dir, 'out.json');

  const runs: string[][] = [
    ['extract', notePath],
    ['extract', notePath, '--json'],
    ['diagnose', '--note', notePath, '--age', '60', '--sex', 'female', '--json'],
    ['diagnose', '--note', notePath, '--age', '60', '--sex', 'female'],
    ['diagnose', '--fhir', bundlePath, '--fhir-out', fhirOut, '--json'],
    ['diagnose', '--fhir', badType],
    ['diagnose', '--fhir', broken],
    ['diagnose', badCase],
  ];
  for (const argv of runs) {
    const r = await runCli(argv);
    assertClean(`ddx ${argv.join(' ')} (exit ${r.code})`, r.stdout + r.stderr);
  }
  assertClean('--fhir-out file', readFileSync(fhirOut, 'utf8'));
});
