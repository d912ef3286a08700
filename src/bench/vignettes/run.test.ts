import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileModel } from '../../core/compile.js';
import { makeModel } from '../../testkit/model-fixture.js';
import { buildLexicon } from '../../intake/notes/index.js';
import type { KnowledgeModel } from '../../core/model.js';
import { toVignetteCase, unanswerableByQuestion, vitalFindings } from './run.js';

test('findings only a question reveals start skipped unless the record answers them; tests stay open', () => {
  const cm = compileModel(makeModel());
  const ids = (fis: number[]): string[] => fis.map((fi) => cm.findings[fi]!.def.id).sort();
  // The record holds fever (from the vital signs): asking about fever is answerable, the other questions are not.
  const skipped = ids(unanswerableByQuestion(cm, { present: [{ id: 'fever' }], absent: [], values: [] }));
  assert.deepEqual(skipped, ['dyspnea', 'dysuria', 'pain-site', 'risk']);
  assert.ok(!skipped.includes('ddimer-high'), 'a test result is revealed by ordering the test');
});

test('a "history of" symptom in a vignette is part of the presentation; a negated one stays absent', () => {
  const model = makeModel();
  const lex = buildLexicon(model);
  const vc = toVignetteCase({
    OSCE_Examination: {
      Patient_Actor: {
        Demographics: '30-year-old woman',
        History: 'History of fever over the past month.',
        Symptoms: { Primary_Symptom: 'Tiredness', Secondary_Symptoms: ['History of painful urination'] },
        Review_of_Systems: 'Denies shortness of breath.',
      },
      Correct_Diagnosis: 'x',
    },
  }, model, lex);
  assert.ok(vc);
  const obs = new Map(vc.history.map((o) => [o.id, 'present' in o ? o.present : undefined]));
  assert.equal(obs.get('fever'), true);
  assert.equal(obs.get('dysuria'), true);
  assert.equal(obs.get('dyspnea'), false);
});

test('vital signs are read against age-specific limits; Fahrenheit and qualitative temperatures are read', () => {
  const get = (v: unknown, age: number): Record<string, boolean> =>
    Object.fromEntries(vitalFindings(v, age).map((o) => [o.id, 'present' in o && o.present]));
  const infant = get({ Temperature: '37.0°C', Heart_Rate: '150 bpm', Respiratory_Rate: '40/min', Blood_Pressure: '80/50 mmHg' }, 0.5);
  assert.deepEqual(infant, { fever: false, tachycardia: false, hypotension: false, tachypnea: false });
  const adult = get({ Temperature: '101.3°F', Heart_Rate: '150 bpm', Respiratory_Rate: '40/min', Blood_Pressure: '80/50 mmHg' }, 40);
  assert.deepEqual(adult, { fever: true, tachycardia: true, hypotension: true, tachypnea: true });
  assert.deepEqual(get({ Temperature: 'Normothermic' }, 30), { fever: false });
});

test('a free-text vignette: the closing question is dropped, prose vital signs are read, the case is scored instantly', async () => {
  const { proseVitals, vignetteStory, runFreeTextCase } = await import('./run.js');
  assert.equal(vignetteStory('A man has a cough. He smokes. Which of the following is the most likely diagnosis?'), 'A man has a cough. He smokes.');
  const v = Object.fromEntries(proseVitals('Her temperature is 39.1°C (102.4°F), pulse is 128/min, respirations are 26/min, and blood pressure is 82/46 mm Hg. Oxygen saturation is 89% on room air.', 40).map((o) => [o.id, 'present' in o && o.present]));
  assert.deepEqual(v, { fever: true, tachycardia: true, hypotension: true, tachypnea: true, hypoxemia: true });
  // Normal vital signs stated without values are the notes pipeline's (`normal-vitals.ts`), not this reader's.
  const n = Object.fromEntries(proseVitals('Her pulse is 128/min. Vital signs are otherwise within normal limits.', 40).map((o) => [o.id, 'present' in o && o.present]));
  assert.deepEqual(n, { tachycardia: true });
  assert.deepEqual(proseVitals('His vital signs were stable.', 40), []);
  assert.deepEqual(proseVitals('She has no vital sign abnormality noted by her mother.', 40), []);
  const model = makeModel();
  const lex = buildLexicon(model);
  const o = runFreeTextCase(model, compileModel(model), lex, { id: 't1', question: 'A 30-year-old woman has fever and painful urination. What is the most likely diagnosis?', diagnosis: model.conditions[0]!.name });
  assert.ok(o);
  assert.equal(o.vc.sex, 'female');
  assert.equal(o.vc.age, 30);
  assert.ok(o.covered);
  assert.ok(o.known.some((x) => x.id === 'fever'));
});

test('a free-text vignette gets "vital signs are within normal limits" once, through the notes pipeline; a value still decides', async () => {
  const { runFreeTextCase } = await import('./run.js');
  const { readFileSync } = await import('node:fs');
  const model = JSON.parse(readFileSync('models/primary-care.json', 'utf8')) as KnowledgeModel;
  const lex = buildLexicon(model);
  const o = runFreeTextCase(model, compileModel(model), lex, { question: 'A 50-year-old man has a cough. His pulse is 128/min. Vital signs are otherwise within normal limits. What is the most likely diagnosis?', diagnosis: model.conditions[0]!.name });
  assert.ok(o);
  const vit = o.known.filter((x) => ['fever', 'tachycardia', 'hypotension', 'tachypnea', 'hypoxemia'].includes(x.id));
  assert.deepEqual(Object.fromEntries(vit.map((x) => [x.id, 'present' in x && x.present])), { fever: false, tachycardia: true, hypotension: false, tachypnea: false, hypoxemia: false });
  assert.equal(vit.length, 5, 'each vital-sign finding once');
});
