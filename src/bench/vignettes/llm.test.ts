/** The vignette benchmark through a language model (a local stub replaying recorded response shapes). */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../../testkit/cli-capture.js';
import { jsonReply, startLlmStub } from '../../testkit/llm-stub.js';
import { presentationText } from './llm.js';

const OSCE = {
  OSCE_Examination: {
    Patient_Actor: { Demographics: '30-year-old male', History: 'Three days of fever and a cough with sputum.', Symptoms: { Primary_Symptom: 'Cough', Secondary_Symptoms: ['Fever'] } },
    Physical_Examination_Findings: { Vital_Signs: { Temperature: '39.0 C' }, Chest: 'Crackles at the right base.' },
    Test_Results: { Chest_XRay: 'Right lower lobe consolidation.' },
    Correct_Diagnosis: 'Pneumonia',
  },
};

describe('ddx bench vignettes --llm-url', () => {
  it('sends the presentation but not the test results', () => {
    const text = presentationText(OSCE)!;
    assert.match(text, /fever/);
    assert.doesNotMatch(text, /consolidation/);
    assert.doesNotMatch(text, /39\.0/);
  });

  it('reports tokens beside accuracy, and counts fallbacks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ddx-vig-'));
    const cases = join(dir, 'v.jsonl');
    writeFileSync(cases, `${JSON.stringify(OSCE)}\n${JSON.stringify({ question: 'A 60-year-old woman has crushing chest pain.', diagnosis: 'Myocardial infarction' })}\n`);
    let n = 0;
    const stub = await startLlmStub(() => (n++ === 0 ? jsonReply({ findings: [{ id: 'fever', present: true, evidence: 'fever' }] }) : { kind: 'content', content: 'not json' }));
    try {
      const r = await runCli(['bench', 'vignettes', '--cases', cases, '--mode', 'instant', '--llm-url', stub.url, '--llm-model', 'm', '--json']);
      assert.equal(r.code, 0, r.stderr);
      const report = JSON.parse(r.stdout) as { cases: number; llm: { calls: number; input_tokens: number; cases_read: number; cases_fallback: number } };
      assert.equal(report.llm.calls, 2);
      assert.equal(report.llm.cases_read + report.llm.cases_fallback, 2);
      assert.ok(report.llm.input_tokens > 0);
    } finally { await stub.close(); }
  });
});
