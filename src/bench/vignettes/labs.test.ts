import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { compileModel } from '../../core/compile.js';
import type { KnowledgeModel } from '../../core/model.js';
import { buildLexicon } from '../../intake/notes/index.js';
import { createGatekeeper } from '../gatekeeper.js';
import { labReadings } from './labs.js';

const model = JSON.parse(readFileSync('models/primary-care.json', 'utf8')) as KnowledgeModel;
const cm = compileModel(model);
const lexicon = buildLexicon(model);

test('a blood count in the record answers with its numbers, not "normal"', () => {
  const results = { Complete_Blood_Count: { Hemoglobin: '7.1 g/dL', MCV: '68 fL', Platelets: 'Normal' }, Iron_Studies: { Ferritin: '4 ng/mL' } };
  const lab = labReadings(results, lexicon, { age: 34, sex: 'female' });
  const present = new Set(lab.observations.filter((o) => 'present' in o && o.present).map((o) => o.id));
  assert.ok(present.has('hemoglobin-low') && present.has('mcv-low') && present.has('ferritin-low'), [...present].join(' '));
  const record = {
    present: lab.observations.filter((o) => 'present' in o && o.present).map((o) => ({ id: o.id })),
    absent: lab.observations.filter((o) => 'present' in o && !o.present).map((o) => ({ id: o.id })),
    values: [],
  };
  const gk = createGatekeeper(cm, record, lab.results);
  const answers = gk.ask('test:cbc');
  assert.ok(answers.some((o) => o.id === 'hemoglobin-low' && 'present' in o && o.present));
  assert.ok(answers.some((o) => o.id === 'platelets-low' && 'present' in o && !o.present));
  const hb = gk.log[0]?.results?.find((r) => r.findingId === 'hemoglobin-low');
  assert.deepEqual([hb?.value, hb?.unit, hb?.present], [7.1, 'g/dL', true]);
  // WBC was not in the record: only its two results take the documented default.
  assert.equal(gk.log[0]?.defaulted, 2);
});

test('a normal temperature in a free-text vignette is no fever; a raised one is', async () => {
  const { runFreeTextCase } = await import('./run.js');
  const { compileModel } = await import('../../core/compile.js');
  const { buildLexicon } = await import('../../intake/notes/index.js');
  const cm = compileModel(model);
  const lex = buildLexicon(model);
  const fever = (t: string): boolean | undefined => {
    const o = runFreeTextCase(model, cm, lex, { id: 'x', question: `A 34-year-old woman has a cough. Her temperature is ${t}, pulse is 80/min. Which of the following is the most likely diagnosis?`, diagnosis: 'Pneumonia' });
    const f = o?.known.find((k) => k.id === 'fever');
    return f && 'present' in f ? f.present : undefined;
  };
  assert.equal(fever('37°C (98.6°F)'), false);
  assert.equal(fever('39.2°C (102.6°F)'), true);
});
