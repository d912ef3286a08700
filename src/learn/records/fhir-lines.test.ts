import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KnowledgeModel } from '../../core/model.js';
import { loadModel } from '../builtin-models.js';
import { projectJson, type ProjectContext } from './fhir-facts.js';
import { projectLine } from './fhir-lines.js';
import { synthFhir } from './synth.js';
import { Vocabulary } from './vocabulary.js';
import { HAVE_RECORDS, SMART_BULK, SYNTHEA_BUNDLE } from '../../testkit/records.js';

interface Run {
  readonly facts: unknown[];
  readonly tallies: string[];
  readonly texts: [string, string][];
  readonly vocab: unknown;
  readonly fast: number;
}

/** Project lines through the fast reader (falling back as the learner does) or through JSON.parse only. */
function run(lines: readonly string[], base: KnowledgeModel | undefined, fast: boolean): Run {
  const vocab = new Vocabulary(base);
  const facts: unknown[] = [];
  const tallies: string[] = [];
  const texts: [string, string][] = [];
  const ctx: ProjectContext = {
    vocab,
    base,
    gate: (f, t) => texts.push([f, t]),
    tally: (k) => tallies.push(k),
    emit: (f) => facts.push(f),
    emitLine: (_p, l) => facts.push(JSON.parse(l)),
  };
  let n = 0;
  for (const line of lines) {
    if (fast && projectLine(line, ctx)) n++;
    else projectJson(JSON.parse(line), ctx);
  }
  return { facts, tallies, texts, vocab: vocab.exportState(), fast: n };
}

function assertSame(lines: readonly string[], base: KnowledgeModel | undefined): number {
  const a = run(lines, base, true);
  const b = run(lines, base, false);
  assert.deepEqual(a.facts, b.facts);
  assert.deepEqual(a.tallies, b.tallies);
  assert.deepEqual(a.texts, b.texts);
  assert.deepEqual(a.vocab, b.vocab);
  return a.fast;
}

function ndjsonLines(dir: string, skip = /DocumentReference/): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.ndjson') && !skip.test(f)).sort()
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim() !== ''));
}

const base = loadModel('primary-care');

test('the fast line reader gives the same facts, tallies, gated texts and vocabulary as JSON.parse on synthetic output', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ddx-lines-'));
  try {
    synthFhir(base, dir, { patients: 40, seed: 3 });
    const lines = ndjsonLines(dir);
    for (const b of [undefined, base]) {
      const fast = assertSame(lines, b);
      assert.ok(fast > lines.length * 0.9, `fast path took ${fast} of ${lines.length} lines`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the fast line reader agrees with JSON.parse on the SMART bulk export and the Synthea patient', { skip: !HAVE_RECORDS && 'no records data (set DDX_DATA)' }, () => {
  // Notes are read by the general path only; they are left out to keep the test quick.
  const smart = ndjsonLines(SMART_BULK);
  const bundle = JSON.parse(readFileSync(SYNTHEA_BUNDLE, 'utf8')) as { entry: { resource: unknown }[] };
  const synthea = bundle.entry.map((e) => JSON.stringify(e.resource));
  for (const lines of [smart, synthea]) {
    for (const b of [undefined, base]) assert.ok(assertSame(lines, b) > 0);
  }
});

const OBS = { resourceType: 'Observation', id: 'o1', status: 'final', subject: { reference: 'Patient/p1' }, encounter: { reference: 'Encounter/e1' }, effectiveDateTime: '2020-03-04T10:00:00Z', code: { coding: [{ system: 'http://loinc.org', code: '718-7', display: 'Hemoglobin' }] }, valueQuantity: { value: 9.5, unit: 'g/dL', system: 'http://unitsofmeasure.org', code: 'g/dL' } };
const SYMPTOM = { resourceType: 'Observation', status: 'final', subject: { reference: 'Patient/p1' }, issued: '2020-03-04', code: { coding: [{ system: 'http://snomed.info/sct', code: '49727002', display: 'Cough' }], text: 'dry cough at night' }, valueCodeableConcept: { coding: [{ display: 'Not detected' }] } };
const CONDITION = { resourceType: 'Condition', subject: { reference: 'urn:uuid:p1' }, verificationStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'confirmed' }] }, onsetPeriod: { start: '2019-01-01' }, code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'J20.9' }], text: 'Acute bronchitis' } };

test('any valid JSON: key order, whitespace, escapes, duplicate keys and odd types read the same', () => {
  const reversed = (o: object): string => JSON.stringify(Object.fromEntries(Object.entries(o).reverse()));
  const lines = [OBS, SYMPTOM, CONDITION].flatMap((o) => [
    JSON.stringify(o),
    reversed(o),
    JSON.stringify(o, null, 1).replace(/\n/g, ' '),
    // Every letter a written as a \u escape, a quote and a backslash in a display.
    JSON.stringify(o).replace(/a/g, '\\u0061').replace('"display":"', '"display":"q\\"\\\\ '),
    // A duplicate key: the last one counts, as in JSON.parse.
    JSON.stringify(o).replace('{"resourceType"', '{"subject":{"reference":"Patient/other"},"resourceType"'),
  ]);
  lines.push(
    JSON.stringify({ ...OBS, status: 7 }),
    JSON.stringify({ ...OBS, valueQuantity: null }),
    JSON.stringify({ ...OBS, interpretation: [{ coding: [{ code: 'H' }] }] }),
    JSON.stringify({ ...OBS, code: { coding: ['x'] } }),
    JSON.stringify({ ...SYMPTOM, status: 'cancelled' }),
    JSON.stringify({ ...SYMPTOM, valueBoolean: false }),
    JSON.stringify({ ...CONDITION, verificationStatus: { coding: [{ code: 'refuted' }] } }),
    JSON.stringify({ ...CONDITION, onsetPeriod: undefined, recordedDate: 'not a date' }),
    JSON.stringify({ resourceType: 'Encounter', id: 'e1', subject: { reference: 'Patient/p1' }, period: { start: '2020-03-04T09:00:00+01:00', end: 1 }, extra: [1, -2.5e3, true, null, { a: [] }] }),
    JSON.stringify({ id: 'x', resourceType: 'Patient', gender: 'female', birthDate: '1980' }),
    JSON.stringify({ resourceType: 'Bundle', entry: [] }),
    '[1,2]',
  );
  for (const b of [undefined, base]) assertSame(lines, b);
});

test('lines that are not valid JSON are left to JSON.parse, which reports them', () => {
  const good = JSON.stringify(OBS);
  const bad = [
    good.slice(0, -1),
    `${good} x`,
    good.replace('"final"', '"fi\tnal"'),
    good.replace('9.5', '+9.5'),
    good.replace('9.5', '9.'),
    good.replace('"value":9.5,', '"value":9.5,,'),
    good.replace('}]}', '},]}'),
    good.replace('"Hemoglobin"', '"Hemo\\qglobin"'),
    JSON.stringify({ ...SYMPTOM, valueBoolean: true }).replace('true', 'tru'),
    good.replace('{"resourceType"', '{,"resourceType"'),
    good.replace('"status":"final"', '"status" "final"'),
  ];
  const ctx: ProjectContext = { vocab: new Vocabulary(undefined), base: undefined, gate: () => {}, tally: () => {}, emit: () => assert.fail('emitted'), emitLine: () => assert.fail('emitted') };
  for (const line of bad) {
    assert.throws(() => JSON.parse(line), SyntaxError, line);
    assert.equal(projectLine(line, ctx), false, line);
  }
});
