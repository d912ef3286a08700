/**
 * Whole patient records through the API, on the default (broad) model: transaction and batch Bundles
 * as Synthea writes them, through FHIR `$diagnose` and CDS Hooks, within the record body limit while
 * other routes keep the small one. Synthea's sample patient (823 KB) is used when the shared data
 * folder is present; a small synthetic transaction Bundle in examples/ always runs.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { withContentHash } from '../learn/artifact.js';
import { DEFAULT_MODEL_ID, loadModel } from '../learn/builtin-models.js';
import { createApiKey } from './api-keys.js';
import { buildApp, type DdxApp } from './app.js';
import { withConfig } from './config.js';
import { defaultIntake } from './intake.js';
import { ModelRegistry } from './registry.js';
import { openStore } from './store/open.js';
import type { DbStore } from './store/store.js';

const SYNTHEA = join(process.env['DDX_DATA'] ?? '../shared/data', 'records/synthea/sample_complete_patient.json');
const fixture = JSON.parse(readFileSync('examples/fhir-transaction-bundle.json', 'utf8')) as { type: string; entry: { resource: { resourceType: string } }[] };

let store: DbStore;
let app: DdxApp;
let small: DdxApp;
let key: string;
before(async () => {
  store = await openStore({ kind: 'pglite', dataDir: 'memory://' });
  const build = async (recordBodyLimit?: number) => {
    const config = withConfig({ auditFlushMs: 0, rateLimit: { perSecond: 1e6, burst: 1e6 }, ...(recordBodyLimit ? { recordBodyLimit } : {}) });
    const registry = new ModelRegistry(store, config.ownerOrg, config.catalogCacheMs);
    // As `ddx serve` does: the default model first, then the others.
    registry.addBuiltin(withContentHash(loadModel(DEFAULT_MODEL_ID)));
    registry.addBuiltin(withContentHash(loadModel('ddxplus')));
    const a = await buildApp({ store, registry, config, intake: defaultIntake() });
    await a.ready();
    return a;
  };
  app = await build();
  small = await build(2048);
  key = (await createApiKey(store, { orgId: 'clinic-a', scopes: ['diagnose'] })).key;
});
after(async () => {
  await small.close();
  await app.close();
  await store.close();
});

const send = (a: DdxApp, url: string, payload: string, type = 'application/fhir+json') =>
  a.inject({ method: 'POST', url, headers: { authorization: `Bearer ${key}`, 'content-type': type }, payload });

/** A CDS Hooks patient-view request whose prefetch holds a Bundle's Patient, Conditions and Observations. */
function cdsRequest(bundle: { entry: { resource: { resourceType: string } }[] }): string {
  const of = (t: string) => ({ resourceType: 'Bundle', type: 'searchset', entry: bundle.entry.filter((e) => e.resource.resourceType === t).map((e) => ({ resource: e.resource })) });
  const patient = bundle.entry.find((e) => e.resource.resourceType === 'Patient')!.resource;
  return JSON.stringify({ hook: 'patient-view', hookInstance: 'b1e1c0de-0000-4000-8000-000000000001', context: { userId: 'Practitioner/1', patientId: 'p' }, prefetch: { patient, conditions: of('Condition'), observations: of('Observation') } });
}

describe('transaction and batch Bundles', () => {
  for (const type of ['transaction', 'batch']) {
    it(`a ${type} Bundle is one patient's record: FHIR $diagnose answers 200 on the default model`, async () => {
      const res = await send(app, '/fhir/r4/$diagnose', JSON.stringify({ ...fixture, type }));
      assert.equal(res.statusCode, 200, res.body);
      const out = res.json() as { entry: { resource: { resourceType: string; prediction?: { outcome?: { text?: string } }[] } }[] };
      const ra = out.entry.find((e) => e.resource.resourceType === 'RiskAssessment')!.resource;
      assert.ok((ra.prediction ?? []).length > 0);
      assert.match(res.body, /primary-care/);
    });
  }

  it('CDS Hooks reads the same record and words the next step for a clinician', async () => {
    const res = await send(app, '/cds-services/ddx-patient-view', cdsRequest(fixture), 'application/json');
    assert.equal(res.statusCode, 200, res.body);
    const cards = res.json().cards as { summary: string; source: { label: string } }[];
    assert.ok(cards.length >= 1);
    assert.match(cards[0]!.source.label, /primary-care/);
    for (const c of cards) assert.doesNotMatch(c.summary, /\b(do|are|have) you\b|\?/i, 'a card never asks the patient');
    for (const c of cards) assert.doesNotMatch(c.summary, /\d\.\d\d%|100%/, 'percentages at an honest resolution');
  });
});

describe('body limits', () => {
  const padded = (bytes: number) => JSON.stringify({ ...fixture, entry: [...fixture.entry, { resource: { resourceType: 'Basic', id: 'pad', text: { div: 'x'.repeat(bytes) } } }] });

  it('FHIR $diagnose and CDS Hooks take records far above the small limit; other routes keep it', async () => {
    const big = padded(400 * 1024);
    const fhir = await send(app, '/fhir/r4/$diagnose', big);
    assert.equal(fhir.statusCode, 200, fhir.body.slice(0, 300));
    const other = await send(app, '/v1/diagnose', JSON.stringify({ age: 40, sex: 'female', findings: [], pad: 'x'.repeat(400 * 1024) }), 'application/json');
    assert.equal(other.statusCode, 413);
  });

  it('the record limit is configurable (ddx serve --body-limit)', async () => {
    const res = await send(small, '/fhir/r4/$diagnose', padded(4096));
    assert.equal(res.statusCode, 413);
    const cds = await send(small, '/cds-services/ddx-patient-view', cdsRequest(JSON.parse(padded(4096))), 'application/json');
    assert.equal(cds.statusCode, 413);
  });
});

describe("Synthea's sample patient (823 KB transaction Bundle)", { skip: existsSync(SYNTHEA) ? false : `${SYNTHEA} is absent (the shared data folder is not beside this checkout); the synthetic transaction Bundle above still runs` }, () => {
  it('FHIR $diagnose answers 200', async () => {
    const text = readFileSync(SYNTHEA, 'utf8');
    assert.ok(text.length > 800_000);
    const res = await send(app, '/fhir/r4/$diagnose', text);
    assert.equal(res.statusCode, 200, res.body.slice(0, 500));
  });

  it('CDS Hooks answers 200 with cards', async () => {
    const res = await send(app, '/cds-services/ddx-patient-view', cdsRequest(JSON.parse(readFileSync(SYNTHEA, 'utf8'))), 'application/json');
    assert.equal(res.statusCode, 200, res.body.slice(0, 500));
    assert.ok(res.json().cards.length >= 1);
  });
});
