import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { KnowledgeModel } from '../../core/model.js';
import { buildLexicon, extractFindings, type Extraction } from './index.js';

const model = JSON.parse(readFileSync('models/primary-care.json', 'utf8')) as KnowledgeModel;
const lexicon = buildLexicon(model);

function run(text: string): Extraction {
  const r = extractFindings(text, lexicon, { age: 40, sex: 'female' });
  if (!r.ok) throw new Error('note refused');
  return r.value;
}
const VITALS = ['fever', 'tachycardia', 'hypotension', 'tachypnea', 'hypoxemia'];
/** The five vital-sign findings the vignette bench reads, as present/absent (missing when not observed). */
function vitals(text: string): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const o of run(text).findings) if (VITALS.includes(o.id) && 'present' in o) out[o.id] = o.present;
  return out;
}
const ALL_ABSENT = { fever: false, tachycardia: false, hypotension: false, tachypnea: false, hypoxemia: false };

test('the model has the five vital-sign findings a normal statement speaks for', () => {
  for (const id of VITALS) assert.ok(lexicon.findings.has(id), id);
});

test('"vital signs are within normal limits", "vitals stable", "VSS", "afebrile, vitals normal": each vital sign absent', () => {
  for (const t of ['Vital signs are within normal limits.', 'Vitals stable overnight.', 'VSS, tolerating diet.', 'Afebrile, vitals normal.', 'Her vital signs were normal.', 'Normal vital signs on arrival.', 'Vital signs: within normal limits.']) {
    assert.deepEqual(vitals(t), ALL_ABSENT, t);
  }
});

test('the mention names the statement span and rule, and carries no value', () => {
  const text = 'Cough for 3 days. VSS. Lungs clear.';
  const ms = run(text).mentions.filter((m) => m.statement);
  assert.ok(ms.length >= 5);
  for (const m of ms) {
    assert.equal(m.text, 'VSS');
    assert.equal(text.slice(m.span.start, m.span.end), 'VSS');
    assert.equal(m.statement?.rule, 'vitals.vss');
    assert.equal(m.negated, true);
    assert.equal(m.reading, undefined);
    assert.equal(m.used, true);
  }
  const hr = ms.find((m) => m.findingId === 'tachycardia');
  assert.equal(hr?.statement?.test, 'heart-rate');
  assert.equal(run('Vital signs are within normal limits.').mentions.find((m) => m.statement)?.statement?.rule, 'vitals.normal-statement');
});

test('a value in the note wins over the statement', () => {
  assert.deepEqual(vitals('Her pulse is 128/min. Vital signs are otherwise within normal limits.'), { ...ALL_ABSENT, tachycardia: true });
  assert.deepEqual(vitals('Vital signs stable. T 38.9 C.'), { ...ALL_ABSENT, fever: true });
  const m = run('HR 130. VSS.').mentions.filter((x) => x.findingId === 'tachycardia');
  assert.ok(m.every((x) => x.statement === undefined), 'no statement mention for a measured vital sign');
});

test('negated or qualified statements do not make the stated abnormal sign absent', () => {
  assert.deepEqual(vitals('Vital signs were not stable.'), {});
  assert.deepEqual(vitals('Vitals unstable overnight.'), {});
  assert.deepEqual(vitals('Vitals normal except a fever of 38.9.'), { ...ALL_ABSENT, fever: true });
  assert.deepEqual(vitals('Vitals normal except for a soft blood pressure.'), { fever: false, tachycardia: false, tachypnea: false, hypoxemia: false });
  assert.deepEqual(vitals('VSS apart from tachycardia.'), { ...ALL_ABSENT, tachycardia: true });
  assert.deepEqual(vitals('If vital signs are stable, discharge tomorrow.'), {});
  assert.deepEqual(vitals('Chest pain vs stable angina.'), {});
});

test('a blood pressure value leaves both pressure findings to the value, whichever test decides them', () => {
  const x = run('BP 150/95 mm Hg. Vital signs otherwise stable.');
  const bp = x.mentions.filter((m) => m.statement && (m.statement.test === 'systolic-bp' || m.statement.test === 'diastolic-bp'));
  assert.deepEqual(bp, []);
  assert.ok(x.mentions.some((m) => m.statement?.test === 'heart-rate'));
});
