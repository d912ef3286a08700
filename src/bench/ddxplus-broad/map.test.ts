import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { KnowledgeModel } from '../../core/model.js';
import { buildLexicon } from '../../intake/notes/index.js';
import type { RawEvidence } from '../../learn/ddxplus/build-model.js';
import { buildEvidenceMap, ddxplusTruth, overlap, patientFindings, valueText } from './map.js';

const model = {
  conditions: [
    { id: 'pneumonia', name: 'Pneumonia', icd10: ['J18.9'], synonyms: ['lung infection'] },
    { id: 'gerd', name: 'Gastroesophageal reflux disease (GERD)', icd10: ['K21.9'] },
    { id: 'asthma', name: 'Asthma', icd10: ['J45.909'] },
  ],
  findings: [
    { id: 'cough', kind: 'symptom', name: 'cough', synonyms: ['coughing'], valueType: 'binary' },
    { id: 'fever', kind: 'symptom', name: 'fever', synonyms: [], valueType: 'binary' },
    { id: 'epigastric-pain', kind: 'symptom', name: 'epigastric pain', synonyms: [], valueType: 'binary' },
    { id: 'cxr-pneumothorax', kind: 'imaging', name: 'pneumothorax on chest X-ray', synonyms: ['pneumothorax'], valueType: 'binary' },
  ],
} as unknown as KnowledgeModel;

const ev = (name: string, q: string, extra: Partial<RawEvidence> = {}): RawEvidence => ({
  name, code_question: name, question_en: q, is_antecedent: false, default_value: 0, value_meaning: {}, 'possible-values': [], data_type: 'B', ...extra,
});

test('a DDXPlus pathology overlaps by name or ICD-10 parent, not by a sibling code', () => {
  const ov = overlap(model, {
    Pneumonia: { 'cond-name-eng': 'Pneumonia', 'icd10-id': 'j17, j18' },
    GERD: { 'cond-name-eng': 'GERD', 'icd10-id': 'K21' },
    COPD: { 'cond-name-eng': 'Acute COPD exacerbation', 'icd10-id': 'j44.1' },
  });
  assert.deepEqual([...ov.entries()], [['GERD', [1]], ['Pneumonia', [0]]]);
  assert.deepEqual(ddxplusTruth({ 'cond-name-eng': 'Pneumonia', 'icd10-id': 'j17, j18' }).icd10, ['J17', 'J18']);
});

test('evidences map through the notes pipeline: binary statements, pain-location values, nothing for defaults and scales', () => {
  const lex = buildLexicon(model);
  const em = buildEvidenceMap({
    E_201: ev('E_201', 'Do you have a cough?'),
    E_91: ev('E_91', 'Do you have a fever (either felt or measured with a thermometer)?'),
    E_7: ev('E_7', 'Do you have a rash?'),
    E_55: ev('E_55', 'Do you feel pain somewhere?', { data_type: 'M', default_value: 'V_123', value_meaning: { V_123: { en: 'nowhere' }, V_29: { en: 'epigastric' }, V_9: { en: 'ear(R)' } } }),
    E_56: ev('E_56', 'How intense is the pain?', { data_type: 'C', 'possible-values': [0, 1, 2] }),
  }, lex);
  assert.deepEqual(em.map.get('E_201'), ['cough']);
  assert.deepEqual(em.map.get('E_91'), ['fever']);
  assert.deepEqual(em.map.get('E_7'), []);
  assert.deepEqual(em.map.get('E_55_@_V_29'), ['epigastric-pain']);
  assert.equal(em.map.has('E_55_@_V_123'), false);
  assert.equal(valueText('finger (index)(R)'), 'finger index');
  const pf = patientFindings(new Map([['E_201', []], ['E_7', []], ['E_55', ['V_29', 'V_123']], ['E_56', ['7']]]), em);
  assert.deepEqual(pf.findings, [{ id: 'cough', present: true }, { id: 'epigastric-pain', present: true }]);
  assert.equal(pf.items, 4); // cough, rash, epigastric, intensity 7 (the default "nowhere" is skipped)
  assert.equal(pf.mapped, 2);
});

test('a questionnaire answer maps to symptoms, signs and history only, never to an imaging or lab result', () => {
  const em = buildEvidenceMap({ E_21: ev('E_21', 'Have you ever had a spontaneous pneumothorax?') }, buildLexicon(model));
  assert.deepEqual(em.map.get('E_21'), []);
});
