/** `ddx diagnose --note --llm-url`: de-identified requests only, and exit 0 with the built-in result when the endpoint fails. */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { jsonReply, startLlmStub } from '../../testkit/llm-stub.js';
import { runCli } from '../../testkit/cli-capture.js';

const NOTE = 'Name: Marisol Vandertoek  MRN: 55102938  Tel 415-555-0142\nSeen 2024-02-11 at 17 Quillfeather Road.\n'
  + '52 year old woman with fever, cough and sharp chest pain for two days.\n';
const CANARIES = ['Marisol', 'Vandertoek', '55102938', '555-0142', '2024-02-11', 'Quillfeather'];

function noteFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ddx-llm-'));
  const p = join(dir, 'note.txt');
  writeFileSync(p, NOTE);
  return p;
}

describe('ddx diagnose with a language model', () => {
  it('sends only de-identified text', async () => {
    const stub = await startLlmStub((req) => (req.schemaName === 'ddx_reader' ? jsonReply({ findings: [{ id: 'fever', present: true, evidence: 'fever' }] })
      : req.schemaName === 'ddx_proposer' ? jsonReply({ proposals: [] }) : jsonReply({ rationales: [] })));
    try {
      const r = await runCli(['diagnose', '--model', 'primary-care', '--note', noteFile(), '--age', '52', '--sex', 'female', '--llm-url', stub.url, '--llm-model', 'm', '--json']);
      assert.equal(r.code, 0, r.stderr);
      assert.ok(stub.requests.length >= 1);
      for (const q of stub.requests) for (const c of CANARIES) assert.ok(!q.body.includes(c), `a request carried a canary`);
      const out = JSON.parse(r.stdout) as { llm: { used: boolean }; differential: unknown[] };
      assert.equal(out.llm.used, true);
      assert.ok(out.differential.length > 0);
    } finally { await stub.close(); }
  });

  it('exits 0 with the built-in differential when the endpoint answers garbage', async () => {
    const stub = await startLlmStub(() => ({ kind: 'content', content: '<html>502 Bad Gateway</html>' }));
    try {
      const r = await runCli(['diagnose', '--model', 'primary-care', '--note', noteFile(), '--age', '52', '--sex', 'female', '--llm-url', stub.url, '--llm-model', 'm']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /Language model: language model not used \(not-json\)/);
    } finally { await stub.close(); }
  });

  it('names the flag when only one of url and model is given', async () => {
    const r = await runCli(['diagnose', '--model', 'primary-care', '--note', noteFile(), '--age', '52', '--sex', 'female', '--llm-url', 'http://127.0.0.1:9/v1/']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--llm-model/);
  });
});
