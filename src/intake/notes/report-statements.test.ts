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
      const r = extractFindings(`ECG and chest X-ray: ${phrase}.`, lexicon, { age: 60, sex: 'male' });
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
  assert.equal(found('Event recorder: no atrial fibrillation.').get('holter-arrhythmia'), false);
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

test('a pneumothorax written by its sign: the visceral pleural line, the rim between lung margin and chest wall', () => {
  assert.equal(found('CXR: visible rim of 2.5 cm between the lung margin and the chest wall at the hilum.').get('cxr-pneumothorax'), true);
  assert.equal(found('CXR: visceral pleural line at the right apex.').get('cxr-pneumothorax'), true);
  assert.equal(found('CXR: no visible visceral pleural line, lungs clear.').get('cxr-pneumothorax'), false);
  assert.equal(found('CXR: lungs clear.').has('cxr-pneumothorax'), false);
});
