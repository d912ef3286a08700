import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FindingDef } from '../../core/model.js';
import { extractFindings } from './extract.js';
import { buildLexicon, resultPhraseParts } from './lexicon.js';
import { noteReader } from '../../testkit/note-findings.js';
import { loadModel } from '../../testkit/builtin-models.js';

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

/** Each finding of an extraction with whether it is present. */
function present(r: ReturnType<typeof extractFindings>): Map<string, boolean> {
  assert.ok(r.ok);
  return new Map(r.value.findings.map((o) => [o.id, 'present' in o ? o.present : true] as const));
}

function read(text: string, opts: { sex?: 'female' | 'male'; age?: number } = {}): Map<string, boolean> {
  return present(extractFindings(text, lexicon, opts));
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

test('durations: a window back from now, a time point without a number, and "yesterday"', () => {
  const r = extractFindings('Cough over the past 6 months. Fever for the past week. Surgery last week. Pain began yesterday, worse since last night. The last day of the trip. Rash since yesterday.', lexicon);
  assert.ok(r.ok);
  assert.deepEqual(r.value.durations.map((d) => [d.text, d.rule, d.days]), [
    ['past 6 months', 'duration.within', 180], ['for the past week', 'duration.within', 7], ['last week', 'duration.ago', 7],
    ['yesterday', 'duration.ago', 1], ['since last night', 'duration.since', 0.5], ['since yesterday', 'duration.since', 1],
  ]);
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

const panels = buildLexicon({
  id: 'p',
  version: '1',
  findings: [
    f('pth-high', 'raised PTH'), f('uric-acid-high', 'hyperuricaemia'), f('cortisol-low', 'low cortisol'), f('magnesium-low', 'low magnesium'),
    f('cd4-low', 'CD4 below 200'), f('echo-reduced-ef', 'reduced ejection fraction', 'imaging'), f('ecg-qt-prolonged', 'prolonged QT', 'imaging'),
    f('spirometry-obstruction', 'airflow obstruction', 'imaging'), f('wbc-high', 'leukocytosis'), f('wbc-low', 'leukopenia'), f('glucose-low', 'hypoglycaemia'),
    f('urine-glucose-positive', 'glucosuria'), f('urine-protein-positive', 'proteinuria'), f('ldh-high', 'raised LDH'),
    f('transferrin-saturation-high', 'raised transferrin saturation'), f('ttg-iga-positive', 'positive tTG IgA'),
    f('urine-ketones-positive', 'ketonuria', 'lab', ['urine ketones']),
    f('urine-blood-positive', 'haematuria on dipstick'), f('urine-leukocyte-esterase-positive', 'pyuria'),
    f('csf-pleocytosis', 'CSF pleocytosis'), f('csf-glucose-low', 'low CSF glucose'), f('csf-protein-high', 'raised CSF protein'),
  ],
});

function readP(text: string, opts: { sex?: 'female' | 'male'; age?: number } = {}): { got: Map<string, boolean>; unmapped: string[] } {
  const r = extractFindings(text, panels, opts);
  assert.ok(r.ok);
  return { got: new Map(r.value.findings.map((o) => [o.id, 'present' in o ? o.present : true] as const)), unmapped: r.value.unmapped.map((u) => u.concept ?? u.rule) };
}

test('the wider panels: endocrine, urate, magnesium, iron studies, serology, CD4, converted through UCUM', () => {
  assert.equal(readP('PTH 145 pg/mL').got.get('pth-high'), true);
  assert.equal(readP('uric acid 9.6 mg/dL', { sex: 'male' }).got.get('uric-acid-high'), true);
  assert.equal(readP('urate 320 umol/L', { sex: 'male' }).got.get('uric-acid-high'), false, '320 umol/L is 5.4 mg/dL');
  assert.equal(readP('8 am cortisol 1.8 ug/dL').got.get('cortisol-low'), true);
  assert.equal(readP('cortisol 50 nmol/L').got.get('cortisol-low'), true, '50 nmol/L is 1.8 ug/dL');
  assert.equal(readP('Mg 0.5 mmol/L').got.get('magnesium-low'), true);
  assert.equal(readP('transferrin saturation 78%').got.get('transferrin-saturation-high'), true);
  assert.equal(readP('tissue transglutaminase IgA positive').got.get('ttg-iga-positive'), true);
  assert.equal(readP('CD4 count 90').got.get('cd4-low'), true);
});

test('the abbreviations reports write for catalog analytes: SBR, TSB, TBil, DBil, BGL, ALKP, Hapto', () => {
  const lx = buildLexicon({ id: 'a', version: '1', findings: [f('bilirubin-high', 'raised bilirubin'), f('glucose-low', 'hypoglycaemia'), f('alkaline-phosphatase-high', 'raised alkaline phosphatase'), f('haptoglobin-low', 'low haptoglobin')] });
  const got = (text: string): Map<string, boolean> => {
    const r = extractFindings(text, lx, { age: 30, sex: 'female' });
    assert.ok(r.ok);
    return new Map(r.value.findings.map((o) => [o.id, 'present' in o ? o.present : true] as const));
  };
  assert.equal(got('Total SBR 238 µmol/L, conjugated 9 µmol/L.').get('bilirubin-high'), true);
  assert.equal(got('TSB 18 mg/dL at 60 hours of age.').get('bilirubin-high'), true);
  assert.equal(got('TBil 0.8 mg/dL.').get('bilirubin-high'), false);
  assert.equal(got('DBil 4 mg/dL.').get('bilirubin-high'), true);
  assert.equal(got('BGL 2.1 mmol/L.').get('glucose-low'), true);
  assert.equal(got('ALKP 400 U/L.').get('alkaline-phosphatase-high'), true);
  assert.equal(got('Hapto <0.1 g/L.').get('haptoglobin-low'), true);
  // Refusals: an abbreviation with no value is no reading; short forms that are also words stay unread.
  assert.equal(got('SBR to be repeated in the morning.').size, 0);
  assert.equal(got('Lip 900 U/L, bilirubin pending.').size, 0);
});

test('measured ECG, echo and spirometry results: QTc, LVEF, FEV1/FVC', () => {
  assert.equal(readP('QTc 520 ms', { sex: 'male' }).got.get('ecg-qt-prolonged'), true);
  assert.equal(readP('QTc 420 ms', { sex: 'male' }).got.get('ecg-qt-prolonged'), false);
  assert.equal(readP('Echo: EF 30% with global hypokinesis.').got.get('echo-reduced-ef'), true);
  assert.equal(readP('LVEF 60%').got.get('echo-reduced-ef'), false);
  assert.equal(readP('Spirometry: FEV1/FVC 0.55.').got.get('spirometry-obstruction'), true);
  assert.equal(readP('FEV1/FVC ratio 82%').got.get('spirometry-obstruction'), false);
});

test('numbers in another fluid are not judged as blood; CSF against CSF limits; urine strip words read as urine tests', () => {
  const csf = readP('Lumbar puncture: CSF WBC 1200, glucose 20, protein 250.');
  assert.equal(csf.got.get('wbc-low'), undefined);
  assert.equal(csf.got.get('wbc-high'), undefined);
  assert.equal(csf.got.get('glucose-low'), undefined);
  assert.equal(csf.got.get('csf-pleocytosis'), true);
  assert.equal(csf.got.get('csf-glucose-low'), true);
  assert.equal(csf.got.get('csf-protein-high'), true);
  const normal = readP('CSF: WBC 2 cells/uL, protein 38 mg/dL, glucose 3.6 mmol/L.');
  assert.equal(normal.got.get('csf-pleocytosis'), false, 'a label naming the fluid reaches the values after it');
  assert.equal(normal.got.get('csf-protein-high'), false);
  assert.equal(normal.got.get('csf-glucose-low'), false, '3.6 mmol/L is 65 mg/dL');
  assert.equal(normal.got.get('wbc-low'), undefined);
  assert.equal(readP('CSF protein 0.9 g/L.').got.get('csf-protein-high'), true, '0.9 g/L is 90 mg/dL');
  assert.equal(readP('Protein 40 mg/dL.').got.get('csf-protein-high'), undefined, 'protein outside CSF is not read as CSF');
  const micro = readP('Urinalysis: WBC 50/hpf, RBC 0-2/hpf.');
  assert.equal(micro.got.get('urine-leukocyte-esterase-positive'), true, 'pyuria: more than 5 white cells per high-power field');
  assert.equal(micro.got.get('urine-blood-positive'), false);
  assert.equal(micro.got.get('wbc-high'), undefined);
  assert.equal(readP('UA: RBC 3-10/hpf.').got.get('urine-blood-positive'), true);
  assert.equal(readP('Urinalysis: WBC 3-8/hpf.').got.has('urine-leukocyte-esterase-positive'), false, 'a range across the limit decides nothing');
  const back = readP('Pleural fluid LDH 400. Serum LDH 300.');
  assert.equal(back.got.get('ldh-high'), true, 'serum names blood again');
  assert.ok(back.unmapped.includes('qty.ldh.other-specimen'));
  const ua = readP('Urinalysis: glucose 2+, protein 3+.');
  assert.equal(ua.got.get('urine-glucose-positive'), true);
  assert.equal(ua.got.get('urine-protein-positive'), true);
  assert.equal(readP('WBC 14.2').got.get('wbc-high'), true);
});

test('a recognised value whose concept the model lacks is listed as not in the model', () => {
  const r = readP('anion gap 24, osmolality 360 mOsm/kg');
  assert.ok(r.unmapped.includes('anion-gap-high'));
  assert.ok(r.unmapped.includes('osmolality-high'));
});

test('a finding named inside a value ("urine ketones negative") takes the value, not the bare name', () => {
  assert.equal(readP('pH 7.38, urine ketones negative.').got.get('urine-ketones-positive'), false);
  assert.equal(readP('Urine ketones 3+.').got.get('urine-ketones-positive'), true);
});

test('a qualitative test reported with a number takes the result word after it; an ANA titre has its cut-off', () => {
  const m2 = {
    id: 'q2', version: '1',
    findings: [f('ttg-iga-positive', 'positive tissue transglutaminase IgA'), f('ana-positive', 'positive ANA'), f('anti-dsdna-positive', 'positive anti-dsDNA')],
  };
  const lx = buildLexicon(m2);
  const get = (text: string): { ids: Map<string, boolean>; rules: string[] } => {
    const r = extractFindings(text, lx, {});
    assert.ok(r.ok);
    return { ids: new Map(r.value.findings.map((o) => [o.id, 'present' in o ? o.present : true] as const)), rules: r.value.readings.map((x) => x.rule) };
  };
  assert.equal(get('Tissue transglutaminase IgA 180 U/mL (positive).').ids.get('ttg-iga-positive'), true);
  assert.equal(get('tTG IgA 3 U/mL (negative).').ids.get('ttg-iga-positive'), false);
  assert.equal(get('Anti-dsDNA 220 IU/mL, positive.').ids.get('anti-dsdna-positive'), true);
  assert.equal(get('ANA 1:640, speckled.').ids.get('ana-positive'), true);
  assert.equal(get('ANA titre 1:40.').ids.get('ana-positive'), false);
  // A number with no word and no shared cut-off is listed as undecided, not judged.
  const u = get('Anti-dsDNA 220 IU/mL.');
  assert.equal(u.ids.has('anti-dsdna-positive'), false);
  assert.ok(u.rules.includes('qty.anti-dsdna.value-no-cutoff'));
});

test('graded analytes: PSA above 10, CK above five times normal and WBC above 100 give their graded finding too', () => {
  const m3 = { id: 'q3', version: '1', findings: [f('psa-high', 'raised PSA'), f('psa-very-high', 'PSA above 10 ng/mL'), f('ck-high', 'raised CK'), f('ck-very-high', 'CK above five times normal'), f('wbc-very-high', 'hyperleukocytosis')] };
  const lx = buildLexicon(m3);
  const ids = (text: string): Map<string, boolean> => {
    const r = extractFindings(text, lx, { sex: 'male', age: 70 });
    assert.ok(r.ok);
    return new Map(r.value.findings.map((o) => [o.id, 'present' in o ? o.present : true] as const));
  };
  const a = ids('PSA 28 ng/mL. CK 42,000 U/L. WBC 180 x10^9/L.');
  assert.equal(a.get('psa-high'), true);
  assert.equal(a.get('psa-very-high'), true);
  assert.equal(a.get('ck-very-high'), true);
  assert.equal(a.get('wbc-very-high'), true);
  const b = ids('PSA 6.2 ng/mL. CK 480 U/L.');
  assert.equal(b.get('psa-high'), true);
  assert.equal(b.get('psa-very-high'), false);
  assert.equal(b.get('ck-very-high'), false);
});

test('"urine" before a test qualifies that list item only; a test not measured in urine is a blood value', () => {
  const m4 = {
    id: 'q4', version: '1',
    findings: [f('urine-protein-positive', 'proteinuria'), f('albumin-low', 'low albumin'), f('creatinine-high', 'raised creatinine'), f('crp-high', 'raised CRP'),
      f('wbc-high', 'leukocytosis'), f('urine-nitrite-positive', 'nitrituria'), f('pregnant', 'pregnant', 'history', ['pregnancy']), f('hcg-positive', 'positive pregnancy test'),
      f('platelets-low', 'low platelets'), f('platelets-very-low', 'platelets below 50'), f('neutrophils-very-low', 'severe neutropenia'),
      f('fsh-high', 'raised FSH'), f('prolactin-high', 'raised prolactin'), f('sleep-study-apnea', 'sleep apnoea on sleep study', 'imaging'),
      f('echo-valve-abnormal', 'valve lesion on echocardiogram', 'imaging', ['aortic stenosis on echo'])],
  };
  const lx = buildLexicon(m4);
  const ids = (text: string, sex: 'female' | 'male' = 'male'): Map<string, boolean> => {
    const r = extractFindings(text, lx, { sex, age: 50 });
    assert.ok(r.ok);
    return new Map(r.value.findings.map((o) => [o.id, 'present' in o ? o.present : true] as const));
  };
  const a = ids('urine protein 4+, albumin 1.9 g/dL, creatinine 1.6 mg/dL.');
  assert.equal(a.get('urine-protein-positive'), true);
  assert.equal(a.get('albumin-low'), true, 'the next item of the list is serum albumin');
  assert.equal(a.get('creatinine-high'), true);
  const b = ids('urine nitrite positive, WBC 17.4, CRP 160 mg/L.');
  assert.equal(b.get('wbc-high'), true);
  assert.equal(b.get('crp-high'), true);
  assert.equal(ids('Urinalysis: nitrite positive, CRP 160 mg/L.').get('crp-high'), true, 'CRP is never a urine test');
  assert.equal(ids('Urinalysis: protein 3+, creatinine 1.6 mg/dL.').has('creatinine-high'), false, 'a urinalysis label covers its list');
  // a test's name inside its reading is no finding: a negative pregnancy test is not a pregnancy
  const p = ids('pregnancy test negative.', 'female');
  assert.equal(p.get('hcg-positive'), false);
  assert.equal(p.has('pregnant'), false);
  // grades below the range, and units: IU/L for FSH, mIU/L for prolactin, AHI per hour, echo as a modality
  assert.equal(ids('platelets 12 x10^9/L, ANC 0.3 x10^9/L.').get('platelets-very-low'), true);
  assert.equal(ids('platelets 12 x10^9/L, ANC 0.3 x10^9/L.').get('neutrophils-very-low'), true);
  assert.equal(ids('platelets 90 x10^9/L.').get('platelets-very-low'), false);
  assert.equal(ids('FSH 78 IU/L', 'female').get('fsh-high'), true);
  assert.equal(ids('prolactin 3020 mIU/L', 'female').get('prolactin-high'), true, '3020 mIU/L is 142 ng/mL');
  assert.equal(ids('Sleep study: AHI 38 events/h.').get('sleep-study-apnea'), true);
  assert.equal(ids('Echo: severe aortic stenosis.').get('echo-valve-abnormal'), true);
  assert.equal(ids('eGFR 24 mL/min/1.73m2.').get('creatinine-high'), true, 'KDIGO G4');
  assert.equal(ids('eGFR 88 mL/min/1.73m2.').get('creatinine-high'), false);
  assert.equal(ids('urine ACR 47 mg/mmol.').get('urine-protein-positive'), true, '47 mg/mmol is 415 mg/g (A3)');
});

test('a current reading decides a measured sign over the word: known hypertension with a normal blood pressure', () => {
  const hx = extractFindings('She has hypertension treated with hydrochlorothiazide. Blood pressure is 125/75 mm Hg.', buildLexicon({ ...model, findings: model.findings.map((d) => (d.id === 'hypertension-measured' ? { ...d, synonyms: ['hypertension'] } : d)) }));
  assert.ok(hx.ok);
  assert.deepEqual(hx.value.findings.filter((o) => o.id === 'hypertension-measured'), [{ id: 'hypertension-measured', present: false }]);
  // Without a reading the word still counts; a raised reading is present whatever the words say.
  assert.equal(read('Hypoxemia and confusion were noted.').get('hypoxemia'), true);
  assert.equal(read('No hypoxemia reported earlier. SpO2 86% on room air.').get('hypoxemia'), true);
  // A word for an earlier state yields to the current value.
  assert.equal(read('Tachycardia on arrival; pulse 88/min now.').get('tachycardia'), false);
});

test('tenth session: one-letter vitals in a list, FBG, a name two tests share decided by unit, superscript powers, PR and valve area', () => {
  const m5 = {
    id: 'q5',
    version: '1',
    findings: [
      ...model.findings, f('tachypnea', 'tachypnea', 'sign'), f('bradypnea', 'bradypnea', 'sign'), f('glucose-high', 'raised glucose'), f('wbc-high', 'raised white cell count'),
      f('ecg-first-degree-av-block', 'first-degree AV block on ECG', 'imaging', ['prolonged PR interval']),
      f('echo-aortic-stenosis', 'aortic stenosis on echocardiogram', 'imaging', ['aortic stenosis on echo']),
    ],
  };
  const lx = buildLexicon(m5);
  const ids = (text: string): Map<string, boolean> => {
    const r = extractFindings(text, lx, { sex: 'male', age: 50 });
    assert.ok(r.ok);
    return new Map(r.value.findings.map((o) => [o.id, 'present' in o ? o.present : true] as const));
  };
  const v = ids('Vitals: T 102.9 F, P 128, R 28, BP 82/46.');
  assert.equal(v.get('tachycardia'), true, 'P after a vital in the list is the pulse');
  assert.equal(v.get('tachypnea'), true, 'R after a vital in the list is the respiratory rate');
  // Outside a list of vitals, P and R are not pulse and respiration (reflex grade, phosphate, right side).
  const r = ids('Reflexes: L 2+, R 4. P 2.1 mmol/L.');
  assert.equal(r.has('bradypnea'), false);
  assert.equal(r.has('tachycardia'), false);
  assert.equal(ids('FBG 7.8 mmol/L.').get('glucose-high'), true, 'FBG 140 mg/dL is over the fasting cut-off');
  assert.equal(ids('FPG 105 mg/dL.').get('glucose-high'), true, 'impaired fasting glucose, not normal as a random value');
  assert.equal(ids('ECG: PR 280 ms.').get('ecg-first-degree-av-block'), true, 'PR in ms is the interval');
  assert.equal(ids('BP 120/80, PR 128/min.').get('tachycardia'), true, 'PR per minute is the pulse');
  assert.equal(ids('ECG: PR interval 160 ms.').get('ecg-first-degree-av-block'), false);
  assert.equal(ids('WBC 18.2 x10⁹/L.').get('wbc-high'), true, 'superscript power of ten');
  assert.equal(ids('WBC 18.2 ×10^9/L.').get('wbc-high'), true, 'multiplication sign');
  assert.equal(ids('Echo: aortic valve area 0.7 cm2.').get('echo-aortic-stenosis'), true);
  assert.equal(ids('Echo: aortic valve area 3.1 cm²').get('echo-aortic-stenosis'), false);
});

test('tenth session: a pressure "over", mean arterial pressure, blood ketones, a change "from X to Y", decades', () => {
  const m6 = {
    id: 'q6',
    version: '1',
    findings: [...model.findings, f('bradycardia', 'bradycardia', 'sign'), f('urine-ketones-positive', 'ketones in urine'), f('hemoglobin-high', 'raised haemoglobin')],
  };
  const lx = buildLexicon(m6);
  const ids = (text: string): Map<string, boolean> => {
    const r = extractFindings(text, lx, { sex: 'male', age: 50 });
    assert.ok(r.ok);
    return new Map(r.value.findings.map((o) => [o.id, 'present' in o ? o.present : true] as const));
  };
  assert.equal(ids('Blood pressure of 82 over 46.').get('hypotension'), true);
  assert.equal(ids('MAP 58 mmHg.').get('hypotension'), true, 'Sepsis-3: MAP below 65');
  assert.equal(ids('MAP 80 mmHg.').get('hypotension'), false);
  assert.equal(ids('Blood ketones 3.2 mmol/L.').get('urine-ketones-positive'), true);
  assert.equal(ids('Beta-hydroxybutyrate 0.2 mmol/L.').get('urine-ketones-positive'), false);
  assert.equal(ids('Urine ketones 3+.').get('urine-ketones-positive'), true, 'the strip word still reads');
  assert.equal(ids('Hb dropped from 12.1 to 7.2 g/dL.').get('hemoglobin-low'), true, 'the value after "to"');
  assert.equal(ids('Sodium fell from 138 to 118.').get('sodium-low'), true);
  assert.equal(ids('Na 118 -> 137 mmol/L.').get('sodium-low'), false, 'the value after the arrow is the current one');
  assert.equal(ids('Hb 12.1 → 7.2 g/dL.').get('hemoglobin-low'), true);
  assert.equal(ids('Heart rate in the 40s.').get('bradycardia'), true);
  assert.equal(ids('Sats in the low 80s on room air.').get('hypoxemia'), true);
  assert.equal(ids('Blood pressures in the 170s/110s.').get('hypertension-measured'), true);
  const g = buildLexicon({ ...m6, findings: [...m6.findings, f('confusion', 'confusion', 'sign'), f('hp-coma', 'Coma', 'sign')] });
  const gcs = (text: string): Map<string, boolean> => {
    const x = extractFindings(text, g, { sex: 'male', age: 50 });
    assert.ok(x.ok);
    return new Map(x.value.findings.map((o) => [o.id, 'present' in o ? o.present : true] as const));
  };
  assert.equal(gcs('GCS 13.').get('confusion'), true, 'qSOFA: GCS below 15');
  assert.equal(gcs('GCS 7/15.').get('confusion'), true);
  assert.equal(gcs('GCS 15/15.').get('confusion'), false);
  const r = extractFindings('Hb dropped from 12.1 to 7.2 g/dL.', lx, {});
  assert.ok(r.ok);
  assert.equal(r.value.readings[0]?.from, 12.1);
  assert.equal(r.value.readings[0]?.value, 7.2);
});

test('tenth session: a BMI derived from weight and height when the note gives no BMI (WHO, adults)', () => {
  const lx = buildLexicon({ id: 'q7', version: '1', findings: [...model.findings, f('obese', 'obese', 'sign')] });
  const obese = (text: string, age = 45): boolean | undefined => {
    const r = extractFindings(text, lx, { sex: 'female', age });
    assert.ok(r.ok);
    const o = r.value.findings.find((x) => x.id === 'obese');
    return o === undefined ? undefined : 'present' in o ? o.present : true;
  };
  assert.equal(obese('Weight 104 kg, height 165 cm.'), true, 'BMI 38.2');
  assert.equal(obese('Weight 104 kg, height 1.65 m.'), true, 'height in metres');
  assert.equal(obese('Weight 60 kg, height 165 cm.'), false, 'BMI 22.0');
  assert.equal(obese('BMI 22. Weight 104 kg, height 165 cm.'), false, 'a written BMI wins');
  assert.equal(obese('Weight 60 kg, height 140 cm.', 12), undefined, 'no adult cut-off for a child');
});

test('a bare value possible in both unit systems with different verdicts is listed as not judged, not guessed', () => {
  const units = buildLexicon({ ...model, findings: [f('magnesium-low', 'low magnesium'), f('magnesium-high', 'raised magnesium'), f('t3-high', 'raised T3'), f('t3-low', 'low T3'), f('phosphate-low', 'low phosphate'), f('hemoglobin-low', 'low hemoglobin'), f('bilirubin-high', 'raised bilirubin')] });
  const got = (text: string): string => {
    const r = extractFindings(text, units);
    assert.ok(r.ok);
    const present = r.value.findings.filter((o) => !('present' in o) || o.present).map((o) => o.id);
    const ambiguous = r.value.unmapped.filter((u) => u.rule?.endsWith('.unit-ambiguous') && u.reason === 'not-judged').length;
    return [...present, ...(ambiguous ? ['ambiguous'] : [])].join(' ');
  };
  // Free T3 5.2: high in pg/mL (2.3-4.2), normal in pmol/L (3.1-6.8); magnesium 1.1: low in mg/dL, high in mmol/L.
  assert.equal(got('FT3 5.2.'), 'ambiguous');
  assert.equal(got('Mg 1.1.'), 'ambiguous');
  assert.equal(got('Phos 1.4.'), 'ambiguous');
  // The same numbers with their unit are judged.
  assert.equal(got('FT3 5.2 pmol/L.'), '');
  assert.equal(got('FT3 5.2 pg/mL.'), 't3-high');
  assert.equal(got('Mg 1.1 mg/dL.'), 'magnesium-low');
  assert.equal(got('Mg 1.1 mmol/L.'), 'magnesium-high');
  // Both readings agree (raised either way), or only one unit is possible: judged as before.
  assert.equal(got('Mg 3.1.'), 'magnesium-high');
  assert.equal(got('Hb 7.1.'), 'hemoglobin-low');
  assert.equal(got('Hb 71.'), 'hemoglobin-low');
  // A one-sided range (bilirubin) bounds nothing below: the size choice stands.
  assert.equal(got('T bili 4.2.'), 'bilirubin-high');
  // "T4" names free and total T4: 9.0 is a low free T4 (pmol/L) but a normal total T4 (ug/dL); 25 is high as either.
  const t4 = buildLexicon({ ...model, findings: [f('free-t4-high', 'raised T4'), f('free-t4-low', 'low T4')] });
  const t4got = (text: string): string[] => {
    const r = extractFindings(text, t4);
    assert.ok(r.ok);
    return [...r.value.findings.filter((o) => !('present' in o) || o.present).map((o) => o.id), ...r.value.unmapped.filter((u) => u.rule?.endsWith('.unit-ambiguous')).map(() => 'ambiguous')];
  };
  assert.deepEqual(t4got('T4 9.0.'), ['ambiguous']);
  assert.deepEqual(t4got('T4 25.'), ['free-t4-high']);
  assert.deepEqual(t4got('T4 9.0 ug/dL.'), []);
});

test('a stool specimen word in British spelling names the stool, not blood', () => {
  // "faecal" meets "fecal" through normalizeWord; SPECIMEN_WORDS holds normal forms only.
  for (const t of ['Faecal WBC 20.', 'Fecal WBC 20.', 'Stool WBC 20.']) {
    const r = readP(t);
    assert.equal(r.got.get('wbc-high'), undefined, t);
    assert.ok(r.unmapped.includes('qty.wbc.other-specimen'), t);
  }
});

test('nineteenth session: an average of readings is the test\'s value; "mean" after BP is not read as a pair', () => {
  assert.equal(read('Home BP readings average 144/92.').get('hypertension-measured'), true);
  assert.equal(read('BP averaged 152/96 mmHg over a week.').get('hypertension-measured'), true);
  assert.equal(read('Clinic BP average 128/80.').get('hypertension-measured'), false);
  assert.equal(read('HR average 118.').get('tachycardia'), true);
  assert.equal(read('BP mean 85.').has('hypotension'), false, 'a mean arterial pressure is not a systolic value');
});

test('the readings or days an average covers are not its value ("average of 3 readings 150/95")', () => {
  // [text, finding, expected]: the first six read the count or the period as the value at 807e9e8.
  const cases: readonly (readonly [string, string, boolean])[] = [
    ['HR average of 3 readings 128.', 'tachycardia', true],
    ['Sodium average of 3 samples 128 mmol/L.', 'sodium-low', true],
    ['Hb average of 3 samples 15.2 g/dL.', 'hemoglobin-low', false],
    ['Hb averaged over the past 3 days 8.1 g/dL.', 'hemoglobin-low', true],
    ['SpO2 average over 8 hours 86%.', 'hypoxemia', true],
    ['Home BP average of 3: 150/95.', 'hypertension-measured', true],
    // Without a count noun the number is the value; the other average words read as "average" does.
    ['Sodium average of 128 mmol/L.', 'sodium-low', true],
    ['Sodium averaging 128.', 'sodium-low', true],
    ['HR avg 118.', 'tachycardia', true],
  ];
  for (const [text, id, want] of cases) assert.equal(read(text).get(id), want, text);
});

test('nineteenth session: a QRS duration above 110 ms is a conduction abnormality; a normal one says nothing of it', () => {
  const mq = {
    id: 'qrs',
    version: '1',
    findings: [...model.findings, f('ecg-conduction-abnormality', 'conduction block on ECG', 'imaging', ['heart block']), f('ecg-first-degree-av-block', 'first-degree AV block on ECG', 'imaging')],
  };
  const lx = buildLexicon(mq);
  const ids = (text: string): Map<string, boolean> => {
    const r = extractFindings(text, lx, { sex: 'male', age: 60 });
    assert.ok(r.ok);
    return new Map(r.value.findings.map((o) => [o.id, 'present' in o ? o.present : true] as const));
  };
  assert.equal(ids('ECG: sinus 72, PR 176 ms, QRS 152 ms.').get('ecg-conduction-abnormality'), true, 'complete bundle branch block width');
  assert.equal(ids('ECG: QRS duration 0.14 s.').get('ecg-conduction-abnormality'), true, 'written in seconds');
  assert.equal(ids('ECG: QRS 116 ms.').get('ecg-conduction-abnormality'), true, 'incomplete block, 110-119 ms');
  const narrow = ids('ECG: second-degree heart block, PR 240 ms, QRS 90 ms.');
  assert.equal(narrow.get('ecg-conduction-abnormality'), true, 'a narrow QRS leaves an AV block stated in words');
  assert.equal(ids('ECG: sinus rhythm, QRS 96 ms.').has('ecg-conduction-abnormality'), false, 'a normal QRS is not an absent conduction abnormality');
  // A rate written after the word is not a duration. ("Broad QRS complexes" in words is itself a conduction statement
  // since the twenty-eighth session, `report-statements.ts`, so the rate is tested without it.)
  assert.equal(ids('P waves with no relation to QRS complexes at 34/min.').has('ecg-conduction-abnormality'), false);
});

test('second reader: QRS widths in ms, in seconds and as QRSd; a QTc is no QRS (shipped model)', () => {
  const found = noteReader(60, 'male');
  assert.equal(found('ECG: QRS 98 ms.').has('ecg-conduction-abnormality'), false, 'narrow: says nothing');
  assert.equal(found('ECG: QRS 0.12 s.').get('ecg-conduction-abnormality'), true, '120 ms written in seconds');
  assert.equal(found('ECG: QRS 0.10 s.').has('ecg-conduction-abnormality'), false);
  assert.equal(found('ECG: QRSd 140.').get('ecg-conduction-abnormality'), true, 'no unit: ms by the size of the number');
  const qt = found('ECG: QTc 480 ms.');
  assert.equal(qt.get('ecg-qt-prolonged'), true);
  assert.equal(qt.has('ecg-conduction-abnormality'), false);
});

test('second reader: "PR" in a slash list of ECG intervals is the PR interval, not the pulse rate', () => {
  const found = noteReader(60, 'male');
  const ecg = found('ECG: PR/QRS/QTc 240/150/480.');
  assert.equal(ecg.get('ecg-first-degree-av-block'), true);
  assert.equal(ecg.get('ecg-conduction-abnormality'), true);
  assert.equal(ecg.get('ecg-qt-prolonged'), true);
  assert.equal(ecg.has('tachycardia'), false, '240 is no pulse');
  const vitals = found('PR/RR 96/18.');
  assert.equal(vitals.get('tachycardia'), false, 'beside a respiratory rate "PR" is the pulse rate');
  assert.equal(vitals.has('ecg-first-degree-av-block'), false);
});

test('twentieth session: a mean pulmonary artery pressure above 20 mmHg and an ICA peak systolic velocity of 125 cm/s or more are read', () => {
  const hpo = { ...f('hp-elevated-pulmonary-artery-pressure', 'Elevated pulmonary artery pressure', 'sign', ['increased pulmonary artery pressure']), codes: [] };
  const lx = buildLexicon({ id: 'pa', version: '1', findings: [...model.findings, hpo, f('carotid-stenosis', 'carotid stenosis on Doppler', 'imaging')] });
  const ids = (text: string): Map<string, boolean> => present(extractFindings(text, lx, { sex: 'female', age: 60 }));
  // ESC/ERS 2022: pulmonary hypertension is mPAP > 20 mmHg at rest; the HPO finding is matched by its id.
  assert.equal(ids('Right heart catheter: mPAP 41 mmHg, PAWP 9 mmHg.').get('hp-elevated-pulmonary-artery-pressure'), true);
  assert.equal(ids('RHC: mean pulmonary artery pressure 3.2 kPa.').get('hp-elevated-pulmonary-artery-pressure'), true, 'kPa converted (24 mmHg)');
  assert.equal(ids('RHC: mean PA pressure 18 mmHg.').get('hp-elevated-pulmonary-artery-pressure'), false);
  // SRU 2003: ICA PSV >= 125 cm/s is a stenosis of 50% or more; a lower velocity does not deny a lesser stenosis.
  assert.equal(ids('Carotid duplex: right ICA PSV 285 cm/s, EDV 112 cm/s.').get('carotid-stenosis'), true);
  assert.equal(ids('Carotid duplex: internal carotid peak systolic velocity of 130 cm/s.').get('carotid-stenosis'), true);
  assert.equal(ids('Carotid duplex: ICA PSV 80 cm/s bilaterally.').has('carotid-stenosis'), false);
  assert.equal(ids('ESR 40 mm/h.').has('carotid-stenosis'), false, 'an ESR is no flow velocity');
});

test('sweat is its own specimen: sweat chloride of 60 mmol/L or more is the raised sweat chloride, never a low serum chloride', () => {
  const hpo = { ...f('hp-elevated-sweat-chloride', 'Elevated sweat chloride', 'lab', ['abnormal sweat test']), codes: [] };
  const lx = buildLexicon({ id: 'sw', version: '1', findings: [...model.findings, hpo, f('chloride-low', 'low chloride')] });
  const ids = (text: string): Map<string, boolean> => present(extractFindings(text, lx, { sex: 'male', age: 3 }));
  // Farrell 2017 (CF Foundation): >= 60 mmol/L consistent with CF; 30-59 intermediate does not rule it out.
  const cf = ids('Sweat chloride 94 mmol/L on two occasions.');
  assert.equal(cf.get('hp-elevated-sweat-chloride'), true);
  assert.equal(cf.has('chloride-low'), false, 'a sweat value is no serum chloride');
  assert.equal(ids('Sweat chloride 45 mmol/L.').has('hp-elevated-sweat-chloride'), false);
  assert.equal(ids('Sweat test: chloride 75 mmol/L.').has('chloride-low'), false, 'after "sweat", a chloride is not judged against blood');
  assert.equal(ids('Sweat chloride 20 mmol/L, Na 136, Cl 88.').get('chloride-low'), true, 'the next item of the list is blood again');
});

test('faecal elastase below 200 ug/g is exocrine pancreatic insufficiency (HaPanEU 2017), read in stool, never as a blood value', () => {
  const hpo = { ...f('hp-exocrine-pancreatic-insufficiency', 'Exocrine pancreatic insufficiency', 'sign'), codes: [] };
  const lx = buildLexicon({ id: 'fe', version: '1', findings: [...model.findings, hpo, f('hemoglobin-low', 'low hemoglobin')] });
  const ids = (text: string): Map<string, boolean> => present(extractFindings(text, lx, { sex: 'female', age: 8 }));
  for (const text of ['Faecal elastase 45 µg/g.', 'Stool elastase <15 ug/g', 'FE-1 120 mcg/g stool.', 'Faecal elastase-1: 150 μg/g']) {
    assert.equal(ids(text).get('hp-exocrine-pancreatic-insufficiency'), true, text);
  }
  // 200 or more is normal, and a normal value does not exclude a mild insufficiency (present only).
  assert.equal(ids('Faecal elastase 420 µg/g.').has('hp-exocrine-pancreatic-insufficiency'), false);
  assert.equal(ids('Faecal elastase 0.1 mg/g.').get('hp-exocrine-pancreatic-insufficiency'), true, 'mg/g converts');
  assert.equal(ids('Elastase 30 ug/mL.').has('hp-exocrine-pancreatic-insufficiency'), false, 'a bare elastase in another unit is not the stool test');
  assert.equal(ids('Faecal elastase 80 µg/g. Hb 85 g/L.').get('hemoglobin-low'), true, 'the next sentence is blood again');
  assert.equal(ids('Stool elastase 80 ug/g, Hb 85 g/L.').get('hemoglobin-low'), true, 'the next item is blood again');
  assert.equal(ids('Stool: elastase 80 ug/g, Hb 85 g/L.').has('hemoglobin-low'), false, 'a "Stool:" label covers its sentence');
  assert.equal(ids('Sweat chloride 20 mmol/L. Hb 85 g/L.').get('hemoglobin-low'), true, 'a full stop after a unit ends the item');
});

test('a urine strip test named by a bare word is no reading in another fluid', () => {
  const rules = (text: string): string[] => {
    const r = extractFindings(text, lexicon, { sex: 'female', age: 50 });
    assert.ok(r.ok);
    return r.value.readings.map((x) => x.rule);
  };
  assert.deepEqual(rules('Pleural fluid protein 40 g/L.'), []);
  assert.equal(present(extractFindings('Ascitic fluid: protein positive.', lexicon, {})).has('urine-protein-positive'), false);
  assert.deepEqual(rules('Urinalysis: protein 3+.'), ['qty.urine-protein.word'], 'in urine the strip is still read');
});

test('a urea breath test delta over 5 per mil is a positive H. pylori test (Gisbert 2004); 2.5-5 undecided; result words stay qualitative', () => {
  const ids = noteReader(44, 'female');
  for (const text of ['13C-urea breath test: delta over baseline 21.4 per mil (cut-off 4.0).', 'Urea breath test 12.5‰.', 'C13 urea breath test 8.0']) {
    assert.equal(ids(text).get('h-pylori-positive'), true, text);
  }
  // Below every protocol's cut-off or between them: no finding either way (present only).
  for (const text of ['Urea breath test 1.2 per mil.', '13C-urea breath test: delta over baseline 3.9.']) assert.equal(ids(text).has('h-pylori-positive'), false, text);
  // The words after the longer names are the qualitative test's.
  assert.equal(ids('13C-urea breath test positive (delta 24 per mil).').get('h-pylori-positive'), true);
  assert.equal(ids('13C-urea breath test negative.').get('h-pylori-positive'), false);
});

test("a time point after a test name is the sample's time, not the value (24-numbers10)", () => {
  const lx = buildLexicon(loadModel('primary-care'));
  const values = (text: string): [string, number | undefined, string | undefined][] => {
    const r = extractFindings(text, lx, { age: 40, sex: 'male' });
    assert.ok(r.ok);
    return r.value.readings.map((x) => [x.test, x.value, x.unit]);
  };
  // "at" / "after" / "post" / "@" + number + time unit next to the name: the value is the number after it.
  assert.deepEqual(values('Serum iron at 4 h: 98 umol/L.'), [['iron', 98, 'umol/L']]);
  assert.deepEqual(values('Glucose at 2 hours: 11.8 mmol/L.'), [['glucose', 11.8, 'mmol/L']]);
  assert.deepEqual(values('Paracetamol level at 4 hours 150 mg/L.'), [['acetaminophen', 150, 'mg/L']]);
  assert.deepEqual(values('Glucose after 2 h 11.8 mmol/L.'), [['glucose', 11.8, 'mmol/L']]);
  assert.deepEqual(values('Troponin @ 3h 450 ng/L.'), [['troponin-i', 450, 'ng/L']]);
  // With no number after the time, no value.
  assert.deepEqual(values('Troponin at 3 hours.'), []);
  // A value with its own time words after it is unchanged: the first value is read, the time after it is not.
  assert.deepEqual(values('Glucose 11.8 mmol/L at 2 h.'), [['glucose', 11.8, 'mmol/L']]);
  assert.deepEqual(values('Troponin 45 ng/L at 3 hours, 120 at 6 hours.'), [['troponin-i', 45, 'ng/L']]);
  assert.deepEqual(values('T 38.4 at 02:00.'), [['body-temperature', 38.4, undefined]]);
  assert.deepEqual(values('HR 110 after 5 min rest.'), [['heart-rate', 110, undefined]]);
  // A clock time stays a qualifier.
  assert.deepEqual(values('Cortisol at 9 am 48 nmol/L.'), [['cortisol', 48, 'nmol/L']]);
  const found = noteReader(40, 'male');
  assert.equal(found('Serum iron at 4 h: 98 umol/L.').get('iron-low'), false);
  assert.equal(found('Paracetamol level at 4 hours 150 mg/L.').get('acetaminophen-level-high'), true);
});

test('coagulation factor activities below 50 % are the reduced activity of that factor (ISTH: 50-150 %)', () => {
  const found = noteReader(9, 'male');
  const f = found('aPTT 79 s, factor VIII 3%, factor IX 92%, von Willebrand antigen 104%.');
  assert.equal(f.get('hp-reduced-factor-viii-activity'), true);
  assert.equal(f.get('hp-reduced-factor-ix-activity'), false, 'a factor within 50-150 % is no reduced activity');
  assert.equal(found('FVIII 12%.').get('hp-reduced-factor-viii-activity'), true);
  assert.equal(found('Factor VII 11%, factor V 96%.').get('hp-reduced-factor-vii-activity'), true);
  assert.equal(found('Factor VII 11%, factor V 96%.').get('hp-reduced-coagulation-factor-v-activity'), false);
  assert.equal(found('factor X 45 %').get('hp-reduced-factor-x-activity'), true);
  assert.equal(found('Factor VIII level 180%.').get('hp-increased-factor-viii-activity'), true);
  assert.equal(found('factor VIII 140').get('hp-reduced-factor-viii-activity'), false, 'a bare number is read in %');
  // Refusals: the gene variant, an inhibitor titre and a dose name a factor without its activity; "Fx", "fix" are no factor.
  for (const text of ['Heterozygous for factor V Leiden.', 'Factor VIII inhibitor 12 BU/mL.', 'Given factor VIII 2000 units IV.', 'Fx 2 days ago, fix 2 screws.']) {
    const g = found(text);
    assert.equal([...g.keys()].some((k) => k.startsWith('hp-reduced-') || k.startsWith('hp-increased-factor')), false, text);
  }
});
