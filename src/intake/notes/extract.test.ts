import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeModel } from '../../testkit/model-fixture.js';
import type { FindingDef } from '../../core/model.js';
import { buildLexicon, extractFindings, MAX_NOTE_CHARS, type Extraction, type Mention } from './index.js';

const extra: FindingDef[] = [
  { id: 'cp', name: 'chest pain', kind: 'symptom', valueType: 'binary', leak: 0.05 },
  { id: 'nv', name: 'nausea and vomiting', kind: 'symptom', valueType: 'binary', leak: 0.05 },
  { id: 'doe', name: 'dyspnea on exertion', kind: 'symptom', valueType: 'binary', leak: 0.05 },
  { id: 'ha', name: 'headache', kind: 'symptom', valueType: 'binary', leak: 0.05 },
  { id: 'loc', name: 'loss of consciousness', kind: 'symptom', valueType: 'binary', leak: 0.05 },
  { id: 'abdpain', name: 'abdominal pain', kind: 'symptom', valueType: 'binary', leak: 0.05 },
  { id: 'fc', name: 'fever and chills', kind: 'symptom', valueType: 'binary', leak: 0.05 },
  { id: 'cough', name: 'cough', kind: 'symptom', valueType: 'binary', leak: 0.05 },
  { id: 'pneumonia', name: 'pneumonia', kind: 'history', valueType: 'binary', leak: 0.05 },
  { id: 'dm', name: 'diabetes', kind: 'history', valueType: 'binary', leak: 0.05 },
  { id: 'mi', name: 'myocardial infarction', kind: 'history', valueType: 'binary', leak: 0.05 },
  { id: 'rash', name: 'rash', kind: 'sign', valueType: 'binary', leak: 0.05 },
];
const base = makeModel();
const model = makeModel({ findings: [...base.findings, ...extra] });
const lexicon = buildLexicon(model);

function run(text: string): Extraction {
  const r = extractFindings(text, lexicon);
  assert.equal(r.ok, true);
  if (!r.ok) throw new Error('unreachable');
  return r.value;
}

function only(x: Extraction, id: string): Mention {
  const ms = x.mentions.filter((m) => m.findingId === id);
  assert.equal(ms.length, 1, `one mention of ${id}`);
  return ms[0] as Mention;
}

function ruleIds(m: Mention): string[] {
  return m.rules.map((r) => r.ruleId);
}

test('multi-word terms and abbreviations are recognised with exact spans', () => {
  const text = 'Pt c/o CP and SOB.  Also N/V, DOE, HA x2 days; brief LOC. Abd pain. F/C at night.';
  const x = run(text);
  const spans = Object.fromEntries(x.mentions.map((m) => [m.findingId, text.slice(m.span.start, m.span.end)]));
  assert.deepEqual(spans, { cp: 'CP', dyspnea: 'SOB', nv: 'N/V', doe: 'DOE', ha: 'HA', loc: 'LOC', abdpain: 'Abd pain', fc: 'F/C' });
  for (const m of x.mentions) assert.equal(m.text, text.slice(m.span.start, m.span.end));
});

test('case, plurals and model synonyms match; the longest term wins', () => {
  const text = 'SHORTNESS OF BREATH with Fevers and pyrexia; dyspnea on exertion.';
  const x = run(text);
  assert.deepEqual(x.mentions.map((m) => [m.findingId, m.text]), [['dyspnea', 'SHORTNESS OF BREATH'], ['fever', 'Fevers'], ['fever', 'pyrexia'], ['doe', 'dyspnea on exertion']]);
});

test('negation before and after the finding, with trigger text, span and rule id', () => {
  const text = 'Denies fever. Rash was negative. Cough: none. No evidence of pneumonia.';
  const x = run(text);
  const fever = only(x, 'fever');
  assert.equal(fever.negated, true);
  assert.deepEqual(fever.rules, [{ ruleId: 'neg.pre.denies', category: 'negated', trigger: 'Denies', span: { start: 0, end: 6 } }]);
  assert.deepEqual(ruleIds(only(x, 'rash')), ['neg.post.was-negative']);
  assert.deepEqual(ruleIds(only(x, 'cough')), ['neg.post.colon-none']);
  assert.deepEqual(ruleIds(only(x, 'pneumonia')), ['neg.pre.no-evidence-of']);
  assert.deepEqual(x.findings, [{ id: 'fever', present: false }, { id: 'cough', present: false }, { id: 'pneumonia', present: false }, { id: 'rash', present: false }]);
});

test('a field answered "never" is negated, the label and the answer alike ("Smoking status: Never smoker")', () => {
  const x = run('Cough status: Never coughs. Rash: never.');
  assert.deepEqual(x.mentions.filter((m) => m.findingId === 'cough').map((m) => m.negated), [true, true]);
  assert.deepEqual(ruleIds(only(x, 'rash')), ['neg.both.colon-never']);
  assert.deepEqual(x.findings, [{ id: 'cough', present: false }, { id: 'rash', present: false }]);
});

test('a negation answering one field of a list ends at the next field and at an affirmative answer', () => {
  const neg = (text: string): string[] => run(text).mentions.map((m) => `${m.findingId}${m.negated ? '-' : '+'}`);
  assert.deepEqual(neg('Fever: no, cough: yes.'), ['fever-', 'cough+']);
  assert.deepEqual(neg('Rash: yes, cough: no.'), ['rash+', 'cough-']);
  assert.deepEqual(neg('ROS: fever: no, headache: no, cough: yes, rash: yes.'), ['fever-', 'ha-', 'cough+', 'rash+']);
  // Spaced dashes separate label and answer as colons do; a dash in prose opens no field.
  assert.deepEqual(neg('Fever - no; Rash - yes'), ['fever-', 'rash+']);
  assert.deepEqual(neg('Fever - no, rash - yes, cough - no.'), ['fever-', 'rash+', 'cough-']);
  assert.deepEqual(neg('Fever \u2013 no, cough \u2013 yes'), ['fever-', 'cough+']);
  assert.deepEqual(neg('No fever, headache - since Monday.'), ['fever-', 'ha-']);
  // A later field's label is out of a prose negation's reach; a list without labels stays negated.
  assert.deepEqual(neg('No fever, headache, cough: productive.'), ['fever-', 'ha-', 'cough+']);
  assert.deepEqual(neg('Denies fever, headache or cough.'), ['fever-', 'ha-', 'cough-']);
  assert.deepEqual(neg('Cough present, rash absent.'), ['cough+', 'rash-']);
  // A clock time is no field separator.
  assert.deepEqual(neg('At 10:30 no fever or cough.'), ['fever-', 'cough-']);
});

test('a negation that opens a heading reaches the list after its colon ("No history of: ...")', () => {
  const neg = (text: string): string[] => run(text).mentions.map((m) => `${m.findingId}${m.negated ? '-' : '+'}`);
  // "No" here heads the sentence; it answers no field, so the words after it are no new label.
  assert.deepEqual(neg('No history of: fever, cough.'), ['fever-', 'cough-']);
  assert.deepEqual(neg('No complaints of: headache or rash.'), ['ha-', 'rash-']);
  // An answer after a separator still closes its field.
  assert.deepEqual(neg('Smoking: no cough: yes.'), ['cough+']);
});

test('a cue matches the word as written: an inflected cue is no other word with the same stem', () => {
  const neg = (text: string): string[] => run(text).mentions.map((m) => `${m.findingId}${m.negated ? '-' : '+'}`);
  // The verb "presents" (a terminator) is not the adjective "present"; the noun "report" is not "reports".
  assert.deepEqual(neg('Denies present or past chest pain.'), ['cp-']);
  assert.deepEqual(neg('No present complaint of cough or fever.'), ['cough-', 'fever-']);
  assert.deepEqual(neg('No report of cough.'), ['cough-']);
  assert.deepEqual(neg('No cough; altered mental state noted.'), ['cough-']);
  // The verbs still end a scope, in both their forms.
  assert.deepEqual(neg('No fever but he presents with cough.'), ['fever-', 'cough+']);
  assert.deepEqual(neg('No rash, and patients complain of cough.'), ['rash-', 'cough+']);
  // "present" as an answer still closes the field it answers.
  assert.deepEqual(neg('Cough present, rash absent.'), ['cough+', 'rash-']);
  // "not yet" is a negation, not the conjunction "yet".
  assert.deepEqual(neg('Has not yet had a cough.'), ['cough-']);
});

test('"denies" after a dash answers the field as after a colon (its normal form is "deny")', () => {
  const neg = (text: string): string[] => run(text).mentions.map((m) => `${m.findingId}${m.negated ? '-' : '+'}`);
  assert.deepEqual(neg('Chest pain - denies. Cough - yes.'), ['cp-', 'cough+']);
  assert.deepEqual(neg('Fever \u2013 denies, cough \u2013 yes.'), ['fever-', 'cough+']);
  assert.deepEqual(neg('Fever: denies. Cough: yes.'), ['fever-', 'cough+']);
});

test('uncertain and hypothetical mentions are kept but not turned into observations', () => {
  const x = run('Possible pneumonia. Return if fever develops. Rule out MI.');
  const p = only(x, 'pneumonia');
  assert.equal(p.uncertain, true);
  assert.deepEqual(ruleIds(p), ['unc.pre.possible']);
  const f = only(x, 'fever');
  assert.equal(f.hypothetical, true);
  assert.deepEqual(ruleIds(f), ['hyp.pre.return-if']);
  assert.equal(only(x, 'mi').uncertain, true);
  assert.deepEqual(x.findings, []);
  assert.ok(x.mentions.every((m) => !m.used));
});

test('historical context: a past symptom is not current, a past disease is a history finding', () => {
  const x = run('History of MI in 2019. Had headache previously.');
  const mi = only(x, 'mi');
  assert.equal(mi.historical, true);
  assert.ok(ruleIds(mi).includes('hist.pre.history-of'));
  const ha = only(x, 'ha');
  assert.equal(ha.historical, true);
  assert.deepEqual(ruleIds(ha), ['hist.post.previously']);
  assert.deepEqual(x.findings, [{ id: 'mi', present: true }]);
});

test('experiencer: relatives and other people, in text and in the family history section', () => {
  const x = run('His mother has diabetes. Wife has a cough.\n\nFAMILY HISTORY:\nMI at 50.\n\nROS: fever.');
  const dm = only(x, 'dm');
  assert.equal(dm.experiencer, 'family');
  assert.deepEqual(ruleIds(dm), ['fam.pre.his-mother']);
  assert.equal(only(x, 'cough').experiencer, 'other');
  const mi = only(x, 'mi');
  assert.equal(mi.experiencer, 'family');
  assert.equal(mi.section, 'fh');
  assert.deepEqual(ruleIds(mi), ['section.fh']);
  assert.equal(only(x, 'fever').section, 'ros');
  assert.deepEqual(x.findings, [{ id: 'fever', present: true }]);
});

test('pseudo-triggers do not negate', () => {
  const x = run('No increase in cough. Not only fever but rash. Gram negative pneumonia. No change in headache.');
  for (const id of ['cough', 'fever', 'pneumonia', 'ha']) assert.equal(only(x, id).negated, false, id);
  assert.equal(only(x, 'rash').negated, false);
});

test('scope ends at "but" and at the sentence end', () => {
  const x = run('Denies fever but has cough. No rash. Headache today.');
  assert.equal(only(x, 'fever').negated, true);
  assert.equal(only(x, 'cough').negated, false);
  assert.equal(only(x, 'rash').negated, true);
  assert.equal(only(x, 'ha').negated, false);
});

test('"non" negates only the word it is joined to', () => {
  const x = run('Non-productive cough with crampy abdominal pain. Non-radiating chest pain. Non rash.');
  assert.equal(only(x, 'abdpain').negated, false);
  assert.equal(only(x, 'cp').negated, false);
  assert.equal(only(x, 'rash').negated, true);
});

test('a negation reaches across a list', () => {
  const x = run('Denies fever, chest pain, shortness of breath, or headache.');
  for (const id of ['fever', 'cp', 'dyspnea', 'ha']) assert.equal(only(x, id).negated, true, id);
});

test('affirmed and negated in one note: the affirmation wins', () => {
  const x = run('Denied fever at home. In clinic she has a fever of 39.');
  assert.deepEqual(x.findings, [{ id: 'fever', present: true }]);
  const used = x.mentions.filter((m) => m.used).map((m) => m.negated);
  assert.deepEqual(used, [false]);
});

test('value names are recognised only when asked', () => {
  assert.deepEqual(run('recent surgery').mentions, []);
  const lex = buildLexicon(model, { includeValues: true });
  const r = extractFindings('Recent surgery and long travel.', lex);
  assert.ok(r.ok);
  if (r.ok) assert.deepEqual(r.value.findings, [{ id: 'risk', values: ['surgery', 'travel'] }]);
});

test('empty notes give a warning and nothing else', () => {
  const r = extractFindings('   \n', lexicon);
  assert.ok(r.ok);
  if (r.ok) assert.deepEqual(r.value, { mentions: [], findings: [], readings: [], durations: [], unmapped: [] });
  assert.deepEqual(r.issues.map((i) => i.code), ['empty']);
});

test('binary junk does not crash and is flagged', () => {
  const junk = String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 65536)) + ' no fever';
  const r = extractFindings(junk, lexicon);
  assert.ok(r.ok);
  assert.ok(r.issues.some((i) => i.code === 'encoding'));
});

test('notes over the size limit are refused with an issue that does not quote the note', () => {
  const r = extractFindings(`fever ${'x'.repeat(MAX_NOTE_CHARS)}`, lexicon);
  assert.equal(r.ok, false);
  assert.equal(r.issues[0]?.code, 'too-large');
  assert.ok(!r.issues[0]?.message.includes('fever'));
});

test('a 10 MB note completes', () => {
  const chunk = 'HPI: 60 yo with CP and SOB. Denies fever, but has cough. FAMILY HISTORY: mother with diabetes.\n';
  const text = chunk.repeat(Math.floor(MAX_NOTE_CHARS / chunk.length));
  assert.ok(text.length > 9.9e6);
  const r = extractFindings(text, lexicon);
  assert.ok(r.ok);
  if (r.ok) {
    assert.deepEqual(r.value.findings, [{ id: 'fever', present: false }, { id: 'dyspnea', present: true }, { id: 'cp', present: true }, { id: 'cough', present: true }]);
    assert.equal(r.value.mentions.length, 5 * Math.floor(MAX_NOTE_CHARS / chunk.length));
  }
});

test('a 10 MB note with no sentence breaks or spaces completes', () => {
  const r = extractFindings('no '.repeat(3_000_000) + 'fever', lexicon);
  assert.ok(r.ok);
  const r2 = extractFindings(' '.repeat(MAX_NOTE_CHARS), lexicon);
  assert.ok(r2.ok);
});

test("experiencer: a person's own 'has had' or 'now has' keeps their scope; after the patient it still ends a cue", () => {
  const x = run('Father has had a cough for years. Her husband now has a fever.');
  assert.equal(only(x, 'cough').experiencer, 'family');
  assert.equal(only(x, 'fever').experiencer, 'other');
  assert.deepEqual(x.findings, []);
  const y = run('No fever, has had a cough.');
  assert.equal(only(y, 'fever').negated, true);
  assert.equal(only(y, 'cough').negated, false);
  assert.equal(only(y, 'cough').experiencer, 'patient');
});

test('more cues: unlikely, r/o, h/o, should ... develop, family history of, free of, sister', () => {
  const cases: [string, string, keyof Pick<Mention, 'negated' | 'uncertain' | 'hypothetical' | 'historical'> | 'family', string][] = [
    ['Pneumonia unlikely.', 'pneumonia', 'negated', 'neg.post.unlikely'],
    ['r/o pneumonia', 'pneumonia', 'uncertain', 'unc.pre.r-o'],
    ['h/o MI', 'mi', 'historical', 'hist.pre.h-o'],
    ['Should a rash develop, call.', 'rash', 'hypothetical', 'hyp.pre.should'],
    ['Family history of diabetes.', 'dm', 'family', 'fam.pre.family-history-of'],
    ['Free of rash.', 'rash', 'negated', 'neg.pre.free-of'],
    ['His sister had a rash.', 'rash', 'family', 'fam.pre.his-sister'],
    ['Patient didn’t have fever.', 'fever', 'negated', "neg.pre.didn-t"],
  ];
  for (const [text, id, flag, rule] of cases) {
    const m = only(run(text), id);
    if (flag === 'family') assert.equal(m.experiencer, 'family', text);
    else assert.equal(m[flag], true, text);
    assert.ok(ruleIds(m).includes(rule), `${text}: ${ruleIds(m).join(',')}`);
  }
});

test('a cue inside brackets does not reach outside them; a new subject ends the scope', () => {
  const x = run('Report (not reviewed) shows pneumonia. No fever, the patient has a cough.');
  assert.equal(only(x, 'pneumonia').negated, false);
  assert.equal(only(x, 'fever').negated, true);
  assert.equal(only(x, 'cough').negated, false);
});

test('trigger rule ids are unique per rule and stable', async () => {
  const { TRIGGER_RULES } = await import('./index.js');
  const ids = TRIGGER_RULES.map((r) => `${r.id}|${r.ends?.join(',') ?? ''}`);
  assert.equal(new Set(ids).size, ids.length);
  assert.ok(TRIGGER_RULES.some((r) => r.id === 'neg.pre.denies'));
});

test('a synonym group holds one concept: tiredness is fatigue, not weakness or malaise', () => {
  const m = makeModel({
    findings: [
      ...base.findings,
      { id: 'fatigue', name: 'fatigue', kind: 'symptom', valueType: 'binary', leak: 0.05 },
      { id: 'weakness', name: 'weakness', kind: 'symptom', valueType: 'binary', leak: 0.05 },
      { id: 'ill', name: 'feeling ill', synonyms: ['malaise'], kind: 'symptom', valueType: 'binary', leak: 0.05 },
      { id: 'bp', name: 'back pain', kind: 'symptom', valueType: 'binary', leak: 0.05 },
      { id: 'lbp', name: 'low back pain', kind: 'symptom', valueType: 'binary', leak: 0.05 },
    ],
  });
  const lex = buildLexicon(m);
  const ids = (text: string): string[] => {
    const r = extractFindings(text, lex);
    assert.equal(r.ok, true);
    return r.ok ? r.value.findings.map((o) => o.id) : [];
  };
  assert.deepEqual(ids('She feels tired.'), ['fatigue']);
  assert.deepEqual(ids('Generalized weakness.'), ['weakness']);
  assert.deepEqual(ids('Malaise.'), ['ill']);
  assert.deepEqual(ids('Back pain.'), ['bp']);
  assert.deepEqual(ids('LBP.'), ['lbp']);
});

test('the relative who brings a child is not the one with the finding; a relative\'s own history still is', () => {
  assert.equal(only(run('Parents bring an 11-month-old baby because the baby has a cough.'), 'cough').experiencer, 'patient');
  assert.equal(only(run('A mother brings her son to the clinic with a rash.'), 'rash').experiencer, 'patient');
  assert.equal(only(run('The father is concerned that the child has a headache.'), 'ha').experiencer, 'patient');
  assert.equal(only(run('Her mother has diabetes.'), 'dm').experiencer, 'family');
});

test('the relative by whom a patient is brought is not the one with the finding', () => {
  assert.equal(only(run('A girl is brought to the physician by her mother because of a cough.'), 'cough').experiencer, 'patient');
  assert.equal(only(run('A boy is brought by his parents because of a rash.'), 'rash').experiencer, 'patient');
  assert.equal(only(run('The girl is brought by her father; her mother has a rash.'), 'rash').experiencer, 'family');
});

test('parents speaking of their child, or a relative\'s reason clause, name the patient', () => {
  assert.equal(only(run('The parents report that their son has a cough.'), 'cough').experiencer, 'patient');
  assert.equal(only(run('Her father is worried because the rash keeps her awake.'), 'rash').experiencer, 'patient');
  assert.equal(only(run('His mother has a rash because of a cold.'), 'rash').experiencer, 'family');
});

test('a history with its length is the present illness, a bare history of is past', () => {
  assert.equal(only(run('She has a 3-day history of cough.'), 'cough').historical, false);
  assert.equal(only(run('He has a 2 year history of headache.'), 'ha').historical, false);
  assert.equal(only(run('He has a history of headache.'), 'ha').historical, true);
  assert.equal(only(run('His mother has a 10-year history of diabetes.'), 'dm').experiencer, 'family');
});

test('a relative who tells the story is not the one with the finding', () => {
  assert.equal(only(run('Records hold testimonies from his mother describing episodes of cough.'), 'cough').experiencer, 'patient');
  assert.equal(only(run('His wife says that he has a rash.'), 'rash').experiencer, 'patient');
  assert.equal(only(run('His mother has a rash.'), 'rash').experiencer, 'family');
});

test('a reporting verb ends a negation: "denies X and states that Y" keeps Y present', () => {
  const x = run('He denies fever and states that the rash began yesterday.');
  assert.equal(only(x, 'fever').negated, true);
  assert.equal(only(x, 'rash').negated, false);
});

test('a past medical history told in prose is historical, as under its section header', () => {
  for (const text of ['Her past medical history is significant for diabetes and headache.', 'Medical history includes diabetes and headache.', 'His past medical history of headache and diabetes.']) {
    const x = run(text);
    assert.equal(only(x, 'ha').historical, true, text);
    assert.equal(only(x, 'dm').historical, true, text);
    // A history finding counts when past; a past symptom is not current.
    assert.deepEqual(x.findings, [{ id: 'dm', present: true }], text);
  }
  assert.equal(only(run('Physical examination is significant for a rash.'), 'rash').historical, false);
});

test('a lay label reads by its clinical term, and a site-specific term is not its generic neighbour', () => {
  const lay: FindingDef[] = [
    { id: 'impotence', name: 'impotence', kind: 'symptom', valueType: 'binary', leak: 0.05 },
    { id: 'eyelid-swelling', name: 'eyelid swelling', kind: 'symptom', valueType: 'binary', leak: 0.05 },
    { id: 'leg-swelling', name: 'leg swelling', kind: 'symptom', valueType: 'binary', leak: 0.05 },
    { id: 'eyelid-retracted', name: 'eyelid retracted', kind: 'sign', valueType: 'binary', leak: 0.05 },
    { id: 'chest-retractions', name: 'chest retractions', kind: 'sign', valueType: 'binary', leak: 0.05, synonyms: ['retraction'] },
    { id: 'itching-of-skin', name: 'itching of skin', kind: 'symptom', valueType: 'binary', leak: 0.05, synonyms: ['itching'] },
    { id: 'itchiness-of-eye', name: 'itchiness of eye', kind: 'symptom', valueType: 'binary', leak: 0.05 },
  ];
  const lex = buildLexicon(makeModel({ findings: [...base.findings, ...lay] }));
  const ids = (text: string): string[] => {
    const r = extractFindings(text, lex);
    assert.ok(r.ok);
    return r.value.findings.filter((o) => 'present' in o && o.present).map((o) => o.id).sort();
  };
  assert.deepEqual(ids('He reports erectile dysfunction.'), ['impotence']);
  assert.deepEqual(ids('There is periorbital edema.'), ['eyelid-swelling']);
  assert.deepEqual(ids('Examination shows bilateral eyelid retraction.'), ['eyelid-retracted']);
  assert.deepEqual(ids('She has itchy eyes.'), ['itchiness-of-eye']);
  assert.deepEqual(ids('She has pedal edema and itching.'), ['itching-of-skin', 'leg-swelling']);
});

test('the onset of the present complaint is not past history; a past episode still is', () => {
  assert.equal(only(run('The cough started about a month ago.'), 'cough').historical, false);
  assert.equal(only(run('The headache began 2 years ago.'), 'ha').historical, false);
  assert.equal(only(run('He had a headache 2 years ago.'), 'ha').historical, true);
  // Forward cues keep their scope across an onset word.
  assert.equal(only(run('History of headache that started in childhood.'), 'ha').historical, true);
});

test('"lack of" inside a complaint\'s name is no negation cue for what follows', () => {
  const lex = buildLexicon(makeModel({ findings: [...base.findings, ...extra, { id: 'appetite', name: 'decreased appetite', kind: 'symptom', valueType: 'binary', leak: 0.05 }] }));
  const r = extractFindings('She is worried about her lack of appetite and cough.', lex);
  assert.ok(r.ok);
  const got = new Map(r.value.findings.map((o) => [o.id, 'present' in o && o.present] as const));
  assert.equal(got.get('appetite'), true);
  assert.equal(got.get('cough'), true);
});
