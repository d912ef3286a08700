/**
 * Stepwise policies run side by side on every case, all on the one core engine:
 *   instant           diagnose from the presenting findings only;
 *   order-everything  every question, then every test that can still reveal something (model order,
 *                     so exome sequencing comes before the single-gene tests it makes redundant);
 *   random            a seeded random choice among the actions that could still reveal something;
 *   info-gain         the core planner scoring expected information gain without cost;
 *   questions-only    the core planner restricted to history and examination;
 *   cost-aware        the core planner (gain + challenger per dollar) planning against the visit-fee cost
 *                     model, at a budget or none (see `runCostAware`).
 * A cost-aware budget caps the whole work-up as the cost model counts it (visit fees and tests).
 */
import type { CompiledModel } from '../core/compile.js';
import { bestAction, rankActions, type PlanOptions, type ScoredAction } from '../core/next-action.js';
import { FindingStatus, markSkipped, observe, posterior, type BeliefState } from '../core/posterior.js';
import { geneSetCoverage, geneSetValue, isMultiGeneAction, leaderGenes, leaderGenesByMass, leadersOf, topValues, valueOf, type TopValues } from '../core/decision-value.js';
import type { Observation } from '../core/evidence.js';
import type { CostedAction } from './cost-model.js';
import { priceFor } from './prices.js';
import { createRng, hashSeed } from '../core/random.js';
import { runWorkup, type Oracle } from '../core/workup.js';

/** The stepwise policies the suite can run (see the module comment). */
export type PolicyName = 'instant' | 'order-everything' | 'random' | 'info-gain' | 'questions-only' | 'cost-aware';

/** One policy of a stepwise run: its name, budget and (cost-aware) settings. */
export interface PolicySpec {
  readonly name: PolicyName;
  /** Budget in USD for cost-aware (visit fees and tests); null = no budget. */
  readonly budget: number | null;
  /** Cost-aware settings; omitted fields take `COST_AWARE_DEFAULTS`. */
  readonly costAware?: Partial<CostAwareSettings>;
}

/**
 * The cost-aware policy's few coarse settings, chosen on the dev split (docs/benchmark.md):
 *   visitFeeUsd       what the planner is charged for a question that opens a new round of questions
 *                     (the cost model's visit fee); further questions in an open round cost nothing;
 *   confidence        stop paying for actions once the leading condition's posterior exceeds this.
 *                     Off by default (1): the naive-Bayes posterior is overconfident (cases
 *                     stopped at 1 - 1e-7 before any test were wrong with the answer 2nd to 4th), so
 *                     the value rule below decides when to stop, on the flattened posterior;
 *   minGain           an action must be expected to yield at least this (nats, gain + weighted
 *                     challenger term) to be considered at all, free or not;
 *   minScore          stop when the best action yields less than this per dollar (0: any information
 *                     worth minGain is bought at its price, the cheapest per nat first);
 *   maxActions        step limit (questions included: one round asks up to 23 of them);
 *   valuePerCorrectUsd what a correct leading diagnosis is worth: a paid action is bought only when
 *                     this times its expected rise in the leader's probability of being right
 *                     (core/decision-value.ts) covers its price, and the one with the most of that
 *                     rise per dollar goes first; 0 turns the rule off (information per dollar alone).
 */
export interface CostAwareSettings {
  readonly visitFeeUsd: number;
  readonly confidence: number;
  readonly minGain: number;
  readonly minScore: number;
  readonly maxActions: number;
  readonly valuePerCorrectUsd: number;
  readonly valueTemperature: number;
  /**
   * A targeted gene panel as one more candidate under the value rule: the open genes of the leading
   * `panelLeaders` conditions (0: no panel), at most `panelMaxGenes`, sequenced at once and priced by
   * `PANEL.code`; valued as its report reads, like the exome.
   */
  readonly panelLeaders: number;
  readonly panelMaxGenes: number;
  /** Conditions below this posterior are left out of the planner's gains (its `activeThreshold`). */
  readonly activeThreshold: number;
  /**
   * True: a multi-gene test (the exome) is valued as a panel of the open genes it sequences of the 64
   * leading conditions (the conditions the values are read from). Valued over every condition, the
   * flattened posterior's tail (thousands of diseases, each tiny, together most of the flattened
   * mass) made the exome look worth its price when nothing fitted, mostly in cases whose disease the
   * model lacks; false values it over every condition (`valueOf`).
   */
  readonly sequencingFromLeaders: boolean;
  /**
   * Above 0: a multi-gene test (the exome) is valued over every condition of p^(1/T) at this
   * temperature T instead (`sequencingFromLeaders` is then not used), while the other actions stay at
   * `valueTemperature`. 0: off.
   */
  readonly sequencingTemperature: number;
  /**
   * Above 0: every other action's rise is also read on p^(1/T) at this temperature, and the larger
   * of the two readings is its value. 0: off (one reading, at `valueTemperature`).
   */
  readonly secondTemperature: number;
  /** True: the second reading applies only to tests that are not gene tests, and only once a gene test has come back positive. */
  readonly secondAfterGene: boolean;
  /**
   * A wide gene panel as one more candidate: the open genes of the leading `widePanelLeaders`
   * conditions (0: none), at most `widePanelMaxGenes`, priced by `WIDE_PANEL.code`; valued like the
   * targeted panel. It sits between the targeted panel and the exome in genes and in price.
   */
  readonly widePanelLeaders: number;
  readonly widePanelMaxGenes: number;
  /** Scale of the rise of a paid test that reveals no gene (1: as valued; 0: such tests are never bought). Measured, not used. */
  readonly phenotypeTestScale: number;
  /** Above 0: the panels are valued on p^(1/T) at this temperature instead of `valueTemperature`. */
  readonly panelTemperature: number;
  /**
   * True: when the exome is the action to buy, the targeted panel goes first if it is expected to find
   * the causal gene often enough to pay for itself: coverage x the exome's price >= the panel's price,
   * the coverage (P(the panel names a causal gene)) read on the posterior the exome is valued on. Panel
   * first costs the panel plus, when it is negative, the exome; exome first costs the exome (the
   * cost-per-detection order of sequential search). After a negative panel the exome is weighed again.
   */
  readonly panelBeforeExome: boolean;
  /**
   * True: once a gene test has named a causal gene, no more gene tests (single, panel, exome) are
   * candidates: the work-up looks for one cause (dual molecular diagnoses are about 5% of solved
   * exomes, Posey et al., NEJM 2017), while phenotype tests that separate that gene's diseases stay.
   */
  readonly oneCauseGene: boolean;
  /**
   * True: a panel's genes are the open genes of the `panelLeaders` leaders with the most probability
   * of being the cause (`leaderGenesByMass`: a fixed search effort goes to the cells of highest
   * detection probability, Stone 1975); false: the leaders' genes best leader first until
   * `panelMaxGenes`. On by default (tenth session); over the 128 leaders since the eleventh (64 before):
   * after a negative first panel, the next genes by mass still hold enough to make a second panel worth
   * its price (docs/benchmark.md).
   */
  readonly panelByMass: boolean;
  /**
   * True (with `panelByMass`): a panel gene's weight is max over the leaders of P(c) P(g | c), its
   * term in the panel's expected top posterior (`geneSetValue`), not the sum (detection mass). On
   * since the thirteenth session: the same answers on 829 dev cases, a little cheaper (docs/log/benchmark-history.md, "Stepwise, thirteenth session").
   */
  readonly panelByValue: boolean;
  /**
   * The share of the model's P(gene | c) a gene test is taken to detect when it is valued (panels and
   * the exome; `geneSetValue`): 1 reads the model's gene probabilities as they are (a 95% yield
   * whenever the differential holds the truth); below 1, the yield calibrated against what the tests
   * found on dev (docs/sessions/14-rare-step.md).
   */
  readonly geneYield: number;
  /**
   * Below 1: the prior probability r0 that the case's disease is one the model can name through a gene
   * test (its condition is in the model with the causal gene linked). Each gene test that names nothing is
   * evidence against it (Bayes, with that test's coverage q read on the value posterior: r <- r(1 - q) /
   * (r(1 - q) + 1 - r); a disease beyond the model names no gene the model links), and V is weighed at
   * min(1, r / r0) of its value from then on: a test cannot raise the chance of naming a disease the
   * model cannot reach. 1: off (the default). A named gene sets r back to 1. 0.5 gave the same answers at about
   * 1.5 points less of order-everything's cost on 1,658 dev cases, but 3 fewer right answers on the untouched
   * third, where the cost was already under a quarter: left off (docs/sessions/14-rare-step.md, lead's addendum).
   */
  readonly reachPrior: number;
  /**
   * Scale of the rise of a paid test that reveals no gene while the work-up's gene tests have all named
   * nothing (at least one done, none positive): 1 as valued, 0 (the default since the fifteenth session)
   * such tests are not bought. On the fourteenth session's calibration sample the 393 phenotype tests bought
   * in that state raised P(leader right) by 0.000 (predicted 0.022) and no such case ended right; at 0 the
   * same or more answers at about 1.4 points less of order-everything's cost on 3,316 dev cases
   * (docs/sessions/15-rare-step.md).
   */
  readonly phenotypeAfterNegative: number;
}

/**
 * The targeted panel's code: CPT 81448 (hereditary peripheral neuropathy panel, at least 5 genes),
 * whose CMS rate ($584.90 in 2025 Q2) is the one shared by the CLFS's 5-15-gene hereditary disease
 * panels (81413 cardiac ion channel, 81439 cardiomyopathy, 81448): the price of a small
 * hereditary panel, standing in for a custom panel of the differential's genes.
 */
export const PANEL = { idPrefix: 'genetic:panel:', kind: 'panel' as const, name: 'Targeted gene panel', code: '81448' };

/**
 * The wide panel's code: CPT 81419 (epilepsy genomic sequence analysis panel, at least 100 genes),
 * whose CMS rate ($2,448.56 in 2025 Q2) is the one the CLFS gives its large hereditary panels (81412,
 * 81419, 81441, 81443): the price of a large multi-gene panel, standing in for a panel of the
 * differential's genes beyond the targeted one's 50.
 */
export const WIDE_PANEL = { idPrefix: 'genetic:wide-panel:', kind: 'panel' as const, name: 'Wide gene panel', code: '81419' };

/** The cost-aware policy's default settings (chosen on dev folds; docs/benchmark.md and docs/sessions/). */
export const COST_AWARE_DEFAULTS: CostAwareSettings = { visitFeeUsd: 300, confidence: 1, minGain: 1e-4, minScore: 0, maxActions: 60, valuePerCorrectUsd: 18000, valueTemperature: 5, panelLeaders: 128, panelMaxGenes: 50, activeThreshold: 1e-4, sequencingFromLeaders: true, sequencingTemperature: 2, secondTemperature: 0, secondAfterGene: false, widePanelLeaders: 0, widePanelMaxGenes: 150, panelTemperature: 0, phenotypeTestScale: 1, panelBeforeExome: true, oneCauseGene: true, panelByMass: true, panelByValue: true, geneYield: 1, reachPrior: 1, phenotypeAfterNegative: 0 };

/** The budgets (USD) at which the suite runs cost-aware besides no budget. */
export const DEFAULT_BUDGETS: readonly number[] = [500, 1000, 2000];

/**
 * The suite's policy list: every baseline, then cost-aware at each budget and with none.
 *
 * @param budgets cost-aware budgets in USD (each is one more policy)
 * @param costAware settings passed to every cost-aware policy (omitted: `COST_AWARE_DEFAULTS`)
 * @returns the policies in the order the suite reports them
 */
export function defaultPolicies(budgets: readonly number[] = DEFAULT_BUDGETS, costAware: Partial<CostAwareSettings> = {}): PolicySpec[] {
  const ca = Object.keys(costAware).length > 0 ? { costAware } : {};
  return [
    { name: 'instant', budget: null },
    { name: 'order-everything', budget: null },
    { name: 'random', budget: null },
    { name: 'info-gain', budget: null },
    { name: 'questions-only', budget: null },
    ...budgets.map((b) => ({ name: 'cost-aware' as const, budget: b, ...ca })),
    { name: 'cost-aware', budget: null, ...ca },
  ];
}

/** What a policy leaves at its stop: the posterior it ranks, the actions it took in order, and the belief. */
export interface PolicyRun {
  readonly posterior: Float64Array;
  readonly actions: readonly string[];
  /** The belief at the stop (what the final ranking, re-ranked or not, is read from). */
  readonly state: BeliefState;
}

/** The leader must be very probable before stopping: the naive-Bayes posterior over hundreds of rare diseases is overconfident. */
const RULES = { confidence: 0.99999, minGain: 0.001, maxSteps: 30 } as const;

/**
 * Run one policy on a case from its presenting findings to its stop.
 *
 * @param spec the policy, its budget and settings
 * @param start the belief after the presenting findings
 * @param oracle answers an action from the hidden record (the bench's gatekeeper)
 * @param caseId seeds the random policy
 * @returns the posterior at the stop, the actions taken (panels as `PANEL.idPrefix` ids) and the belief
 */
export function runPolicy(spec: PolicySpec, start: BeliefState, oracle: Oracle, caseId: string): PolicyRun {
  const cm: CompiledModel = start.cm;
  switch (spec.name) {
    case 'instant':
      return { posterior: posterior(start), actions: [], state: start };
    case 'order-everything': {
      let state = start;
      const actions: string[] = [];
      const ordered = [...cm.actions].sort((a, b) => (a.kind === 'question' ? 0 : 1) - (b.kind === 'question' ? 0 : 1) || a.index - b.index);
      for (const a of ordered) {
        if (!a.findings.some((fi) => state.status[fi] === FindingStatus.Unknown)) continue;
        state = observe(state, oracle(a, state));
        actions.push(a.id);
      }
      return { posterior: posterior(state), actions, state };
    }
    case 'random': {
      const rng = createRng(hashSeed(caseId, 0x7a11));
      const r = runWorkup(start, oracle, { mode: 'no-budget', costAware: false, trace: false, rules: RULES, choose: (ranked) => ranked[rng.int(ranked.length)] });
      return { posterior: r.posterior, actions: r.actionsTaken, state: r.belief };
    }
    case 'info-gain': {
      const r = runWorkup(start, oracle, { mode: 'no-budget', costAware: false, trace: false, rules: RULES });
      return { posterior: r.posterior, actions: r.actionsTaken, state: r.belief };
    }
    case 'questions-only': {
      const r = runWorkup(start, oracle, { mode: 'questions-only', trace: false, rules: RULES });
      return { posterior: r.posterior, actions: r.actionsTaken, state: r.belief };
    }
    case 'cost-aware':
      return runCostAware(start, oracle, spec.budget, { ...COST_AWARE_DEFAULTS, ...spec.costAware });
  }
}

/** Why a cost-aware work-up stopped. */
export type CostAwareStop = 'confident' | 'step-limit' | 'no-worthwhile-action';

/**
 * The cost-aware work-up: expected information per dollar, planned against the visit-fee cost model.
 *
 * - The work-up starts with a history and examination: the first round of questions is open from
 *   the start (the cost model charges its visit fee with the first question), unless a budget cannot
 *   pay for a visit. Later, a question costs the visit fee when it opens a round and nothing inside
 *   an open round (the fee is charged once per round; a test closes the round). While a round is
 *   open the policy asks every question still worth `minGain`, most informative first, before paying
 *   for anything else; confidence does not stop these questions, the posterior being overconfident.
 * - Paid actions (tests, or a question that opens a new round) are chosen by
 *   (gain + challenger weight x challenger) / (cost + overhead) among the actions worth at least
 *   `minGain`: an action too uninformative to matter is not a candidate, so it cannot end the work-up
 *   while an informative test (e.g. exome sequencing when the posterior is spread) remains.
 * - Stop when the leader exceeds `confidence` (never by default), when no action is worth `minGain` or `minScore` per
 *   dollar, at the step limit, or when nothing fits the budget (visit fees and tests).
 *
 * @param start the belief after the presenting findings
 * @param oracle answers an action from the hidden record
 * @param budget USD for visit fees and tests together; null: none
 * @param s the settings (`COST_AWARE_DEFAULTS` with any overrides)
 * @returns the policy's run, why it stopped, and what the planner counted as spent
 */
export function runCostAware(start: BeliefState, oracle: Oracle, budget: number | null, s: CostAwareSettings): PolicyRun & { stop: CostAwareStop; spentUsd: number } {
  const cm = start.cm;
  let state = start;
  const actions: string[] = [];
  // The work-up starts with a history and examination: the first round is open from the start (its
  // fee is charged with its first question), unless the budget cannot pay for a visit.
  let inRound = budget === null || budget >= s.visitFeeUsd;
  let feePaid = false;
  let spent = 0;
  // Whether a gene test has named a gene (tracked only for `secondAfterGene` and `oneCauseGene`).
  let geneFound = false;
  // P(the disease is one a gene test can name), while `reachPrior` < 1 (see `CostAwareSettings`).
  let reach = s.reachPrior;
  // Whether a gene test has come back with nothing named while none named a gene (`phenotypeAfterNegative`).
  let geneNamed = false;
  let geneNegative = false;
  const afterGeneTest = (obs: readonly Observation[]): void => {
    if (positiveGene(obs)) geneNamed = true;
    else geneNegative = true;
  };
  const positiveGene = (obs: readonly Observation[]): boolean => obs.some((o) => 'present' in o && o.present && cm.findings[cm.findingIndex.get(o.id) ?? -1]?.def.kind === 'genetic');
  const worth = (a: ScoredAction | undefined): a is ScoredAction => a !== undefined && a.expectedGain + a.challenger >= s.minGain;
  for (;;) {
    const p = posterior(state);
    const done = (stop: CostAwareStop): PolicyRun & { stop: CostAwareStop; spentUsd: number } => ({ posterior: p, actions, state, stop, spentUsd: spent });
    if (actions.length >= s.maxActions) return done('step-limit');
    const base: PlanOptions = budget === null ? { mode: 'no-budget', activeThreshold: s.activeThreshold } : { mode: 'budgeted', budgetUsd: budget, spentUsd: spent, activeThreshold: s.activeThreshold };
    let next: ScoredAction | undefined;
    if (inRound) {
      const q = bestAction(state, { ...base, mode: 'questions-only', questionCostUsd: 0 }, p);
      if (worth(q)) next = q;
    }
    if (!next) {
      let top = 0;
      for (let c = 0; c < p.length; c++) if (p[c]! > top) top = p[c]!;
      // Above the bar, not at it: the default bar 1 never stops (a posterior rounded to exactly 1 included).
      if (top > s.confidence) return done('confident');
      const opts: PlanOptions = { ...base, questionCostUsd: inRound ? 0 : s.visitFeeUsd };
      if (s.valuePerCorrectUsd > 0) {
        const sv = reach < s.reachPrior ? { ...s, valuePerCorrectUsd: (s.valuePerCorrectUsd * reach) / s.reachPrior } : s;
        const sp = geneNegative && !geneNamed && s.phenotypeAfterNegative !== 1 ? { ...sv, phenotypeTestScale: sv.phenotypeTestScale * s.phenotypeAfterNegative } : sv;
        const pick = worthItsPrice(state, opts, p, sp, budget === null ? Infinity : budget - spent, geneFound);
        if (pick && 'panel' in pick) {
          const run = runPanel(state, oracle, pick.panel);
          afterGeneTest(run.obs);
          if (s.reachPrior < 1) reach = reachAfter(reach, state, p, s, pick.panel, positiveGene(run.obs));
          state = run.state;
          geneFound ||= (s.secondAfterGene || s.oneCauseGene) && positiveGene(run.obs);
          spent += pick.costUsd;
          inRound = feePaid = false;
          actions.push(panelId(cm, pick.panel, pick.wide ? WIDE_PANEL : PANEL));
          continue;
        }
        next = pick;
      } else {
        const best = bestAction(state, opts, p);
        next = worth(best) ? best : best ? rankActions(state, opts, p).find(worth) : undefined;
      }
      if (!next || next.score < s.minScore) return done('no-worthwhile-action');
    }
    const a = cm.actions[next.actionIndex]!;
    const obs = oracle(a, state);
    if (revealsGene(cm, a.index)) afterGeneTest(obs);
    if (s.reachPrior < 1 && revealsGene(cm, a.index)) reach = reachAfter(reach, state, p, s, a.findings.filter((fi) => cm.findings[fi]!.def.kind === 'genetic'), positiveGene(obs));
    geneFound ||= (s.secondAfterGene || s.oneCauseGene) && positiveGene(obs);
    state = markSkipped(observe(state, obs), a.findings);
    if (a.kind === 'question') {
      if (!feePaid) spent += s.visitFeeUsd;
      inRound = feePaid = true;
    } else {
      spent += a.priceUsd;
      inRound = feePaid = false;
    }
    actions.push(a.id);
  }
}

/**
 * How many of the best information-per-dollar candidates are weighed by their value to the diagnosis.
 * Weighing every candidate instead gave the same work-ups on 555 dev cases (docs/log/benchmark-history.md, "Stepwise, thirteenth session").
 */
const VALUE_CANDIDATES = 24;

/**
 * The paid action to take under `valuePerCorrectUsd` (V): among the candidates worth `minGain` (the
 * best by information per dollar, and every multi-gene test, which that ranking underrates against
 * a run of single-gene tests), those whose expected rise in P(leader is right) times V covers their
 * price; the one with the largest rise per dollar. Undefined when none is worth its price.
 */
function worthItsPrice(state: BeliefState, opts: PlanOptions, p: Float64Array, s: CostAwareSettings, budgetLeft: number, geneFound: boolean): ScoredAction | { panel: number[]; costUsd: number; wide: boolean } | undefined {
  const cm = state.cm;
  const noGenes = s.oneCauseGene && geneFound;
  const ranked = rankActions(state, opts, p).filter((a) => a.expectedGain + a.challenger >= s.minGain && !(noGenes && revealsGene(cm, a.actionIndex)));
  // Read before the values below: `topValues` reuses one scratch per model.
  const seq = s.sequencingTemperature > 0 ? sequencingRises(state, ranked, p, s.sequencingTemperature, s.geneYield) : undefined;
  const seqRise = seq?.rises;
  const pv = valuePosterior(p, s.valueTemperature);
  const leaders = leadersOf(pv, 64);
  const top = pv[leaders[0]!]!;
  const tv = topValues(cm, state.status, pv, leaders);
  // Each candidate's rise, read before a second reading overwrites the shared scratch.
  const rises = new Float64Array(ranked.length).fill(-1);
  for (let i = 0; i < ranked.length; i++) {
    const a = ranked[i]!;
    const multiGene = isMultiGeneAction(cm, a.actionIndex);
    if (i >= VALUE_CANDIDATES && !multiGene) continue;
    rises[i] = multiGene && seqRise ? seqRise.get(a.actionIndex)! : (multiGene && s.sequencingFromLeaders ? geneSetValue(tv, leaderGenesOf(tv, a.actionIndex), s.geneYield) : valueOf(tv, a.actionIndex, s.geneYield)) - top;
  }
  if (s.secondTemperature > 0 && (!s.secondAfterGene || geneFound)) secondReading(state, ranked, rises, p, s.secondTemperature, s.secondAfterGene);
  // After the second reading, which would otherwise raise a scaled rise back to its unscaled reading.
  if (s.phenotypeTestScale !== 1) {
    for (let i = 0; i < ranked.length; i++) {
      const ai = ranked[i]!.actionIndex;
      if (rises[i]! > 0 && cm.actions[ai]!.kind !== 'question' && !revealsGene(cm, ai)) rises[i] = rises[i]! * s.phenotypeTestScale;
    }
  }
  let best: ScoredAction | undefined;
  let bestRatio = 0;
  for (let i = 0; i < ranked.length; i++) {
    const a = ranked[i]!;
    const rise = rises[i]!;
    if (rise < 0 || rise * s.valuePerCorrectUsd < a.costUsd) continue;
    const ratio = rise / (a.costUsd + 1);
    if (ratio > bestRatio) {
      best = a;
      bestRatio = ratio;
    }
  }
  let panel: { panel: number[]; costUsd: number; wide: boolean } | undefined;
  const pp = s.panelTemperature > 0 && s.panelLeaders + s.widePanelLeaders > 0 ? valuePosterior(p, s.panelTemperature) : pv;
  let topP = top;
  if (pp !== pv) {
    topP = 0;
    for (let c = 0; c < pp.length; c++) if (pp[c]! > topP) topP = pp[c]!;
  }
  for (const [leadersN, maxGenes, def] of [[s.panelLeaders, s.panelMaxGenes, PANEL], [s.widePanelLeaders, s.widePanelMaxGenes, WIDE_PANEL]] as const) {
    const price = leadersN > 0 && !noGenes ? priceFor(def.code)?.priceUsd : undefined;
    if (price === undefined || price > budgetLeft) continue;
    // The wide panel reads further down the differential than the 64 leaders the values are read from.
    const tvp = leadersN > tv.leaders.length || pp !== pv ? { ...tv, p: pp, leaders: leadersOf(pp, Math.max(leadersN, tv.leaders.length)), top: topP } : tv;
    // Two genes or more: one gene is a single-gene test, already a candidate at its own price.
    const genes = panelGenes(tvp, s, leadersN, maxGenes);
    const rise = genes.length >= 2 ? geneSetValue(tvp, genes, s.geneYield) - topP : 0;
    if (rise * s.valuePerCorrectUsd >= price && rise / (price + 1) > bestRatio) {
      panel = { panel: genes, costUsd: price, wide: def === WIDE_PANEL };
      bestRatio = rise / (price + 1);
    }
  }
  if (panel) return panel;
  // The exome's coverage is read on the posterior it was valued on (computed once, in `sequencingRises`).
  if (best && s.panelBeforeExome && isMultiGeneAction(cm, best.actionIndex)) return panelFirst(state, tv, seq?.pe ?? pv, s, best.costUsd, budgetLeft) ?? best;
  return best;
}

/**
 * The targeted panel instead of the exome, when it finds the causal gene often enough to pay for
 * itself before the exome (`panelBeforeExome`): coverage x exome price >= panel price, the coverage
 * read on `pe`, the posterior the exome was valued on.
 */
function panelFirst(state: BeliefState, tv: TopValues, pe: Float64Array, s: CostAwareSettings, exomeUsd: number, budgetLeft: number): { panel: number[]; costUsd: number; wide: boolean } | undefined {
  const price = s.panelLeaders > 0 ? priceFor(PANEL.code)?.priceUsd : undefined;
  if (price === undefined || price > budgetLeft) return undefined;
  // The same panel the value rule weighs: read further down than the 64 leaders when `panelLeaders` asks for more.
  const tvp = s.panelLeaders > tv.leaders.length ? { ...tv, leaders: leadersOf(tv.p, s.panelLeaders) } : tv;
  const genes = panelGenes(tvp, s, s.panelLeaders, s.panelMaxGenes);
  if (genes.length < 2) return undefined;
  const q = geneSetCoverage(state.cm, state.status, pe, genes);
  return q * exomeUsd >= price ? { panel: genes, costUsd: price, wide: false } : undefined;
}

/**
 * P(the disease is one a gene test can name) after a gene test of `genes` on `state` (before its
 * answers): 1 when it named a gene; otherwise Bayes with the test's coverage q on the value posterior
 * (a disease beyond the model names nothing with probability 1, one within it with 1 - q).
 */
function reachAfter(reach: number, state: BeliefState, p: Float64Array, s: CostAwareSettings, genes: readonly number[], named: boolean): number {
  if (named) return 1;
  const q = geneSetCoverage(state.cm, state.status, valuePosterior(p, s.valueTemperature), genes);
  const within = reach * (1 - q);
  return within / (within + 1 - reach);
}

/** A panel's genes from the first `leadersN` leaders of `tv`, at most `maxGenes`: by gene mass (`panelByMass`, or value with `panelByValue`) or best leader first. */
function panelGenes(tv: TopValues, s: CostAwareSettings, leadersN: number, maxGenes: number): number[] {
  return s.panelByMass ? leaderGenesByMass(tv, leadersN, maxGenes, s.panelByValue) : leaderGenes(tv, leadersN, maxGenes);
}

/** Raise each single (not multi-gene) candidate's rise to its reading on p^(1/t) where that is larger. */
function secondReading(state: BeliefState, ranked: readonly ScoredAction[], rises: Float64Array, p: Float64Array, t: number, phenotypeOnly: boolean): void {
  const pe = t === 1 ? p : flatten(p, t);
  const tv = topValues(state.cm, state.status, pe, leadersOf(pe, 64));
  for (let i = 0; i < ranked.length; i++) {
    if (rises[i]! < 0 || isMultiGeneAction(state.cm, ranked[i]!.actionIndex)) continue;
    if (phenotypeOnly && revealsGene(state.cm, ranked[i]!.actionIndex)) continue;
    rises[i] = Math.max(rises[i]!, valueOf(tv, ranked[i]!.actionIndex) - tv.top);
  }
}

/**
 * The expected rise of each multi-gene candidate, valued over every condition of p^(1/t), and that
 * posterior (undefined when no candidate sequences genes), which `panelFirst` reads again.
 */
function sequencingRises(state: BeliefState, ranked: readonly ScoredAction[], p: Float64Array, t: number, geneYield: number): { rises: Map<number, number>; pe: Float64Array | undefined } {
  const rises = new Map<number, number>();
  const multi = ranked.filter((a) => isMultiGeneAction(state.cm, a.actionIndex));
  if (multi.length === 0) return { rises, pe: undefined };
  const pe = valuePosterior(p, t);
  const tv = topValues(state.cm, state.status, pe, leadersOf(pe, 64));
  for (const a of multi) rises.set(a.actionIndex, valueOf(tv, a.actionIndex, geneYield) - tv.top);
  return { rises, pe };
}

const findingSets = new WeakMap<object, Set<number>>();

/** The open genes of every leader of `tv` that the action sequences: the part of its report the leaders can use. */
function leaderGenesOf(tv: TopValues, actionIndex: number): number[] {
  const a = tv.cm.actions[actionIndex]!;
  let set = findingSets.get(a);
  if (!set) findingSets.set(a, (set = new Set(a.findings)));
  const inAction = set;
  return leaderGenes(tv, tv.leaders.length, Infinity).filter((fi) => inAction.has(fi));
}

/** True when an action reveals a gene finding (a single-gene test or sequencing). */
function revealsGene(cm: CompiledModel, actionIndex: number): boolean {
  return cm.actions[actionIndex]!.findings.some((fi) => cm.findings[fi]!.def.kind === 'genetic');
}

/** The single-gene test of a gene finding (the action revealing it alone). */
function singleGeneAction(cm: CompiledModel, fi: number): number | undefined {
  return cm.findings[fi]!.actions.find((ai) => cm.actions[ai]!.findings.length === 1);
}

/** Sequence a panel: the answers of its genes' single-gene tests, observed together. */
function runPanel(state: BeliefState, oracle: Oracle, genes: readonly number[]): { state: BeliefState; obs: readonly Observation[] } {
  const cm = state.cm;
  const obs = genes.flatMap((fi) => {
    const ai = singleGeneAction(cm, fi);
    return ai === undefined ? [] : oracle(cm.actions[ai]!, state);
  });
  return { state: markSkipped(observe(state, obs), genes), obs };
}

/** The work-up's id of a panel: the prefix and its genes' finding ids, joined (stable, readable in traces). */
function panelId(cm: CompiledModel, genes: readonly number[], def: { readonly idPrefix: string } = PANEL): string {
  return `${def.idPrefix}${genes.map((fi) => cm.findings[fi]!.def.id).join('+')}`;
}

/** An action id of a work-up as the cost model sees it: a model action, or a panel priced by its code. */
export function costedAction(cm: CompiledModel, id: string): CostedAction {
  if (id.startsWith(PANEL.idPrefix)) return { id, kind: PANEL.kind, code: { system: 'CPT', code: PANEL.code } };
  if (id.startsWith(WIDE_PANEL.idPrefix)) return { id, kind: WIDE_PANEL.kind, code: { system: 'CPT', code: WIDE_PANEL.code } };
  const ai = cm.actionIndex.get(id);
  if (ai === undefined) throw new Error(`unknown action id in a work-up: ${id}`);
  return cm.actions[ai]!;
}

/** The posterior the values are read on at temperature T: p^(1/T) (`flatten`), or p itself at T = 1. */
export function valuePosterior(p: Float64Array, t: number): Float64Array {
  return t === 1 ? p : flatten(p, t);
}

/** p^(1/T), renormalised: the naive-Bayes posterior is overconfident, and its value estimates with it. */
function flatten(p: Float64Array, t: number): Float64Array {
  const out = new Float64Array(p.length);
  let z = 0;
  for (let c = 0; c < p.length; c++) z += out[c] = p[c]! > 0 ? Math.pow(p[c]!, 1 / t) : 0;
  for (let c = 0; c < p.length; c++) out[c]! /= z;
  return out;
}
