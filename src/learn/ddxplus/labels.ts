/**
 * Short clinical names for DDXPlus evidences. DDXPlus gives only question text, so a name is derived
 * from the question by removing the interrogative frame; the evidences most often written in notes
 * get a hand-written name and synonyms (our own wording) so the notes pipeline can recognise them.
 */

const NAMED: Readonly<Record<string, { readonly name: string; readonly synonyms: readonly string[] }>> = {
  E_91: { name: 'fever', synonyms: ['febrile', 'pyrexia', 'fevers'] },
  E_201: { name: 'cough', synonyms: ['coughing'] },
  E_66: { name: 'shortness of breath', synonyms: ['dyspnea', 'dyspnoea', 'breathlessness', 'difficulty breathing'] },
  E_64: { name: 'dyspnea on minimal exertion', synonyms: ['dyspnea on exertion', 'exertional dyspnea'] },
  E_53: { name: 'pain', synonyms: [] },
  E_14: { name: 'chest pain at rest', synonyms: ['rest chest pain'] },
  E_214: { name: 'expiratory wheezing', synonyms: ['wheezing', 'wheeze'] },
  E_194: { name: 'stridor', synonyms: ['inspiratory stridor'] },
  E_97: { name: 'sore throat', synonyms: ['throat pain'] },
  E_181: { name: 'nasal congestion', synonyms: ['runny nose', 'rhinorrhea', 'stuffy nose'] },
  E_182: { name: 'purulent nasal discharge', synonyms: ['green nasal discharge', 'yellow nasal discharge'] },
  E_51: { name: 'diarrhea', synonyms: ['diarrhoea', 'loose stools'] },
  E_148: { name: 'nausea or vomiting', synonyms: ['nausea', 'vomiting', 'emesis'] },
  E_89: { name: 'fatigue', synonyms: ['tiredness', 'non-restful sleep'] },
  E_162: { name: 'involuntary weight loss', synonyms: ['unintentional weight loss', 'weight loss'] },
  E_151: { name: 'swelling', synonyms: ['edema', 'oedema'] },
  E_39: { name: 'confusion', synonyms: ['disorientation', 'disoriented'] },
  E_76: { name: 'dizziness', synonyms: ['lightheadedness', 'lightheaded', 'dizzy'] },
  E_82: { name: 'presyncope', synonyms: ['near fainting', 'feeling faint'] },
  E_154: { name: 'pallor', synonyms: ['pale skin'] },
  E_155: { name: 'palpitations', synonyms: ['racing heart', 'irregular heartbeat'] },
  E_129: { name: 'skin lesions', synonyms: ['rash', 'skin rash'] },
  E_50: { name: 'sweating', synonyms: ['diaphoresis', 'diaphoretic'] },
  E_45: { name: 'hemoptysis', synonyms: ['coughing up blood', 'haemoptysis'] },
  E_77: { name: 'productive cough', synonyms: ['sputum production', 'purulent sputum'] },
  E_220: { name: 'pleuritic pain', synonyms: ['pleuritic chest pain'] },
  E_79: { name: 'current smoker', synonyms: ['smoker', 'smokes cigarettes', 'tobacco use'] },
  E_191: { name: 'former smoker', synonyms: ['ex-smoker', 'quit smoking'] },
  E_104: { name: 'hypertension', synonyms: ['high blood pressure', 'HTN'] },
  E_71: { name: 'high cholesterol', synonyms: ['hypercholesterolemia', 'hyperlipidemia', 'dyslipidemia'] },
  E_69: { name: 'diabetes', synonyms: ['diabetes mellitus', 'DM'] },
  E_70: { name: 'obesity', synonyms: ['obese', 'overweight'] },
  E_105: { name: 'history of heart attack or angina', synonyms: ['prior myocardial infarction', 'coronary artery disease', 'CAD'] },
  E_107: { name: 'previous stroke', synonyms: ['history of stroke', 'prior stroke', 'CVA'] },
  E_20: { name: 'rheumatoid arthritis', synonyms: [] },
  E_18: { name: 'cystic fibrosis', synonyms: [] },
  E_12: { name: 'severe food allergy', synonyms: ['food allergy'] },
  E_174: { name: 'loss of appetite or weight', synonyms: ['anorexia', 'poor appetite'] },
  E_175: { name: 'malaise', synonyms: ['myalgia', 'muscle aches', 'body aches'] },
};

const FRAMES = [
  /^(do|did|does|are|is|have|has|were|was|can|could)\s+(you|your|there|the)\s+(currently\s+|recently\s+|ever\s+)?(have|had|feel|felt|notice|noticed|experience|experienced|been|be|suffer from|suffering from|take|taking|using|use)?\s*/i,
  /^(how|where|what|which)\s+/i,
];

/** A finding's short name and synonyms from its DDXPlus question (named by hand where the question reads poorly). */
export function findingLabel(id: string, question: string): { name: string; synonyms: readonly string[] } {
  const named = NAMED[id];
  if (named) return named;
  let s = question.trim().replace(/\?+$/, '');
  for (const f of FRAMES) s = s.replace(f, '');
  s = s.replace(/^(a|an|any|some)\s+/i, '').trim();
  return { name: s.length > 0 ? s.charAt(0).toLowerCase() + s.slice(1) : id, synonyms: [] };
}
