import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileModel } from '../../core/compile.js';
import { makeModel } from '../../testkit/model-fixture.js';
import { buildLexicon } from '../../intake/notes/index.js';
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
