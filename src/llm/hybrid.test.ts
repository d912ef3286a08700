/**
 * The hybrid against a local OpenAI-compatible stub that replays recorded fixture shapes (no real
 * model runs here): what is sent (canary), what is kept (evidence checks), and the fallbacks.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { compileModel } from '../core/compile.js';
import { diagnose } from '../core/diagnose.js';
import { parseCase } from '../core/evidence.js';
import { buildLexicon, extractFindings } from '../intake/notes/index.js';
import { loadModel } from '../testkit/builtin-models.js';
import { jsonReply, startLlmStub, type LlmStub, type StubScript } from '../testkit/llm-stub.js';
import { parseLlmConfig, type LlmConfig } from './config.js';
import { runHybrid, type HybridResult } from './hybrid.js';
import { createOpenAiProvider } from './openai-provider.js';

const model = loadModel('primary-care');
const compiled = compileModel(model);

/** Identifiers that must never leave the machine. */
const CANARIES = ['Quibbleworth', 'Jonathan', '84736251', '555-0199', '617', '03/14/2024', 'Larkspur'];
const NOTE = [
  'Patient: Jonathan Quibbleworth   MRN: 84736251   Phone: (617) 555-0199',
  'Date of visit: 03/14/2024. Address: 42 Larkspur Lane.',
  'HPI: 34 year old man with fever and productive cough for 3 days and sharp chest pain on inspiration.',
  'His wife hears a whistling sound when he breathes out at night. Denies headache.',
].join('\n');

const reader = jsonReply({ findings: [
  { id: 'wheezing', present: true, evidence: 'whistling sound when he breathes out' },
  { id: 'fever', present: true, evidence: 'fever' },
] });
const proposer = jsonReply({ proposals: [{ name: 'Pneumonia', rationale: 'fever and productive cough' }, { name: 'Legionnaires disease due to an unusual exposure', rationale: 'fever and cough' }] });

const byRole = (replies: Partial<Record<string, ReturnType<typeof jsonReply>>>): StubScript => (req) =>
  replies[req.schemaName ?? ''] ?? { kind: 'error', status: 400, message: 'unexpected request' };

function config(url: string, extra: Partial<LlmConfig> = {}): LlmConfig {
  const r = parseLlmConfig({ url, model: 'fixture-model', apiKey: 'test-key-123', timeoutMs: 2_000, maxRetries: 1 });
  assert.ok(r.ok && r.value);
  return { ...r.value, ...extra };
}

async function run(stub: LlmStub, extra: Partial<LlmConfig> = {}): Promise<HybridResult> {
  const cfg = config(stub.url, extra);
  return runHybrid({ model, compiled, note: NOTE, age: 34, sex: 'male', diagnose: { mode: 'instant' } }, { provider: createOpenAiProvider(cfg), config: cfg });
}

function builtinOnly() {
  const rules = extractFindings(NOTE, buildLexicon(model));
  assert.ok(rules.ok);
  const pc = parseCase({ age: 34, sex: 'male', findings: rules.value.findings }, model);
  assert.ok(pc.ok);
  return diagnose(compiled, pc.value, { mode: 'instant' });
}

describe('hybrid: what is sent', () => {
  let stub: LlmStub;
  let result: HybridResult;
  before(async () => {
    stub = await startLlmStub(byRole({ ddx_reader: reader, ddx_proposer: proposer, ddx_explainer: jsonReply({ rationales: [] }) }));
    result = await run(stub);
  });
  after(() => stub.close());

  it('sends no identifier of the note in any request (canary)', () => {
    assert.equal(stub.requests.length, 3);
    for (const r of stub.requests) {
      for (const c of CANARIES) assert.ok(!r.body.includes(c), `request to ${r.schemaName} carried a canary`);
    }
  });

  it('asks for strict JSON-schema output and sends the bearer key', () => {
    const body = JSON.parse(stub.requests[0]!.body) as { response_format: { type: string; json_schema: { strict: boolean } }; model: string };
    assert.equal(body.response_format.type, 'json_schema');
    assert.equal(body.response_format.json_schema.strict, true);
    assert.equal(body.model, 'fixture-model');
    assert.equal(stub.requests[0]!.headers['authorization'], 'Bearer test-key-123');
  });

  it('merges what the reader found and keeps the engine in charge of the ranking', () => {
    assert.equal(result.llm.used, true);
    assert.deepEqual(result.llm.added.map((f) => f.findingId), ['wheezing']);
    assert.ok(result.llm.agreed.includes('fever'));
    assert.ok(result.diagnosis.differential.length > 0);
    assert.deepEqual(result.llm.fallbacks, []);
  });

  it('keeps proposals apart, labelled, without the model\'s own conditions', () => {
    assert.ok(result.llm.proposals.every((p) => p.label === 'proposed by the language model, not scored'));
    assert.ok(!result.llm.proposals.some((p) => /^pneumonia$/i.test(p.name)));
    assert.ok(!result.diagnosis.differential.some((d) => d.name.startsWith('Legionnaires disease due to')));
  });

  it('audits every call without content', () => {
    assert.equal(result.llm.calls.length, 3);
    for (const c of result.llm.calls) {
      assert.deepEqual(Object.keys(c).sort(), ['inputTokens', 'latencyMs', 'model', 'outcome', 'outputTokens', 'role']);
    }
    assert.equal(result.llm.tokens.input, 3600);
  });
});

describe('hybrid: checks and fallbacks', () => {
  it('drops a finding whose evidence is not in the note (invented evidence)', async () => {
    const stub = await startLlmStub(byRole({
      ddx_reader: jsonReply({ findings: [
        { id: 'wheezing', present: true, evidence: 'whistling sound when he breathes out' },
        { id: 'vomiting', present: true, evidence: 'vomited twice this morning' },
      ] }),
      ddx_proposer: jsonReply({ proposals: [] }), ddx_explainer: jsonReply({ rationales: [] }),
    }));
    try {
      const r = await run(stub);
      assert.deepEqual(r.llm.added.map((f) => f.findingId), ['wheezing']);
      assert.deepEqual(r.llm.dropped, [{ findingId: 'vomiting', reason: 'invented-evidence' }]);
    } finally { await stub.close(); }
  });

  it('falls back to the built-in pipeline when the endpoint answers garbage', async () => {
    const stub = await startLlmStub(() => ({ kind: 'content', content: 'Sure! Here are the findings: fever, cough.' }));
    try {
      const r = await run(stub);
      assert.equal(r.llm.used, false);
      assert.ok(r.llm.fallbacks.some((f) => f.role === 'reader' && f.reason === 'not-json'));
      assert.match(r.llm.status, /not used/);
      assert.deepEqual(r.diagnosis.differential.map((d) => d.conditionId), builtinOnly().differential.map((d) => d.conditionId));
    } finally { await stub.close(); }
  });

  it('falls back on a schema violation', async () => {
    const stub = await startLlmStub(byRole({ ddx_reader: jsonReply({ findings: [{ id: 'fever', present: 'yes' }] }), ddx_proposer: jsonReply({ proposals: [] }), ddx_explainer: jsonReply({ rationales: [] }) }));
    try {
      const r = await run(stub);
      assert.ok(r.llm.fallbacks.some((f) => f.role === 'reader' && f.reason === 'schema'));
      assert.equal(r.llm.calls[0]!.outcome, 'schema');
    } finally { await stub.close(); }
  });

  it('retries a rate limit, then succeeds', async () => {
    let first = true;
    const stub = await startLlmStub((req) => {
      if (req.schemaName === 'ddx_reader' && first) { first = false; return { kind: 'error', status: 429, message: 'rate limited', retryAfterMs: 5 }; }
      return byRole({ ddx_reader: reader, ddx_proposer: jsonReply({ proposals: [] }), ddx_explainer: jsonReply({ rationales: [] }) })(req, 0);
    });
    try {
      const r = await run(stub);
      assert.deepEqual(r.llm.fallbacks, []);
      assert.equal(stub.requests.filter((q) => q.schemaName === 'ddx_reader').length, 2);
    } finally { await stub.close(); }
  });

  it('times out, skips the other roles, and still returns the engine result', async () => {
    const stub = await startLlmStub(() => ({ kind: 'hang', ms: 5_000 }));
    try {
      const r = await run(stub, { timeoutMs: 150, maxRetries: 0 });
      assert.deepEqual(r.llm.fallbacks.map((f) => `${f.role}:${f.reason}`), ['reader:timeout', 'proposer:skipped', 'explainer:skipped']);
      assert.ok(r.diagnosis.differential.length > 0);
    } finally { await stub.close(); }
  });

  it('refuses a call that would overrun the token budget', async () => {
    const stub = await startLlmStub(() => reader);
    try {
      const r = await run(stub, { tokenBudget: 100 });
      assert.equal(stub.requests.length, 0);
      assert.ok(r.llm.fallbacks.some((f) => f.reason === 'budget'));
    } finally { await stub.close(); }
  });

  it('drops a rationale that names a finding the engine did not use', async () => {
    const first = builtinOnly().differential[0]!;
    const stub = await startLlmStub(byRole({
      ddx_reader: jsonReply({ findings: [] }), ddx_proposer: jsonReply({ proposals: [] }),
      ddx_explainer: jsonReply({ rationales: [{ conditionId: first.conditionId, text: 'Fever with vomiting and a rash favours this.', findingIds: ['fever'] }] }),
    }));
    try {
      const r = await run(stub);
      assert.deepEqual(r.llm.rationales, []);
      assert.ok(r.llm.fallbacks.some((f) => f.role === 'explainer' && f.reason === 'unsupported-claim'));
    } finally { await stub.close(); }
  });

  it('sends the key in the api-key header for Azure-style configuration', async () => {
    const stub = await startLlmStub(() => ({ kind: 'content', content: '{}' }));
    try {
      await run(stub, { authHeader: 'api-key' });
      assert.equal(stub.requests[0]!.headers['api-key'], 'test-key-123');
      assert.equal(stub.requests[0]!.headers['authorization'], undefined);
    } finally { await stub.close(); }
  });
});
