/**
 * POST /v1/notes/diagnose with a tenant's language model: only de-identified text leaves, every call is
 * audited without content and counted in /metrics, garbage falls back, and a tenant without a model
 * gets the rule-based reading. The endpoint is a local stub replaying recorded response shapes.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadModel } from '../learn/builtin-models.js';
import { parseLlmConfig } from '../llm/config.js';
import { jsonReply, startLlmStub, type LlmStub } from '../testkit/llm-stub.js';
import { defaultIntake } from './intake.js';
import { bearer, makeHarness, type Harness } from '../testkit/server-harness.js';

const NOTE = 'Pt: Evangeline Thistlewood, MRN 99120456, ph 212-555-0187, 1187 Orchard Bend Road, seen 2023-11-05.\n'
  + '58 year old woman with fever and cough for four days; her husband hears a whistling sound when she breathes out.';
const CANARIES = ['Evangeline', 'Thistlewood', '99120456', '555-0187', 'Orchard Bend', '2023-11-05'];

describe('/v1/notes/diagnose with a tenant language model', () => {
  let stub: LlmStub;
  let h: Harness;
  let garbage = false;
  before(async () => {
    stub = await startLlmStub((req) => {
      if (garbage) return { kind: 'content', content: 'I think it is pneumonia.' };
      if (req.schemaName === 'ddx_reader') return jsonReply({ findings: [{ id: 'wheezing', present: true, evidence: 'whistling sound when she breathes out' }] });
      if (req.schemaName === 'ddx_proposer') return jsonReply({ proposals: [] });
      return jsonReply({ rationales: [] });
    });
    const llm = parseLlmConfig({ url: stub.url, model: 'fixture-model', apiKey: 'k', maxRetries: 0 });
    assert.ok(llm.ok && llm.value);
    h = await makeHarness({ intake: defaultIntake(), models: [loadModel('primary-care')], config: { llm: { default: llm.value, byOrg: { 'clinic-b': null } } } });
  });
  after(async () => { await h.close(); await stub.close(); });

  const post = (key: string | undefined, body: unknown) => h.app.inject({ method: 'POST', url: '/v1/notes/diagnose', headers: key ? bearer(key) : {}, payload: body as object });

  it('merges the reader\'s findings and sends no identifier', async () => {
    const r = await post(h.keys.ownerDiagnose, { text: NOTE, age: 58, sex: 'female', model: 'primary-care' });
    assert.equal(r.statusCode, 200, r.body);
    const body = r.json<{ llm: { used: boolean; added: { finding_id: string }[] }; findings: { id: string }[] }>();
    assert.equal(body.llm.used, true);
    assert.deepEqual(body.llm.added.map((f) => f.finding_id), ['wheezing']);
    assert.ok(body.findings.some((f) => f.id === 'wheezing'));
    assert.ok(stub.requests.length >= 1);
    for (const q of stub.requests) for (const c of CANARIES) assert.ok(!q.body.includes(c), 'a request carried a canary');
  });

  it('audits each call without content and counts it in /metrics', async () => {
    await new Promise((r) => setTimeout(r, 50));
    const events = await h.store.listAudit({ limit: 100 });
    const llm = events.filter((e) => e.operation.startsWith('llm-'));
    assert.ok(llm.some((e) => e.operation === 'llm-reader' && e.modelVersion === 'fixture-model'));
    for (const e of llm) for (const c of [...CANARIES, 'whistling']) assert.ok(!JSON.stringify(e).includes(c));
    const m = await h.app.inject({ method: 'GET', url: '/metrics' });
    assert.match(m.body, /ddx_llm_calls_total\{role="reader",outcome="ok"\} \d+/);
    assert.match(m.body, /ddx_llm_tokens_total\{direction="input"\} \d+/);
  });

  it('falls back to the built-in pipeline on garbage, and says so', async () => {
    garbage = true;
    try {
      const r = await post(h.keys.ownerDiagnose, { text: NOTE, age: 58, sex: 'female', model: 'primary-care' });
      assert.equal(r.statusCode, 200);
      const body = r.json<{ llm: { used: boolean; status: string }; result: { differential: unknown[] } }>();
      assert.equal(body.llm.used, false);
      assert.match(body.llm.status, /not used/);
      assert.ok(body.result.differential.length > 0);
    } finally { garbage = false; }
  });

  it('gives a tenant without a language model the rule-based reading', async () => {
    const before = stub.requests.length;
    const r = await post(h.keys.otherDiagnose, { text: NOTE, age: 58, sex: 'female', model: 'primary-care' });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.json<{ llm?: unknown }>().llm, undefined);
    assert.equal(stub.requests.length, before);
  });
});
