import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileModel } from '../core/compile.js';
import { makeModel } from '../testkit/model-fixture.js';
import { initialBelief, posterior } from '../core/posterior.js';
import { costOf } from './cost-model.js';
import { createGatekeeper } from './gatekeeper.js';
import { COST_AWARE_DEFAULTS, DEFAULT_BUDGETS, PANEL, WIDE_PANEL, costedAction, defaultPolicies, runCostAware, runPolicy } from './policies.js';
import { priceFor } from './prices.js';

const cm = compileModel(makeModel());
const record = { present: [{ id: 'dyspnea' }, { id: 'ddimer-high' }], absent: [], values: [{ id: 'pain-site', value: 'chest' }, { id: 'risk', value: 'surgery' }] };
const actionsOf = (ids: readonly string[]) => ids.map((id) => cm.actions[cm.actionIndex.get(id)!]!);

test('cost-aware starts with a history and examination, and asks its questions before any test, so the visit fee is paid once', () => {
  const start = initialBelief(cm, 40, 'female');
  const r = runCostAware(start, createGatekeeper(cm, record).oracle, null, COST_AWARE_DEFAULTS);
  assert.ok(r.actions.length > 1);
  const kinds = actionsOf(r.actions).map((a) => a.kind);
  const last = kinds.lastIndexOf('question');
  assert.ok(last >= 0 && kinds.slice(0, last + 1).every((k) => k === 'question'), r.actions.join(','));
  const cost = costOf(actionsOf(r.actions));
  assert.equal(cost.visitRounds, 1);
  assert.equal(r.spentUsd, 300 + actionsOf(r.actions).reduce((t, a) => t + (a.kind === 'question' ? 0 : a.priceUsd), 0));
});

test('a cost-aware budget caps visit fees and tests together', () => {
  const start = initialBelief(cm, 40, 'female');
  for (const budget of [0, 100, 320, 1000]) {
    const r = runCostAware(start, createGatekeeper(cm, record).oracle, budget, COST_AWARE_DEFAULTS);
    assert.ok(costOf(actionsOf(r.actions)).totalUsd <= budget, `budget ${budget}: ${r.actions.join(',')}`);
  }
  const poor = runCostAware(start, createGatekeeper(cm, record).oracle, 100, COST_AWARE_DEFAULTS);
  assert.ok(poor.actions.every((id) => !id.startsWith('ask:')), 'a $300 visit does not fit a $100 budget');
});

test('an uninformative cheap action does not end the work-up while an informative test remains', () => {
  // Two conditions; a free question that barely separates them (best gain per dollar, but below
  // minGain) and an expensive, decisive test (the shape of exome sequencing).
  const model = makeModel({
    conditions: [
      { id: 'a', name: 'Condition A', icd10: [], severity: 3, cantMiss: false, prior: [[1, 1], [1, 1]] },
      { id: 'b', name: 'Condition B', icd10: [], severity: 3, cantMiss: false, prior: [[1, 1], [1, 1]] },
    ],
    findings: [
      { id: 'faint', name: 'faint sign', kind: 'sign', valueType: 'binary', leak: 0.5 },
      { id: 'gene', name: 'causal variant', kind: 'genetic', valueType: 'binary', leak: 0.0001 },
    ],
    actions: [
      { id: 'ask:faint', kind: 'question', name: 'Ask about the faint sign', reveals: ['faint'] },
      { id: 'genetic:exome', kind: 'test', name: 'Exome', code: { system: 'CPT', code: '81415' }, priceUsd: 5000, reveals: ['gene'] },
    ],
    likelihoods: { faint: { a: [0.5], b: [0.53] }, gene: { a: [0.99] } },
  });
  const m = compileModel(model);
  const start = initialBelief(m, 40, 'female');
  // Information per dollar alone (--value 0): the candidate rule under test.
  const settings = { ...COST_AWARE_DEFAULTS, visitFeeUsd: 0, minGain: 1e-3, valuePerCorrectUsd: 0 };
  const r = runCostAware(start, createGatekeeper(m, { present: [{ id: 'gene' }], absent: [], values: [] }).oracle, null, settings);
  assert.deepEqual(r.actions, ['genetic:exome']);
  assert.ok(r.posterior[m.conditionIndex.get('a')!]! > 0.99);
  // With a price per nat it will not pay, it stops instead.
  const thrifty = runCostAware(start, createGatekeeper(m, { present: [], absent: [], values: [] }).oracle, null, { ...settings, minScore: 1e-3 });
  assert.deepEqual(thrifty.actions, []);
  assert.equal(thrifty.stop, 'no-worthwhile-action');
});

test('confidence stops paid actions only; the step limit holds', () => {
  const start = initialBelief(cm, 40, 'female');
  // Always "confident": the free questions of the first visit are still asked, nothing is paid beyond it.
  const sure = runCostAware(start, createGatekeeper(cm, record).oracle, null, { ...COST_AWARE_DEFAULTS, confidence: 0 });
  assert.ok(sure.actions.length > 0 && sure.actions.every((id) => id.startsWith('ask:')), sure.actions.join(','));
  assert.equal(sure.stop, 'confident');
  assert.equal(sure.spentUsd, 300);
  const short = runCostAware(start, createGatekeeper(cm, record).oracle, null, { ...COST_AWARE_DEFAULTS, maxActions: 2 });
  assert.equal(short.actions.length, 2);
  assert.equal(short.stop, 'step-limit');
});

test('default policies: every baseline, cost-aware at each budget and none, settings passed through', () => {
  const specs = defaultPolicies(DEFAULT_BUDGETS, { visitFeeUsd: 150 });
  assert.deepEqual(specs.map((s) => s.name).slice(0, 5), ['instant', 'order-everything', 'random', 'info-gain', 'questions-only']);
  assert.deepEqual(specs.filter((s) => s.name === 'cost-aware').map((s) => s.budget), [...DEFAULT_BUDGETS, null]);
  assert.ok(specs.filter((s) => s.name === 'cost-aware').every((s) => s.costAware?.visitFeeUsd === 150));
  const start = initialBelief(cm, 40, 'female');
  const a = runPolicy(specs.at(-1)!, start, createGatekeeper(cm, record).oracle, 'case-1');
  const b = runPolicy(specs.at(-1)!, start, createGatekeeper(cm, record).oracle, 'case-1');
  assert.deepEqual(a.actions, b.actions);
});

test('every policy returns the belief at its stop, whose posterior is the one it ranks (the re-rank at the stop reads it)', () => {
  const start = initialBelief(cm, 40, 'female');
  for (const spec of defaultPolicies()) {
    const r = runPolicy(spec, start, createGatekeeper(cm, record).oracle, 'case-1');
    assert.deepEqual(Array.from(posterior(r.state)), Array.from(r.posterior), spec.name);
    if (spec.name === 'instant') assert.equal(r.state, start);
    else if (r.actions.length > 0) assert.ok(r.state.observations.length > start.observations.length, spec.name);
  }
});

test('with a value per correct diagnosis, a test is bought only when its expected rise in P(leader right) pays for it', () => {
  const flat: [[number, number], [number, number]] = [[1, 1], [1, 1]];
  const m = compileModel(makeModel({
    conditions: ['a', 'b', 'c'].map((id) => ({ id, name: `Disease ${id}`, icd10: [], severity: 3, cantMiss: false, prior: flat })),
    findings: ['A', 'B', 'C'].map((g) => ({ id: `gene:${g}`, name: `variant in ${g}`, kind: 'genetic' as const, valueType: 'binary' as const, leak: 1e-4 })),
    actions: [
      { id: 'genetic:exome', kind: 'test' as const, name: 'Exome', code: { system: 'CPT' as const, code: '81415' }, priceUsd: 4780, reveals: ['gene:A', 'gene:B', 'gene:C'] },
      ...['A', 'B', 'C'].map((g) => ({ id: `genetic:gene:${g}`, kind: 'test' as const, name: `Gene ${g}`, code: { system: 'CPT' as const, code: '81406' }, priceUsd: 283, reveals: [`gene:${g}`] })),
    ],
    likelihoods: { 'gene:A': { a: [0.95] }, 'gene:B': { b: [0.95] }, 'gene:C': { c: [0.95] } },
  }));
  const start = initialBelief(m, 40, 'female');
  const oracle = () => createGatekeeper(m, { present: [{ id: 'gene:C' }], absent: [], values: [] }).oracle;
  const settings = { ...COST_AWARE_DEFAULTS, visitFeeUsd: 0, panelLeaders: 0 };
  // Worth little: nothing is bought.
  assert.deepEqual(runCostAware(start, oracle(), null, { ...settings, valuePerCorrectUsd: 100 }).actions, []);
  // Worth a lot: single-gene tests (a third of the diagnosis each for $283) before a $4,780 exome, until the answer is found.
  const r = runCostAware(start, oracle(), null, { ...settings, valuePerCorrectUsd: 100000 });
  assert.ok(r.actions.length >= 1 && r.actions.every((id) => id.startsWith('genetic:gene:')), r.actions.join(','));
  assert.ok(r.posterior[m.conditionIndex.get('c')!]! > 0.99);
});

/**
 * Six equally likely diseases a-f, each shown by a variant in its own gene (A-F), single-gene tests at one price and
 * optionally an exome; the patient carries the variant in E. Cost-aware settings with no visit fee and no panel.
 */
function sixGeneCase(opts: { readonly exome: boolean; readonly genePriceUsd: number }) {
  const flat: [[number, number], [number, number]] = [[1, 1], [1, 1]];
  const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
  const genes = ids.map((x) => x.toUpperCase());
  const exome = { id: 'genetic:exome', kind: 'test' as const, name: 'Exome', code: { system: 'CPT' as const, code: '81415' }, priceUsd: 4780, reveals: genes.map((g) => `gene:${g}`) };
  const m = compileModel(makeModel({
    conditions: ids.map((id) => ({ id, name: `Disease ${id}`, icd10: [], severity: 3, cantMiss: false, prior: flat })),
    findings: genes.map((g) => ({ id: `gene:${g}`, name: `variant in ${g}`, kind: 'genetic' as const, valueType: 'binary' as const, leak: 1e-4 })),
    actions: [
      ...(opts.exome ? [exome] : []),
      ...genes.map((g) => ({ id: `genetic:gene:${g}`, kind: 'test' as const, name: `Gene ${g}`, code: { system: 'CPT' as const, code: '81406' }, priceUsd: opts.genePriceUsd, reveals: [`gene:${g}`] })),
    ],
    likelihoods: Object.fromEntries(ids.map((id) => [`gene:${id.toUpperCase()}`, { [id]: [0.95] }])),
  }));
  const start = initialBelief(m, 40, 'female');
  const oracle = () => createGatekeeper(m, { present: [{ id: 'gene:E' }], absent: [], values: [] }).oracle;
  const settings = { ...COST_AWARE_DEFAULTS, visitFeeUsd: 0, valuePerCorrectUsd: 20000, panelLeaders: 0, oneCauseGene: false };
  return { m, start, oracle, settings };
}

test('a targeted panel of the leaders genes is bought when one report is worth more per dollar than gene-by-gene testing', () => {
  const { m, start, oracle, settings } = sixGeneCase({ exome: true, genePriceUsd: 283 });
  // Six equally likely diseases: without a panel, single genes one by one; with one, a panel of the six genes at once.
  const without = runCostAware(start, oracle(), null, settings);
  assert.ok(without.actions.every((id) => id.startsWith('genetic:gene:')), without.actions.join(','));
  const withPanel = runCostAware(start, oracle(), null, { ...settings, panelLeaders: 6 });
  assert.equal(withPanel.actions.length, 1, withPanel.actions.join(','));
  assert.ok(withPanel.actions[0]!.startsWith(PANEL.idPrefix));
  assert.ok(withPanel.posterior[m.conditionIndex.get('e')!]! > 0.99);
  // The cost model prices the panel by its code, not as the sum of single-gene tests.
  const costed = costedAction(m, withPanel.actions[0]!);
  assert.equal(costed.code?.code, PANEL.code);
  assert.equal(costOf([costed]).testsUsd, priceFor(PANEL.code)!.priceUsd);
});

/** Two likely diseases and 300 unlikely ones, each with its own gene, an exome revealing all, and a patient with a variant in a. */
function exomeTailCase(opts: { readonly leadPrior?: number; readonly gene?: string; readonly singles?: boolean } = {}) {
  const tail = Array.from({ length: 300 }, (_, i) => `t${i}`);
  const ids = ['a', 'b', ...tail];
  const w = opts.leadPrior ?? 1000;
  const m = compileModel(makeModel({
    conditions: ids.map((id) => ({ id, name: `Disease ${id}`, icd10: [], severity: 3, cantMiss: false, prior: (id.startsWith('t') ? [[1, 1], [1, 1]] : [[w, w], [w, w]]) as [[number, number], [number, number]] })),
    findings: ids.map((id) => ({ id: `gene:${id}`, name: `variant in ${id}`, kind: 'genetic' as const, valueType: 'binary' as const, leak: 1e-4 })),
    actions: [
      { id: 'genetic:exome', kind: 'test' as const, name: 'Exome', code: { system: 'CPT' as const, code: '81415' }, priceUsd: 4780, reveals: ids.map((id) => `gene:${id}`) },
      // The single-gene tests a panel's answers are read from (a panel is answered as its genes' tests).
      ...(opts.singles ? ids.map((id) => ({ id: `genetic:gene:${id}`, kind: 'test' as const, name: `Gene ${id}`, code: { system: 'CPT' as const, code: '81406' }, priceUsd: 282.88, reveals: [`gene:${id}`] })) : []),
    ],
    likelihoods: Object.fromEntries(ids.map((id) => [`gene:${id}`, { [id]: [0.95] }])),
  }));
  const start = initialBelief(m, 40, 'female');
  const oracle = () => createGatekeeper(m, { present: [{ id: `gene:${opts.gene ?? 'a'}` }], absent: [], values: [] }).oracle;
  return { start, oracle };
}

test('the exome is valued by the leaders genes: the flattened tail of hundreds of tiny diseases does not buy it', () => {
  // Two likely diseases and 300 unlikely ones, each with its own gene; flattened at T = 5 the tail
  // holds most of the mass, and over every condition the exome would look worth its price.
  const { start, oracle } = exomeTailCase();
  const settings = { ...COST_AWARE_DEFAULTS, visitFeeUsd: 0, panelLeaders: 0, valuePerCorrectUsd: 20000, sequencingTemperature: 0 };
  assert.deepEqual(runCostAware(start, oracle(), null, { ...settings, sequencingFromLeaders: false }).actions, ['genetic:exome']);
  const r = runCostAware(start, oracle(), null, settings);
  assert.deepEqual(r.actions, []);
  assert.equal(r.stop, 'no-worthwhile-action');
  // When the leaders' genes alone are worth it, the exome is still bought.
  assert.deepEqual(runCostAware(start, oracle(), null, { ...settings, valuePerCorrectUsd: 200000 }).actions, ['genetic:exome']);
});

test('the exome valued over every condition at its own temperature', () => {
  const { start, oracle } = exomeTailCase();
  const settings = { ...COST_AWARE_DEFAULTS, visitFeeUsd: 0, panelLeaders: 0, valuePerCorrectUsd: 20000 };
  // At T = 5 the tail holds most of the mass: the exome is worth its price over every condition.
  assert.deepEqual(runCostAware(start, oracle(), null, { ...settings, sequencingTemperature: 5 }).actions, ['genetic:exome']);
  // Off (0), the leaders' genes value it, and they are not worth its price (the test above).
  assert.deepEqual(runCostAware(start, oracle(), null, { ...settings, sequencingTemperature: 0 }).actions, []);
});

test('a wide panel of the differential genes is priced by its own code and bought when worth more per dollar than single genes', () => {
  // Single-gene tests priced high here, so that one report of all six genes is the better buy.
  const { m, start, oracle, settings } = sixGeneCase({ exome: false, genePriceUsd: 2000 });
  assert.ok(runCostAware(start, oracle(), null, settings).actions.every((id) => !id.startsWith(WIDE_PANEL.idPrefix)));
  const wide = runCostAware(start, oracle(), null, { ...settings, widePanelLeaders: 6 });
  assert.equal(wide.actions.length, 1, wide.actions.join(','));
  assert.ok(wide.actions[0]!.startsWith(WIDE_PANEL.idPrefix));
  assert.ok(wide.posterior[m.conditionIndex.get('e')!]! > 0.99);
  const costed = costedAction(m, wide.actions[0]!);
  assert.equal(costed.code?.code, WIDE_PANEL.code);
  assert.equal(costOf([costed]).testsUsd, priceFor(WIDE_PANEL.code)!.priceUsd);
});

test('panel before exome: the panel goes first when it finds the cause often enough to pay for itself, the exome follows a negative one', () => {
  // Two likely diseases and 300 unlikely ones, each with its own gene; the exome (valued over every
  // condition at T = 2) is worth its price, a panel of the two leaders' genes is not by itself.
  const settings = { ...COST_AWARE_DEFAULTS, visitFeeUsd: 0, panelLeaders: 2, panelMaxGenes: 2, valuePerCorrectUsd: 20000, panelBeforeExome: false };
  const { start, oracle } = exomeTailCase({ singles: true });
  assert.deepEqual(runCostAware(start, oracle(), null, settings).actions, ['genetic:exome']);
  // Off, the exome; on, the panel covers 0.95 x 2 sqrt(1000) / (2 sqrt(1000) + 300), about 0.17 of the
  // flattened mass: 0.17 x $4,780 > $584.90, so the panel goes first, finds gene a, and no exome follows.
  const first = runCostAware(start, oracle(), null, { ...settings, panelBeforeExome: true });
  assert.equal(first.actions.length, 1, first.actions.join(','));
  assert.ok(first.actions[0]!.startsWith(PANEL.idPrefix));
  assert.ok(first.spentUsd < 1000);
  // The cause outside the panel: the panel is negative, then the exome is weighed again and bought.
  const tailCase = exomeTailCase({ gene: 't7', singles: true });
  const both = runCostAware(tailCase.start, tailCase.oracle(), null, { ...settings, panelBeforeExome: true });
  assert.equal(both.actions.length, 2, both.actions.join(','));
  assert.ok(both.actions[0]!.startsWith(PANEL.idPrefix));
  assert.equal(both.actions[1], 'genetic:exome');
  // A panel that covers too little (leaders only 10x as likely: 0.95 x 2 sqrt(10) / (2 sqrt(10) + 300) x $4,780 < $584.90) does not go first.
  const thin = exomeTailCase({ leadPrior: 10, singles: true });
  assert.deepEqual(runCostAware(thin.start, thin.oracle(), null, { ...settings, panelBeforeExome: true }).actions, ['genetic:exome']);
});

test('one cause gene: once a gene test is positive, no more gene tests, single or panel', () => {
  const { start, oracle, settings } = sixGeneCase({ exome: false, genePriceUsd: 282.88 });
  const flattened = runCostAware(start, oracle(), null, settings);
  assert.ok(flattened.actions.indexOf('genetic:gene:E') < flattened.actions.length - 1, flattened.actions.join(','));
  const one = runCostAware(start, oracle(), null, { ...settings, oneCauseGene: true });
  assert.equal(one.actions.at(-1), 'genetic:gene:E', one.actions.join(','));
  assert.equal(one.stop, 'no-worthwhile-action');
  // With a panel of five of the six genes on offer: it names E; without the rule gene F is tested after it, with it nothing genetic follows.
  const panelSettings = { ...settings, panelLeaders: 5, panelMaxGenes: 5 };
  const more = runCostAware(start, oracle(), null, panelSettings);
  assert.ok(more.actions[0]!.startsWith(PANEL.idPrefix) && more.actions.length > 1, more.actions.join(','));
  const panel = runCostAware(start, oracle(), null, { ...panelSettings, oneCauseGene: true });
  assert.equal(panel.actions.length, 1, panel.actions.join(','));
  assert.ok(panel.actions[0]!.startsWith(PANEL.idPrefix) && panel.actions[0]!.includes('gene:E'));
});

test('reach prior: a gene test that names nothing lowers the worth of what follows; after a named gene nothing changes', () => {
  const { start, settings, m } = sixGeneCase({ exome: false, genePriceUsd: 2000 });
  const none = () => createGatekeeper(m, { present: [], absent: [], values: [] }).oracle;
  // The prior off (1): the policy before the fourteenth session.
  const panelSettings = { ...settings, panelLeaders: 5, panelMaxGenes: 5, oneCauseGene: true, reachPrior: 1 };
  // No variant in the panel's five genes: the sixth disease now leads and its $2,000 gene test looks worth buying...
  const open = runCostAware(start, none(), null, panelSettings);
  assert.equal(open.actions.length, 2, open.actions.join(','));
  assert.ok(open.actions[0]!.startsWith(PANEL.idPrefix));
  assert.equal(open.actions[1], 'genetic:gene:F');
  // ...unless a disease beyond the model is possible (the prior 0.5; off by default): the panel covered about 0.79
  // of the value posterior, so P(reachable) falls from 0.5 to 0.17 and V x 0.35 no longer pays for the test.
  assert.equal(COST_AWARE_DEFAULTS.reachPrior, 1);
  assert.deepEqual(runCostAware(start, none(), null, { ...panelSettings, reachPrior: 0.5 }).actions, open.actions.slice(0, 1));
  // A panel that names the gene: the same work-up with the prior as without.
  const oracle = () => createGatekeeper(m, { present: [{ id: 'gene:E' }], absent: [], values: [] }).oracle;
  assert.deepEqual(runCostAware(start, oracle(), null, { ...panelSettings, reachPrior: 0.5 }).actions, runCostAware(start, oracle(), null, panelSettings).actions);
});

test('gene yield: the exome is valued at the yield however it is read (over the leaders or over every condition)', () => {
  // Single genes priced out; six equally likely diseases: at yield 1 the exome's rise (about 0.78) x $20,000 pays for it,
  // at 0.2 (rise about 0.16, $3,200) it does not, whether it is valued on the leaders' genes or as the action itself.
  const { start, oracle, settings } = sixGeneCase({ exome: true, genePriceUsd: 100000 });
  for (const sequencingFromLeaders of [true, false]) {
    const s = { ...settings, sequencingTemperature: 0, sequencingFromLeaders };
    assert.deepEqual(runCostAware(start, oracle(), null, { ...s, geneYield: 1 }).actions, ['genetic:exome'], `fromLeaders ${sequencingFromLeaders}`);
    assert.deepEqual(runCostAware(start, oracle(), null, { ...s, geneYield: 0.2 }).actions, [], `fromLeaders ${sequencingFromLeaders}`);
  }
});

test('a panel by gene mass (the default): a heterogeneous leader does not crowd the likelier gene out of the panel', () => {
  // Disease a has three genes, each the cause in 30% of its patients; disease b one gene, 95%. Equal
  // priors; single-gene tests dear, so a two-gene panel is the buy. The case has b (gene B).
  const flat: [[number, number], [number, number]] = [[1, 1], [1, 1]];
  const genes = ['A1', 'A2', 'A3', 'B'];
  const m = compileModel(makeModel({
    conditions: ['a', 'b'].map((id) => ({ id, name: `Disease ${id}`, icd10: [], severity: 3, cantMiss: false, prior: flat })),
    findings: genes.map((g) => ({ id: `gene:${g}`, name: `variant in ${g}`, kind: 'genetic' as const, valueType: 'binary' as const, leak: 1e-4 })),
    actions: genes.map((g) => ({ id: `genetic:gene:${g}`, kind: 'test' as const, name: `Gene ${g}`, code: { system: 'CPT' as const, code: '81406' }, priceUsd: 2000, reveals: [`gene:${g}`] })),
    likelihoods: { 'gene:A1': { a: [0.3] }, 'gene:A2': { a: [0.3] }, 'gene:A3': { a: [0.3] }, 'gene:B': { b: [0.95] } },
  }));
  const start = initialBelief(m, 40, 'female');
  const oracle = () => createGatekeeper(m, { present: [{ id: 'gene:B' }], absent: [], values: [] }).oracle;
  const settings = { ...COST_AWARE_DEFAULTS, visitFeeUsd: 0, panelLeaders: 2, panelMaxGenes: 2 };
  assert.equal(COST_AWARE_DEFAULTS.panelByMass, true);
  const byMass = runCostAware(start, oracle(), null, settings);
  assert.equal(byMass.actions.length, 1, byMass.actions.join(','));
  assert.equal(byMass.actions[0], `${PANEL.idPrefix}gene:B+gene:A1`);
  assert.ok(byMass.posterior[m.conditionIndex.get('b')!]! > 0.99);
  // Best leader first (ties by index), a's genes fill the panel and miss the cause.
  const byLeader = runCostAware(start, oracle(), null, { ...settings, panelByMass: false });
  assert.equal(byLeader.actions[0], `${PANEL.idPrefix}gene:A1+gene:A2`);
});

test('a panel over more leaders than the 64 the values are read from: the panel-before-exome check weighs that panel', () => {
  // 100 leading diseases (prior 7.6) and a tail of 1,500 (prior 1), each with its own gene. At V $6,000
  // the exome (its rise read at T = 2) is worth its price and the panel (read at T = 5, where the tail
  // holds 91% of the mass) is not by itself; the panel goes first when it covers enough at T = 2:
  // 100 leaders' genes 0.95 x 276 / 1,776 x $4,780 = $704 >= $584.90, 64 leaders' only $451.
  const lead = Array.from({ length: 100 }, (_, i) => `l${i}`);
  const ids = [...lead, ...Array.from({ length: 1500 }, (_, i) => `t${i}`)];
  const m = compileModel(makeModel({
    conditions: ids.map((id) => ({ id, name: `Disease ${id}`, icd10: [], severity: 3, cantMiss: false, prior: (id.startsWith('l') ? [[7.6, 7.6], [7.6, 7.6]] : [[1, 1], [1, 1]]) as [[number, number], [number, number]] })),
    findings: ids.map((id) => ({ id: `gene:${id}`, name: `variant in ${id}`, kind: 'genetic' as const, valueType: 'binary' as const, leak: 1e-4 })),
    actions: [
      { id: 'genetic:exome', kind: 'test' as const, name: 'Exome', code: { system: 'CPT' as const, code: '81415' }, priceUsd: 4780, reveals: ids.map((id) => `gene:${id}`) },
      ...ids.map((id) => ({ id: `genetic:gene:${id}`, kind: 'test' as const, name: `Gene ${id}`, code: { system: 'CPT' as const, code: '81406' }, priceUsd: 282.88, reveals: [`gene:${id}`] })),
    ],
    likelihoods: Object.fromEntries(ids.map((id) => [`gene:${id}`, { [id]: [0.95] }])),
  }));
  const start = initialBelief(m, 40, 'female');
  const oracle = () => createGatekeeper(m, { present: [{ id: 'gene:l90' }], absent: [], values: [] }).oracle;
  const settings = { ...COST_AWARE_DEFAULTS, visitFeeUsd: 0, panelMaxGenes: 100, valuePerCorrectUsd: 6000 };
  const deep = runCostAware(start, oracle(), null, { ...settings, panelLeaders: 100 });
  assert.equal(deep.actions.length, 1, deep.actions.join(',').slice(0, 200));
  const genes = deep.actions[0]!.slice(PANEL.idPrefix.length).split('+');
  assert.ok(deep.actions[0]!.startsWith(PANEL.idPrefix) && genes.length === 100 && genes.includes('gene:l90'));
  assert.deepEqual(runCostAware(start, oracle(), null, { ...settings, panelLeaders: 64 }).actions, ['genetic:exome']);
  // The default reads the panel over 128 leaders (eleventh session): the same panel as with 100 here.
  assert.equal(COST_AWARE_DEFAULTS.panelLeaders, 128);
  const byDefault = runCostAware(start, oracle(), null, { ...COST_AWARE_DEFAULTS, visitFeeUsd: 0, panelMaxGenes: 100, valuePerCorrectUsd: 6000 });
  assert.equal(byDefault.actions.length, 1);
  assert.ok(byDefault.actions[0]!.includes('gene:l90'));
});

test('phenotype tests after a negative gene test: scaled to 0 (the default) they are not bought; after a named gene nothing changes', () => {
  // Six diseases with one gene each, a seventh with none, and a $3,000 test of a sign that only f shows: worth its
  // price only once a negative panel (five of the six genes) has left f and g leading.
  const flat: [[number, number], [number, number]] = [[1, 1], [1, 1]];
  const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
  const genes = ids.slice(0, 6).map((x) => x.toUpperCase());
  const m = compileModel(makeModel({
    conditions: ids.map((id) => ({ id, name: `Disease ${id}`, icd10: [], severity: 3, cantMiss: false, prior: flat })),
    findings: [
      ...genes.map((g) => ({ id: `gene:${g}`, name: `variant in ${g}`, kind: 'genetic' as const, valueType: 'binary' as const, leak: 1e-4 })),
      { id: 'sign', name: 'a sign', kind: 'lab' as const, valueType: 'binary' as const, leak: 0.01 },
    ],
    actions: [
      ...genes.map((g) => ({ id: `genetic:gene:${g}`, kind: 'test' as const, name: `Gene ${g}`, code: { system: 'CPT' as const, code: '81406' }, priceUsd: 100000, reveals: [`gene:${g}`] })),
      { id: 'lab:sign', kind: 'test' as const, name: 'Sign test', code: { system: 'CPT' as const, code: '80053' }, priceUsd: 3000, reveals: ['sign'] },
    ],
    likelihoods: { ...Object.fromEntries(genes.map((g) => [`gene:${g}`, { [g.toLowerCase()]: [0.95] }])), sign: { f: [0.95] } },
  }));
  const start = initialBelief(m, 40, 'female');
  const settings = { ...COST_AWARE_DEFAULTS, visitFeeUsd: 0, valuePerCorrectUsd: 20000, panelLeaders: 5, panelMaxGenes: 5, phenotypeAfterNegative: 1 };
  const gate = (present: readonly string[]) => createGatekeeper(m, { present: present.map((id) => ({ id })), absent: [], values: [] }).oracle;
  assert.equal(COST_AWARE_DEFAULTS.phenotypeAfterNegative, 0);
  const negative = runCostAware(start, gate([]), null, settings);
  assert.equal(negative.actions.length, 2, negative.actions.join(','));
  assert.ok(negative.actions[0]!.startsWith(PANEL.idPrefix) && !negative.actions[0]!.includes('gene:F'), negative.actions[0]);
  assert.equal(negative.actions[1], 'lab:sign');
  assert.deepEqual(runCostAware(start, gate([]), null, { ...settings, phenotypeAfterNegative: 0 }).actions, negative.actions.slice(0, 1));
  // A second reading (`secondTemperature`, on every test) does not bring the scaled value back.
  assert.deepEqual(runCostAware(start, gate([]), null, { ...settings, phenotypeAfterNegative: 0, secondTemperature: 1 }).actions, negative.actions.slice(0, 1));
  // The panel names E: the same work-up with the option as without.
  const named = runCostAware(start, gate(['gene:E']), null, settings);
  assert.ok(named.actions[0]!.includes('gene:E'));
  assert.deepEqual(runCostAware(start, gate(['gene:E']), null, { ...settings, phenotypeAfterNegative: 0 }).actions, named.actions);
  // No gene test yet (no panel offered, single-gene tests too dear): the sign test is valued as usual at 0.
  const noGene = { ...settings, panelLeaders: 0, valuePerCorrectUsd: 40000 };
  assert.deepEqual(runCostAware(start, gate([]), null, { ...noGene, phenotypeAfterNegative: 0 }).actions, ['lab:sign']);
});

test('phenotype tests after a negative gene test: valued again once a later gene test names a gene', () => {
  // Five diseases with genes A-E lead; f1 and f2 share gene F (a $500 test), h has none; a $3,000 sign separates f1 from f2.
  const ids = ['a', 'b', 'c', 'd', 'e', 'f1', 'f2', 'h'];
  const lead = ['A', 'B', 'C', 'D', 'E'];
  const m = compileModel(makeModel({
    conditions: ids.map((id) => ({ id, name: `Disease ${id}`, icd10: [], severity: 3, cantMiss: false, prior: id.length === 1 && id !== 'h' ? [[3, 3], [3, 3]] : [[1, 1], [1, 1]] })),
    findings: [
      ...[...lead, 'F'].map((g) => ({ id: `gene:${g}`, name: `variant in ${g}`, kind: 'genetic' as const, valueType: 'binary' as const, leak: 1e-4 })),
      { id: 'sign', name: 'a sign', kind: 'lab' as const, valueType: 'binary' as const, leak: 0.01 },
    ],
    actions: [
      ...[...lead, 'F'].map((g) => ({ id: `genetic:gene:${g}`, kind: 'test' as const, name: `Gene ${g}`, code: { system: 'CPT' as const, code: '81406' }, priceUsd: g === 'F' ? 500 : 100000, reveals: [`gene:${g}`] })),
      { id: 'lab:sign', kind: 'test' as const, name: 'Sign test', code: { system: 'CPT' as const, code: '80053' }, priceUsd: 3000, reveals: ['sign'] },
    ],
    likelihoods: { ...Object.fromEntries(lead.map((g) => [`gene:${g}`, { [g.toLowerCase()]: [0.95] }])), 'gene:F': { f1: [0.95], f2: [0.95] }, sign: { f1: [0.95] } },
  }));
  const start = initialBelief(m, 40, 'female');
  const settings = { ...COST_AWARE_DEFAULTS, visitFeeUsd: 0, valuePerCorrectUsd: 20000, panelLeaders: 5, panelMaxGenes: 5 };
  const gate = (present: readonly string[]) => createGatekeeper(m, { present: present.map((id) => ({ id })), absent: [], values: [] }).oracle;
  // A negative panel, then the F test names F: the sign test is valued again and bought.
  const run = runCostAware(start, gate(['gene:F']), null, settings);
  assert.equal(run.actions.length, 3, run.actions.join(','));
  assert.ok(run.actions[0]!.startsWith(PANEL.idPrefix) && !run.actions[0]!.includes('gene:F'), run.actions[0]);
  assert.deepEqual(run.actions.slice(1), ['genetic:gene:F', 'lab:sign']);
});
