import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FindingDef } from '../../core/model.js';
import { extractFindings } from './extract.js';
import { buildLexicon, resultPhraseParts } from './lexicon.js';

const C = 'https://ddx.dev/concept';
const f = (id: string, name: string, kind: FindingDef['kind'] = 'lab', synonyms: string[] = []): FindingDef =>
  ({ id, name, kind, valueType: 'binary', leak: 0.05, synonyms, codes: [{ system: C, code: id }] }) as FindingDef;

const model = {
  id: 'q',
  version: '1',
  findings: [
    f('fever', 'fever', 'sign'), f('tachycardia', 'tachycardia', 'sign'), f('hypotension', 'hypotension', 'sign'),
    f('hypoxemia', 'hypoxemia', 'sign'), f('hypertension-measured', 'raised blood pressure', 'sign'),
    f('sodium-low', 'low sodium'), f('hemoglobin-low', 'low hemoglobin'), f('mcv-low', 'microcytosis'), f('ferritin-low', 'low ferritin'),
    f('tsh-low', 'suppressed TSH'), f('free-t4-high', 'raised free T4'), f('lactate-high', 'raised lactate'), f('troponin-high', 'raised troponin'),
    f('sars-cov-2-positive', 'positive SARS-CoV-2 test'), f('bicarbonate-low', 'metabolic acidosis', 'lab', ['acidosis']),
    f('cxr-consolidation', 'consolidation on chest X-ray', 'imaging'), f('ct-appendicitis', 'appendicitis on CT', 'imaging', ['dilated appendix with fat stranding']),
    f('ecg-st-elevation', 'ST elevation or ischaemic changes on ECG', 'imaging', ['ST elevation']),
  ],
};
const lexicon = buildLexicon(model);

function read(text: string, opts: { sex?: 'female' | 'male'; age?: number } = {}): Map<string, boolean> {
  const r = extractFindings(text, lexicon, opts);
  assert.ok(r.ok);
  return new Map(r.value.findings.map((o) => [o.id, 'present' in o ? o.present : true] as const));
}

test('vital signs with and without units become findings, and normal values make them absent', () => {
  const m = read('T 39.4 °C, HR 128, BP 82/46, RR 24, SpO2 89% on room air.');
  assert.equal(m.get('fever'), true);
  assert.equal(m.get('tachycardia'), true);
  assert.equal(m.get('hypotension'), true);
  assert.equal(m.get('hypoxemia'), true);
  assert.equal(m.get('hypertension-measured'), false);
  const n = read('Temp 98.6 F, pulse 72, BP 118/76, sats 98%.');
  assert.equal(n.get('fever'), false);
  assert.equal(n.get('tachycardia'), false);
  assert.equal(n.get('hypotension'), false);
  assert.equal(n.get('hypoxemia'), false);
  assert.equal(read('BP 172/104 today').get('hypertension-measured'), true);
});

test('lab values are converted through UCUM and judged by sex', () => {
  assert.equal(read('Na 118 mmol/L').get('sodium-low'), true);
  assert.equal(read('sodium 138 mEq/L').get('sodium-low'), false);
  // 12.5 g/dL is low for a man, normal for a woman; 125 g/L is the same value.
  assert.equal(read('Hb 12.5 g/dL', { sex: 'male' }).get('hemoglobin-low'), true);
  assert.equal(read('Hb 12.5 g/dL', { sex: 'female' }).get('hemoglobin-low'), false);
  assert.equal(read('Hb 125 g/L', { sex: 'male' }).get('hemoglobin-low'), true);
  assert.equal(read('haemoglobin 71', { sex: 'female' }).get('hemoglobin-low'), true, 'a unitless 71 reads as g/L');
  assert.equal(read('ferritin 4 ng/mL, MCV 68 fL').get('ferritin-low'), true);
  assert.equal(read('ferritin 4 ng/mL, MCV 68 fL').get('mcv-low'), true);
  assert.equal(read('Troponin I 4.2 ng/mL').get('troponin-high'), true);
  assert.equal(read('hs troponin 8 ng/L', { sex: 'female' }).get('troponin-high'), false);
  assert.equal(read('lactate 4.6').get('lactate-high'), true);
  assert.equal(read('pH 7.12').get('bicarbonate-low'), true);
});

test('comparators, result words and words before the name', () => {
  const m = read('TSH <0.01 mIU/L with free T4 4.8 ng/dL.');
  assert.equal(m.get('tsh-low'), true);
  assert.equal(m.get('free-t4-high'), true);
  assert.equal(read('TSH undetectable').get('tsh-low'), true);
  assert.equal(read('troponin negative x2').get('troponin-high'), false);
  assert.equal(read('negative troponin').get('troponin-high'), false);
  assert.equal(read('SARS-CoV-2 PCR: positive').get('sars-cov-2-positive'), true);
  assert.equal(read('COVID swab not detected').get('sars-cov-2-positive'), false);
});

test('negation cues do not apply to measured values; history and family do', () => {
  assert.equal(read('Denies fever. T 39.1 C.').get('fever'), true);
  assert.equal(read('No fever; temperature 37.0').get('fever'), false);
  assert.equal(read('Family history: mother Na 120.').get('sodium-low'), undefined);
  assert.equal(read('No fever.').get('fever'), false);
});

test('every reading keeps its span, rule, value and unit; what the model lacks is listed', () => {
  const text = 'Na 118 mmol/L. Potassium 6.1. Weight 80 kg. Cough for 3 weeks, fever since yesterday.';
  const r = extractFindings(text, lexicon);
  assert.ok(r.ok);
  const na = r.value.mentions.find((m) => m.findingId === 'sodium-low');
  assert.ok(na?.reading);
  assert.equal(text.slice(na.span.start, na.span.end), 'Na 118 mmol/L');
  assert.deepEqual([na.reading.rule, na.reading.value, na.reading.unit, na.reading.ucum], ['qty.sodium.value', 118, 'mmol/L', 'mmol/L']);
  const concepts = r.value.unmapped.map((u) => `${u.kind}:${u.concept ?? u.rule}:${u.reason}`);
  assert.ok(concepts.includes('reading:potassium-high:not-in-model'), concepts.join(' '));
  assert.ok(concepts.includes('reading:qty.body-weight.no-range:not-judged'), concepts.join(' '));
  assert.ok(concepts.includes('duration:duration-acute:not-in-model'), concepts.join(' '));
  assert.deepEqual(r.value.durations.map((d) => [d.text, d.days, d.class]), [['for 3 weeks', 21, 'acute'], ['since yesterday', 1, 'acute']]);
});

test('durations need a cue: an age or a gestation is not a duration', () => {
  const r = extractFindings('67 year old man, 8 weeks pregnant partner. Headache for 2 months; vomiting x 2 days; pain started 3 days ago; 6-month history of cough.', lexicon);
  assert.ok(r.ok);
  assert.deepEqual(r.value.durations.map((d) => [d.rule, d.days]), [['duration.for', 60], ['duration.for', 2], ['duration.ago', 3], ['duration.of', 180]]);
});

test('unusable values are reported, never guessed', () => {
  const r = extractFindings('Na 1180 mmol/L. Hb 7 furlongs/L. CA 19-9 40.', lexicon);
  assert.ok(r.ok);
  assert.deepEqual(r.value.findings, []);
  assert.deepEqual(r.value.unmapped.map((u) => u.rule), ['qty.sodium.implausible', 'qty.hemoglobin.unknown-unit']);
});

test('report phrases: parts of result findings are read, gated on the modality', () => {
  assert.deepEqual(resultPhraseParts('consolidation on chest X-ray').map((p) => p.part), ['consolidation']);
  assert.equal(read('CXR: right lower lobe consolidation.').get('cxr-consolidation'), true);
  assert.equal(read('Consolidation of the plan is needed.').get('cxr-consolidation'), undefined);
  assert.equal(read('CT abdomen: dilated appendix (11 mm) with periappendiceal fat stranding.').get('ct-appendicitis'), true);
  assert.equal(read('ECG: ST elevation in II, III and aVF.').get('ecg-st-elevation'), true);
});
