/**
 * Test fixture: a tiny synthetic DDXPlus-shaped release (two conditions; a binary, a categorical and a
 * multi-choice evidence; 40 patients). Not clinical data.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Write the tiny release into `dir`; `extraRow` is appended to the patients file. */
export function writeTinyRelease(dir: string, extraRow = ''): void {
  const ev = (name: string, data_type: string, extra: object = {}): object => ({
    name, code_question: name, question_en: `Question ${name}?`, is_antecedent: false, default_value: 0, value_meaning: {}, 'possible-values': [], data_type, ...extra,
  });
  writeFileSync(join(dir, 'release_evidences.json'), JSON.stringify({
    E_1: ev('E_1', 'B'),
    E_2: ev('E_2', 'C', { default_value: 0, 'possible-values': [0, 1, 2] }),
    E_3: ev('E_3', 'M', { default_value: 'V_0', 'possible-values': ['V_0', 'V_1', 'V_2'], value_meaning: { V_0: { en: 'none' }, V_1: { en: 'left' }, V_2: { en: 'right' } } }),
  }));
  const cond = (name: string, severity: number, symptoms: string[]): object => ({ condition_name: name, 'cond-name-eng': name, 'icd10-id': 'X00', symptoms: Object.fromEntries(symptoms.map((s) => [s, {}])), antecedents: {}, severity });
  writeFileSync(join(dir, 'release_conditions.json'), JSON.stringify({ Alpha: cond('Alpha', 2, ['E_1', 'E_2']), Beta: cond('Beta', 4, ['E_3']) }));
  const rows = ['AGE,DIFFERENTIAL_DIAGNOSIS,SEX,PATHOLOGY,EVIDENCES,INITIAL_EVIDENCE'];
  for (let i = 0; i < 40; i++) {
    const alpha = i % 2 === 0;
    const evidences = alpha ? `['E_1', 'E_2_@_${i % 3}']` : `['E_3_@_V_${1 + (i % 2)}']`;
    const diff = alpha ? "[['Alpha', 0.8], ['Beta', 0.2]]" : "[['Beta', 0.9], ['Alpha', 0.1]]";
    rows.push(`${20 + i},"${diff}",${i % 3 === 0 ? 'F' : 'M'},${alpha ? 'Alpha' : 'Beta'},"${evidences}",${alpha ? 'E_1' : 'E_3'}`);
  }
  writeFileSync(join(dir, 'patients-train.csv'), `${rows.join('\n')}\n${extraRow}`);
}
