/**
 * Written ECG and chest-imaging statements (AHA/ACC/HRS 2007 ECG statements, Fleischner glossary) read
 * with the shipped broad model's vocabulary: mapped to its findings where it has them, listed as
 * recognised but not in the model where it does not.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadModel } from '../../testkit/builtin-models.js';
import { noteReader } from '../../testkit/note-findings.js';
import { extractFindings } from './extract.js';
import { buildLexicon } from './lexicon.js';
import { REPORT_STATEMENTS } from './report-statements.js';

const found = noteReader(60, 'male');
const lexicon = buildLexicon(loadModel('primary-care'));

function statements(note: string): [string, boolean | undefined][] {
  const r = extractFindings(note, lexicon, { age: 60, sex: 'male' });
  assert.ok(r.ok);
  return r.value.unmapped.filter((u) => u.kind === 'statement').map((u) => [u.concept ?? '', u.present]);
}

test('a rhythm statement written without "ECG" is read: "Sinus bradycardia." states a slow rate', () => {
  const f = found('Sinus bradycardia.');
  assert.equal(f.get('bradycardia-measured'), true);
  assert.equal(f.get('ecg-conduction-abnormality'), true);
  assert.equal(found('Atrial fibrillation with rapid ventricular response.').get('ecg-atrial-fibrillation'), true);
  assert.equal(found('Sinus tachycardia at 118.').get('tachycardia'), true);
  assert.equal(found('ECG: left anterior fascicular block.').get('ecg-conduction-abnormality'), true);
  assert.equal(found('ECG: high-grade AV block.').get('ecg-second-degree-av-block'), true);
  // A past rhythm is history, not a current ECG finding; a negated one is absent.
  assert.equal(found('History of atrial fibrillation.').has('ecg-atrial-fibrillation'), false);
  assert.equal(found('No atrial fibrillation.').get('ecg-atrial-fibrillation'), false);
});

test('statements the model has no finding for are listed as such, not dropped', () => {
  assert.deepEqual(statements('ECG: normal sinus rhythm, left axis deviation.'), [['ecg-sinus-rhythm', true], ['ecg-left-axis-deviation', true]]);
  assert.deepEqual(statements('CT chest: tree-in-bud opacities. No atelectasis.'), [['imaging-tree-in-bud', true], ['imaging-atelectasis', false]]);
  assert.equal(found('CT chest: tree-in-bud opacities.').size, 0);
});

test('imaging statements map to the model\'s findings where they mean the same', () => {
  assert.equal(found('CXR: cephalization and peribronchial cuffing.').get('cxr-pulmonary-edema'), true);
  assert.equal(found('CT chest: crazy paving.').get('cxr-ground-glass'), true);
});

test('every statement phrase is read as its statement (as a mapped finding or a listed concept)', () => {
  const model = loadModel('primary-care');
  const ids = new Set(model.findings.map((f) => f.id));
  for (const st of REPORT_STATEMENTS) {
    for (const phrase of st.phrases) {
      const r = extractFindings(`ECG, EEG, CSF, chest X-ray, CT head and tympanometry: ${phrase}.`, lexicon, { age: 60, sex: 'male' });
      assert.ok(r.ok);
      const listed = r.value.unmapped.some((u) => u.kind === 'statement');
      const mapped = r.value.findings.length > 0;
      assert.ok(listed || mapped, `${phrase} is read`);
      if (st.findings.some((id) => ids.has(id))) assert.ok(mapped, `${phrase} maps to a finding`);
    }
  }
});

test('a skin or mucosal "reticular pattern" is no lung finding; reticular opacities are', () => {
  // Livedo reticularis and the white reticulation of lichen planus are written with the same words.
  assert.equal(found('Skin: lacy reticular pattern over both thighs, worse in the cold.').get('hp-reticular-pattern-on-pulmonary-hrct'), undefined);
  assert.equal(found('Buccal mucosa shows white lacy reticulation.').get('hp-reticular-pattern-on-pulmonary-hrct'), undefined);
  assert.equal(found('Bibasal reticular opacities.').get('hp-reticular-pattern-on-pulmonary-hrct'), true);
});

test('an arrhythmia on ambulatory monitoring is an arrhythmia the monitor captured; on an ECG it is not', () => {
  const holter = found('24-h Holter: 14,200 unifocal ectopics (12% burden), no runs of three or more.');
  assert.equal(holter.get('holter-arrhythmia'), true);
  assert.equal(holter.get('ecg-conduction-abnormality'), true);
  assert.equal(found('48 h Holter: 2.1% ectopy, all supraventricular singles.').get('holter-arrhythmia'), true);
  assert.equal(found('7-day Holter: paroxysms of atrial fibrillation ending in sinus pauses of 4.6 s.').get('holter-arrhythmia'), true);
  // A negated arrhythmia is that one absent, not every arrhythmia the monitor could capture (`LexiconEntry.member`).
  assert.equal(found('Event recorder: no atrial fibrillation.').has('holter-arrhythmia'), false);
  assert.equal(found('Event recorder: no atrial fibrillation.').get('ecg-atrial-fibrillation'), false);
  // Not on a 12-lead ECG, nor in a results section that names no monitor.
  assert.equal(found('ECG: frequent ventricular ectopics.').has('holter-arrhythmia'), false);
  assert.equal(found('ECG: frequent ventricular ectopics.').get('ecg-conduction-abnormality'), true);
  assert.equal(found('Results: atrial fibrillation with rapid ventricular response.').has('holter-arrhythmia'), false);
  // Sinus rhythm on a monitor is no arrhythmia.
  assert.equal(found('24 h Holter: sinus rhythm throughout, rate 58-146.').has('holter-arrhythmia'), false);
});

test('bare "ectopics" are beats only beside a rhythm record or the pulse ("ectopic" alone may be a pregnancy)', () => {
  assert.equal(found('HR 88 with ectopics.').get('ecg-conduction-abnormality'), true);
  assert.equal(found('Scan to rule out ectopic.').has('ecg-conduction-abnormality'), false);
  assert.equal(found('Ectopics.').has('ecg-conduction-abnormality'), false);
});

test('second reader: negated, family and other-device monitoring are no captured arrhythmia; ectopic pregnancy is no beat', () => {
  const none = found('Holter: sinus rhythm, no ectopy.');
  assert.equal(none.get('holter-arrhythmia'), undefined, 'negated on the monitor: no ectopy, nothing said of other arrhythmias');
  assert.equal(none.get('ecg-conduction-abnormality'), undefined);
  assert.equal(found('Ectopic pregnancy excluded on ultrasound.').has('ecg-conduction-abnormality'), false);
  // "ectopic" alone is the pregnancy even beside a rhythm record; the beats are written "ectopics".
  assert.equal(found('ECG normal. Pelvic scan: ectopic gestation in the right tube.').has('ecg-conduction-abnormality'), false);
  assert.equal(found('Pulse irregular with ectopics.').get('ecg-conduction-abnormality'), true);
  const fam = found('Family history: mother with ventricular ectopics on a Holter monitor. FHx: father had ectopic beats.');
  assert.equal(fam.has('holter-arrhythmia'), false, 'another person\'s monitor');
  assert.equal(fam.has('ecg-conduction-abnormality'), false);
  // A glucose, blood pressure or oxygen monitor records no heart rhythm: the arrhythmia stays an ECG statement.
  for (const note of [
    'Uses a glucose monitor; readings show atrial fibrillation.',
    'Home BP monitor: readings 150/95, irregular, atrial fibrillation detected.',
    'Ambulatory blood pressure monitoring: mean 150/95; atrial fibrillation noted.',
  ]) {
    const f = found(note);
    assert.equal(f.has('holter-arrhythmia'), false, note);
    assert.equal(f.get('ecg-atrial-fibrillation'), true, note);
  }
  assert.equal(found('Event monitor: paroxysmal atrial fibrillation.').get('holter-arrhythmia'), true);
  assert.equal(found('Continuous glucose monitor: ectopics.').has('ecg-conduction-abnormality'), false, 'bare "ectopics" needs a rhythm record');
});

test('a pneumothorax written by its sign: the visceral pleural line, the rim between lung margin and chest wall', () => {
  assert.equal(found('CXR: visible rim of 2.5 cm between the lung margin and the chest wall at the hilum.').get('cxr-pneumothorax'), true);
  assert.equal(found('CXR: visceral pleural line at the right apex.').get('cxr-pneumothorax'), true);
  assert.equal(found('CXR: no visible visceral pleural line, lungs clear.').get('cxr-pneumothorax'), false);
  assert.equal(found('CXR: lungs clear.').has('cxr-pneumothorax'), false);
});

test('a negated member of a statement group marks only itself absent, not the group it belongs to', () => {
  // "No ectopy" or "no pauses" on a Holter says nothing of AV block or atrial fibrillation there.
  for (const note of ['24-h Holter: no pauses over 2 s.', 'Holter: no ectopy.', 'ECG: sinus rhythm, no LBBB.', 'ECG: no right bundle branch block.']) {
    const f = found(note);
    assert.equal(f.has('holter-arrhythmia'), false, note);
    assert.equal(f.has('ecg-conduction-abnormality'), false, note);
  }
  // Affirmed, a member makes the group present, also beside a negated one.
  const mixed = found('Holter: frequent ventricular ectopics, no pauses.');
  assert.equal(mixed.get('holter-arrhythmia'), true);
  assert.equal(mixed.get('ecg-conduction-abnormality'), true);
  // A finding of its own (atrial fibrillation), or the group's own words ("heart block"), negated stay absent.
  assert.equal(found('ECG: no atrial fibrillation.').get('ecg-atrial-fibrillation'), false);
  assert.equal(found('ECG: sinus rhythm, no heart block.').get('ecg-conduction-abnormality'), false);
});

test('bundle-branch blocks written by their criteria (AHA/ACCF/HRS 2009 part III) are conduction abnormalities', () => {
  assert.equal(found("ECG: sinus 72, rsR' in V1-V2, broad slurred S waves in I and V6.").get('ecg-conduction-abnormality'), true);
  assert.equal(found('ECG: rSR′ in V1.').get('ecg-conduction-abnormality'), true);
  assert.equal(found('ECG: sinus 70, broad notched R waves in I, aVL, V5 and V6.').get('ecg-conduction-abnormality'), true);
  // Notched T waves are repolarisation, not conduction.
  assert.equal(found('ECG: sinus rhythm, QTc 520 ms with notched T waves in the lateral leads.').has('ecg-conduction-abnormality'), false);
});

test('a beat described by what does not precede it keeps the morphology listed after it', () => {
  const f = found('ECG: sinus 74, frequent broad complexes 148 ms not preceded by P waves, LBBB morphology with inferior axis.');
  assert.equal(f.get('ecg-conduction-abnormality'), true);
  // The thing named right after the cue is still negated.
  assert.equal(found('Syncope not preceded by palpitations.').get('palpitations'), false);
});

test('a bare filling defect is a pulmonary embolus only where the pulmonary arteries are named with it', () => {
  assert.equal(found('CTPA: filling defects in the right lower lobe segmental arteries.').get('cta-pe'), true);
  assert.equal(found('CT: filling defects in both main pulmonary arteries.').get('cta-pe'), true);
  for (const note of [
    'CT portal venous phase: non-enhancing filling defect in the main and right portal veins.',
    'CT urogram: filling defect in the left renal pelvis.',
    'Barium enema: filling defect in the sigmoid colon.',
  ]) assert.equal(found(note).has('cta-pe'), false, note);
});

test('a flat, type B tympanogram is fluid in the middle ear (Jerger 1970); bare "type B" only beside tympanometry', () => {
  assert.equal(found('Tympanometry: type B both ears, flat trace, ear canal volume 0.7 mL.').get('fluid-in-ear'), true);
  assert.equal(found('Flat tympanograms bilaterally.').get('fluid-in-ear'), true);
  assert.equal(found('Tympanometry: type A both ears.').has('fluid-in-ear'), false);
  assert.equal(found('CT: type B aortic dissection.').has('fluid-in-ear'), false);
  assert.equal(found('Hepatitis type B serology sent.').has('fluid-in-ear'), false);
});

test('second reader (s21): "not preceded by" denies a whole list unless it names an ECG wave', () => {
  // A described beat keeps its morphology: the cue names the wave it denies.
  assert.equal(found('ECG: wide complexes not preceded by a P wave, RBBB pattern.').get('ecg-conduction-abnormality'), true);
  // Any other sequence denied is a plain negation over its list: a pertinent negative is never read present.
  const collapse = found('Collapse not preceded by chest pain, palpitations or dizziness.');
  assert.equal(collapse.get('fainting'), true);
  for (const id of ['palpitations', 'dizziness']) assert.equal(collapse.get(id), false, id);
  assert.equal(found('Collapse not accompanied by chest pain or palpitations.').get('palpitations'), false);
});

test('second reader (s21): a filling defect sited in another lumen is no pulmonary embolus, even beside lung words', () => {
  assert.equal(found('CT: filling defect in the right interlobar pulmonary artery.').get('cta-pe'), true);
  for (const note of [
    'CT abdomen: filling defect in the right renal pelvis; lower lobes of lungs clear.',
    'CTPA: no PE. CT abdomen: filling defect in the portal vein.',
    'CT pulmonary angiogram performed. Liver normal. Filling defect in the portal vein.',
    'CT urogram: filling defect in the bladder.',
  ]) assert.equal(found(note).has('cta-pe'), false, note);
});

test('second reader (s21): a part of "… on CT head" is no CT head finding where the CT is of another region', () => {
  for (const note of ['CT abdomen: 4 cm liver mass.', 'CT chest: 3 cm right upper lobe mass.', 'CT of the chest, abdomen and pelvis: 4 cm liver mass.', 'CT abdomen and pelvis with contrast. There is a 4 cm liver mass.']) {
    assert.equal(found(note).has('ct-head-abnormal'), false, note);
  }
  // Its own region, or a CT naming none, still reads it; the nearest CT decides.
  assert.equal(found('CT head: 2 cm right frontal mass with midline shift.').get('ct-head-abnormal'), true);
  assert.equal(found('CT brain: mass effect and midline shift.').get('ct-head-abnormal'), true);
  assert.equal(found('CT: right frontal ring-enhancing lesion.').get('ct-head-abnormal'), true);
  // The liver mass is no CT head finding; "no mass" on the head CT names one member of the group, so it marks
  // nothing absent (grouping-terms.ts).
  assert.equal(found('CT head: no mass. CT abdomen: liver mass.').has('ct-head-abnormal'), false);
});

test('second reader (s21): a mixed Holter list, bundle-branch wordings and "type B" beside other nouns', () => {
  assert.equal(found('ECG: incomplete RBBB.').get('ecg-conduction-abnormality'), true);
  assert.equal(found('ECG: no LBBB.').has('ecg-conduction-abnormality'), false, 'a negated member marks nothing absent');
  for (const note of ['CT: type B aortic dissection.', 'Type B personality.', 'Hepatitis type B serology sent.', 'Tympanometry normal. CT: type B aortic dissection.']) {
    assert.equal(found(note).has('fluid-in-ear'), false, note);
  }
});

test('second reader (s21): "absent" heading a list item qualifies what follows it, not the items before', () => {
  // Surawicz 2009 part III, left bundle-branch block: broad notched R in I, aVL, V5-V6 and absent septal q waves.
  assert.equal(found('ECG: sinus 70, broad notched R in I, aVL, V5-V6, absent septal q waves.').get('ecg-conduction-abnormality'), true);
  // After the findings, or placed ("absent in the bases"), it still reaches back over the list.
  const listed = found('Exam: cough, fever absent.');
  assert.equal(listed.get('cough'), false);
  assert.equal(listed.get('fever'), false);
  assert.equal(found('Exam: wheeze, absent in the bases.').get('wheezing'), false);
  assert.equal(found('Chest: wheeze, absent breath sounds on the left.').get('wheezing'), true);
});

test('intracranial blood by its compartment (Heit 2017): a negated compartment marks only itself absent', () => {
  // "No subarachnoid blood" says nothing of the extradural collection in the same report.
  const edh = found('CT head: right temporal biconvex hyperdense collection 32 mm thick, midline shift 7 mm, no subarachnoid blood.');
  assert.equal(edh.get('ct-head-hemorrhage'), true);
  for (const note of ['CT head: no subarachnoid haemorrhage.', 'CT brain: no subdural collection.', 'CT head: no extradural haematoma.']) {
    assert.equal(found(note).has('ct-head-hemorrhage'), false, note);
  }
  // The whole finding negated stays absent; an affirmed compartment is present.
  assert.equal(found('CT head: no intracranial haemorrhage.').get('ct-head-hemorrhage'), false);
  assert.equal(found('CT head: acute subdural haematoma over the left convexity.').get('ct-head-hemorrhage'), true);
  // The shape words only beside a word naming the head: a biconvex collection in the liver is no head bleed.
  assert.equal(found('CT abdomen: biconvex collection in the liver.').has('ct-head-hemorrhage'), false);
  assert.equal(found('CT head: left frontal crescentic collection.').get('ct-head-hemorrhage'), true);
});

test('an ACR RADS category stands for the imaging finding it grades; a benign or negative category for none', () => {
  assert.equal(found('Mammography: irregular mass, BI-RADS 5.').get('mammogram-abnormal'), true);
  assert.equal(found('Mammogram: BI-RADS category 4A.').get('mammogram-abnormal'), true);
  assert.equal(found('Ultrasound: solid nodule 31 mm, TI-RADS 3.').get('thyroid-us-nodule'), true);
  assert.equal(found('US neck: ACR TI-RADS TR4.').get('thyroid-us-nodule'), true);
  assert.equal(found('Multiphase CT: washout and capsule, LI-RADS 5.').get('imaging-abdominal-mass'), true);
  assert.equal(found('Pelvic US: O-RADS 4.').get('us-pelvic-mass'), true);
  assert.equal(found('Low-dose CT: Lung-RADS 4B.').get('cxr-mass'), true);
  // A negative, benign or probably benign category is recognised, not read as a lesion.
  assert.equal(found('Mammogram: BI-RADS 2.').has('mammogram-abnormal'), false);
  assert.deepEqual(statements('Mammogram: BI-RADS 2.'), [['bi-rads-not-suspicious', true]]);
  assert.equal(found('CT: LI-RADS 1.').has('imaging-abdominal-mass'), false);
  assert.equal(found('US: O-RADS 1.').has('us-pelvic-mass'), false);
  // PI-RADS: the model has no prostate MRI finding; the category is listed as a statement.
  assert.deepEqual(statements('MRI prostate: PI-RADS 4.'), [['pi-rads', true]]);
});

test('written EEG patterns, QRS width, CSF xanthochromia and brain MRI signal are read beside the word naming their test', () => {
  // ACNS 2021 periodic discharges and IFCN epileptiform transients, only beside "EEG".
  assert.equal(found('EEG: periodic lateralised discharges over the left temporal region.').get('eeg-epileptiform'), true);
  assert.equal(found('EEG: generalized periodic discharges (GPDs).').get('eeg-epileptiform'), true);
  assert.equal(found('EEG: no epileptiform discharges.').get('eeg-epileptiform'), false);
  assert.equal(found('Sharp waves of pain in the chest.').has('eeg-epileptiform'), false);
  assert.equal(found('EEG normal. Fever spikes to 39.').has('eeg-epileptiform'), false);
  // A wide QRS is an intraventricular conduction disturbance; "wide QRS tachycardia" keeps its own reading.
  assert.equal(found('ECG: peaked T waves and widened QRS.').get('ecg-conduction-abnormality'), true);
  assert.equal(found('ECG: broad QRS complexes.').get('ecg-conduction-abnormality'), true);
  assert.equal(found('ECG: wide QRS tachycardia.').get('ecg-ventricular-tachycardia'), true);
  // Xanthochromia beside the CSF or the lumbar puncture, present or absent; not skin.
  assert.equal(found('LP: xanthochromia positive on spectrophotometry.').get('csf-xanthochromia'), true);
  assert.equal(found('LP at 12 h: no xanthochromia.').get('csf-xanthochromia'), false);
  assert.equal(found('Xanthochromia of the palms and soles.').has('csf-xanthochromia'), false);
  // T2/FLAIR signal sited in the brain; the same words on a knee or spine MRI are not a brain lesion.
  assert.equal(found('MRI: T2/FLAIR hyperintensity of the right medial temporal lobe.').get('mri-brain-lesion'), true);
  assert.equal(found('MRI knee: T2 hyperintensity in the posterior horn of the meniscus.').has('mri-brain-lesion'), false);
  assert.equal(found('MRI spine: high T2 signal in the cord at C4.').has('mri-brain-lesion'), false);
});
