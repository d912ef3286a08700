import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ConditionDef, FindingDef } from '../../core/model.js';
import { buildLexicon, extractFindings } from './index.js';

const bin = (id: string, name: string, synonyms: string[], kind: FindingDef['kind'] = 'history', exposure?: FindingDef['exposure']): FindingDef =>
  ({ id, name, synonyms, kind, ...(exposure ? { exposure } : {}), valueType: 'binary', values: [], defaultValue: 'absent', leak: 0.01 }) as unknown as FindingDef;

const FINDINGS: FindingDef[] = [
  bin('diabetes-history', 'history of diabetes', ['diabetes', 'diabetic', 'type 2 diabetes']),
  bin('tobacco-smoking', 'tobacco smoking', ['smoker', 'smokes', 'smoking', 'smoking history'], 'history', 'lifetime'),
  bin('cat-exposure', 'contact with cats', ['cat', 'cats']),
  bin('nsaid-use', 'NSAID use', ['nsaids', 'ibuprofen', 'aspirin'], 'history', 'current'),
  bin('anticoagulant-use', 'anticoagulant use', ['warfarin'], 'history', 'current'),
  bin('glucocorticoid-use', 'long-term glucocorticoid use', ['prednisone'], 'history', 'current'),
  bin('recent-surgery-or-immobilization', 'recent surgery', ['underwent surgery', 'postoperative'], 'history', 'recent-procedure'),
  bin('abusing-alcohol', 'abusing alcohol', ['alcoholism'], 'symptom', 'lifetime'),
  bin('fever', 'fever', [], 'symptom'),
];

function lexicon(): ReturnType<typeof buildLexicon> {
  const conditions = [
    { id: 'di', name: 'Diabetes insipidus', synonyms: [] },
    { id: 'gdm', name: 'Gestational diabetes', synonyms: [] },
    { id: 't2', name: 'Type 2 diabetes', synonyms: [] },
    { id: 'dr', name: 'Diabetic retinopathy', synonyms: [] },
  ] as unknown as ConditionDef[];
  // Diabetic retinopathy implies diabetes (0.9 of its patients): naming it still states the exposure.
  const likelihoods = { 'diabetes-history': { dr: [0.9] } };
  return buildLexicon({ id: 'exposure-test', version: '1', findings: FINDINGS, conditions, likelihoods });
}

const LEX = lexicon();
function read(text: string): string[] {
  const r = extractFindings(text, LEX);
  assert.ok(r.ok);
  return r.value.findings.flatMap((o) => ('present' in o ? [`${o.present ? '' : '-'}${o.id}`] : []));
}

test('an exposure term inside a longer known term yields to it; the exposure itself still reads', () => {
  assert.deepEqual(read('He has diabetes insipidus.'), []);
  assert.deepEqual(read('She had gestational diabetes.'), []);
  assert.deepEqual(read('She has type 2 diabetes.'), ['diabetes-history'], 'same length as a condition name: the finding stays');
  assert.deepEqual(read('He has diabetes and diabetes insipidus.'), ['diabetes-history']);
  assert.deepEqual(read('He has diabetic retinopathy.'), ['diabetes-history'], 'a condition the model gives mostly to patients with the exposure keeps it');
  assert.deepEqual(read('She received smoking cessation counselling.'), []);
  assert.deepEqual(read('He uses a nicotine patch. Passive smoking at home.'), []);
  assert.deepEqual(read('He is a non-smoker.'), ['-tobacco-smoking']);
  assert.deepEqual(read('Family history of diabetes.'), []);
});

test('an allergy statement is no exposure, affirmed or negated', () => {
  assert.deepEqual(read('She is not allergic to cats.'), []);
  assert.deepEqual(read('She is allergic to aspirin and cats.'), []);
  assert.deepEqual(read('Allergies: ibuprofen.'), []);
  assert.deepEqual(read('He is allergic to sulfa drugs; he takes ibuprofen.'), ['nsaid-use'], 'the allergy cue stays in its clause');
  assert.deepEqual(read('She has two cats at home.'), ['cat-exposure']);
  assert.deepEqual(read('She has no pets; no cats.'), ['-cat-exposure']);
});

test('time: a former smoker or drinker still counts, a stopped or planned medicine does not', () => {
  assert.deepEqual(read('He quit smoking 20 years ago.'), ['tobacco-smoking']);
  assert.deepEqual(read('He is a former smoker.'), ['tobacco-smoking']);
  assert.deepEqual(read('He is an ex-smoker.'), ['tobacco-smoking']);
  assert.deepEqual(read('He has a history of alcoholism.'), ['abusing-alcohol']);
  assert.deepEqual(read('He was previously on prednisone.'), []);
  assert.deepEqual(read('He completed a course of prednisone.'), []);
  assert.deepEqual(read('He discontinued warfarin last year.'), []);
  assert.deepEqual(read('Warfarin was stopped.'), []);
  assert.deepEqual(read('He will start warfarin. Avoid NSAIDs.'), []);
  assert.deepEqual(read('He does not take NSAIDs.'), ['-nsaid-use']);
  assert.deepEqual(read('He was started on warfarin 2 weeks ago.'), ['anticoagulant-use']);
  assert.deepEqual(read('She takes ibuprofen daily and stopped aspirin.'), ['nsaid-use']);
});

test('recent surgery: a procedure the patient underwent, within 4 weeks or undated; not when dated earlier', () => {
  assert.deepEqual(read('He underwent knee surgery.'), ['recent-surgery-or-immobilization']);
  assert.deepEqual(read('He is s/p appendectomy.'), ['recent-surgery-or-immobilization']);
  assert.deepEqual(read('She had a hip replacement 5 days ago.'), ['recent-surgery-or-immobilization']);
  assert.deepEqual(read('She had a hip replacement 2 years ago.'), []);
  assert.deepEqual(read('She had an appendectomy as a child.'), []);
  assert.deepEqual(read('He underwent surgery 3 months ago.'), []);
  // The time comes from the note's durations (durations.ts), with their fuller tables.
  assert.deepEqual(read('He underwent knee surgery last week.'), ['recent-surgery-or-immobilization']);
  assert.deepEqual(read('He underwent knee surgery last year.'), []);
  assert.deepEqual(read('He underwent surgery 2 yrs ago.'), [], 'an abbreviated unit dates it too');
  assert.deepEqual(read('He underwent surgery a couple of weeks prior.'), ['recent-surgery-or-immobilization']);
  assert.deepEqual(read('Three months ago he underwent surgery.'), [], 'a time before the term');
  assert.deepEqual(read('Past medical history:\nUnderwent knee surgery within the past 2 weeks.'), ['recent-surgery-or-immobilization'], 'a window inside 4 weeks dates it recent');
  assert.deepEqual(read('He underwent knee surgery in the past year.'), ['recent-surgery-or-immobilization'], 'a wider window does not date it: undated');
  assert.deepEqual(read('Past medical history:\nUnderwent knee surgery in the past year.'), [], 'undated, then the past-history section decides');
  assert.deepEqual(read('He underwent knee surgery and has had calf pain for 3 months.'), ['recent-surgery-or-immobilization'], 'a length is no time since the surgery');
  assert.deepEqual(read('He had an upper endoscopy.'), []);
  assert.deepEqual(read('He had a fever.'), ['fever']);
});

test('the model\'s exposure field, not the finding id, chooses the time rule', () => {
  const lex = buildLexicon({ id: 'exposure-field-test', version: '1', findings: [
    bin('x-drug', 'x drug', ['xdrug'], 'history', 'current'),
    bin('y-course', 'y course', ['ycourse'], 'history', 'course'),
    bin('z-procedure', 'z procedure', ['zproc'], 'history', 'recent-procedure'),
    bin('nsaid-use', 'NSAID use', ['ibuprofen']),
    bin('w-habit', 'w habit', ['whabit'], 'symptom', 'lifetime'),
    bin('v-status', 'v status', ['vstatus'], 'lab', 'stated'),
  ] });
  const ids = (text: string): string[] => {
    const r = extractFindings(text, lex);
    assert.ok(r.ok);
    return r.value.findings.flatMap((o) => ('present' in o && o.present ? [o.id] : []));
  };
  assert.deepEqual(ids('He stopped xdrug.'), []);
  assert.deepEqual(ids('He stopped ibuprofen.'), ['nsaid-use'], 'no field: a history finding is no current exposure');
  assert.deepEqual(ids('He completed ycourse.'), ['y-course'], 'a course counts once completed');
  assert.deepEqual(ids('Will start ycourse.'), []);
  assert.deepEqual(ids('He had zproc 2 years ago.'), []);
  assert.deepEqual(ids('He has a history of whabit.'), ['w-habit']);
  assert.deepEqual(ids('Family history of vstatus.'), [], 'a stated exposure follows the family rule');
});
