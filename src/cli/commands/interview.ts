/**
 * `ddx interview`: an interactive terminal session for a clinician. It asks for the presenting
 * complaint in free text (read by the notes pipeline), then the next best question at each step of
 * the core's work-up loop (`Workup` in core/workup.ts, the same loop the API and the benchmarks use),
 * accepts yes, no, a value or skip, and shows the live differential after each answer. Works with
 * piped input too (one answer per line), which is how it is tested.
 */
import type { Command } from 'commander';
import { createInterface } from 'node:readline/promises';
import pc from 'picocolors';
import { compileModel, type CompiledAction, type CompiledModel } from '../../core/compile.js';
import { diagnoseBelief } from '../../core/diagnose.js';
import { parseCase, type Observation } from '../../core/evidence.js';
import { InputError } from '../../core/issues.js';
import type { FindingDef, KnowledgeModel } from '../../core/model.js';
import { FindingStatus, initialBelief, observe, type BeliefState } from '../../core/posterior.js';
import { findingsToAsk, topConditions, Workup } from '../../core/workup.js';
import { buildLexicon, extractFindings } from '../../intake/notes/index.js';
import { DEFAULT_MODEL_ID, loadModel } from '../../learn/builtin-models.js';
import { CliUsageError } from '../exit.js';
import { describeObservation, formatDiagnosis, formatProbability } from '../format-diagnosis.js';
import { readJsonFile } from '../io.js';

type Answer = { kind: 'obs'; obs: Observation } | { kind: 'skip' } | { kind: 'quit' } | { kind: 'invalid'; why: string };

/** One typed interview answer for a finding: an observation, skip, quit, or why it was not understood. */
export function parseAnswer(def: FindingDef, text: string): Answer {
  const t = text.trim().toLowerCase();
  if (t === 'q' || t === 'quit' || t === 'stop') return { kind: 'quit' };
  if (t === '' || t === 's' || t === 'skip' || t === '?') return { kind: 'skip' };
  if (def.valueType === 'binary') {
    if (['y', 'yes'].includes(t)) return { kind: 'obs', obs: { id: def.id, present: true } };
    if (['n', 'no'].includes(t)) return { kind: 'obs', obs: { id: def.id, present: false } };
    return { kind: 'invalid', why: 'answer y, n, s (skip) or q (quit)' };
  }
  const pick = (token: string): string | undefined => {
    const n = Number(token);
    if (def.valueType !== 'ordinal' && Number.isInteger(n) && n >= 1 && n <= def.values.length) return def.values[n - 1]!.id;
    const v = def.values.find((x) => x.id.toLowerCase() === token || x.name.toLowerCase() === token);
    return v?.id;
  };
  if (def.valueType === 'multi') {
    if (t === 'none') return { kind: 'obs', obs: { id: def.id, values: def.defaultValue !== undefined ? [def.defaultValue] : [] } };
    const ids = t.split(',').map((s) => pick(s.trim()));
    if (ids.some((x) => x === undefined)) return { kind: 'invalid', why: 'give value numbers separated by commas, or none' };
    return { kind: 'obs', obs: { id: def.id, values: ids as string[] } };
  }
  const id = pick(t);
  return id === undefined ? { kind: 'invalid', why: `give one of the listed values` } : { kind: 'obs', obs: { id: def.id, value: id } };
}

function prompt(def: FindingDef): string {
  const q = def.question ?? `${def.name}?`;
  if (def.valueType === 'binary') return `${q} ${pc.dim('[y/n/s/q]')} `;
  if (def.valueType === 'ordinal') return `${q} ${pc.dim(`[${def.values[0]!.id}..${def.values[def.values.length - 1]!.id}, s, q]`)} `;
  const list = def.values.map((v, i) => `${i + 1}) ${v.name}`).join('  ');
  return `${q}\n  ${pc.dim(list)}\n  ${pc.dim(def.valueType === 'multi' ? '[numbers, comma-separated, none, s, q]' : '[number, s, q]')} `;
}

function live(cm: CompiledModel, p: Float64Array): string {
  return topConditions(cm, p, 5)
    .map((r) => `${cm.model.conditions[cm.conditionIndex.get(r.conditionId)!]!.name} ${formatProbability(r.probability)}`)
    .join(pc.dim(' · '));
}

type Ask = (q: string) => Promise<string | undefined>;

/** The presenting complaint in the clinician's words, read as a note; an empty answer skips it. */
async function presentingComplaint(ask: Ask, model: KnowledgeModel, cm: CompiledModel): Promise<readonly Observation[]> {
  const text = await ask(`Presenting complaint ${pc.dim('(free text, empty to skip)')}: `);
  if (text === undefined || text.trim() === '') return [];
  const extraction = extractFindings(text, buildLexicon(model));
  if (!extraction.ok) {
    process.stdout.write(pc.yellow(`  could not read that (${extraction.issues.map((i) => i.message).join('; ')}); continuing without it\n`));
    return [];
  }
  const found = extraction.value.findings;
  process.stdout.write(`  ${pc.dim('recognised:')} ${found.length ? found.map((o) => describeObservation(cm, o)).join('; ') : 'nothing in this model\'s vocabulary'}\n`);
  return found;
}

/**
 * Ask the findings of an action worth asking (`findingsToAsk`: one for most questions, the most
 * informative few of an examination that reveals many). Returns the answers, or 'quit'. Unanswered
 * findings are left out: the loop marks them skipped.
 */
async function askAction(ask: Ask, cm: CompiledModel, state: BeliefState, p: Float64Array, action: CompiledAction, n: number): Promise<Observation[] | 'quit'> {
  const open = findingsToAsk(state, action, p);
  const label = pc.cyan(`Q${n}`);
  if (open.length > 1) process.stdout.write(`\n${label} ${action.name}\n`);
  const got: Observation[] = [];
  const present = new Set<number>();
  for (const fi of open) {
    // A follow-up inside the action is asked only when its parent is present (the core's rule).
    const parent = cm.findings[fi]!.parentIndex;
    if (parent >= 0 && state.status[parent] !== FindingStatus.Observed && !present.has(parent)) continue;
    const def = cm.findings[fi]!.def;
    let answer: Answer = { kind: 'invalid', why: '' };
    while (answer.kind === 'invalid') {
      const text = await ask(open.length > 1 ? `  ${prompt(def)}` : `\n${label} ${prompt(def)}`);
      answer = text === undefined ? { kind: 'quit' } : parseAnswer(def, text);
      if (answer.kind === 'invalid') process.stdout.write(pc.yellow(`  ${answer.why}\n`));
    }
    if (answer.kind === 'quit') return 'quit';
    if (answer.kind === 'obs') {
      got.push(answer.obs);
      if (!('present' in answer.obs) || answer.obs.present) present.add(fi);
    }
  }
  return got;
}

/** Registers `ddx interview`: interactive session: the presenting complaint, then the next best question, with the live differential. */
export function registerInterview(program: Command): void {
  program
    .command('interview')
    .description('interactive session: the presenting complaint, then the next best question, with the live differential')
    .option('-m, --model <id|file>', 'built-in model id or model file', DEFAULT_MODEL_ID)
    .option('--age <years>', 'patient age in years')
    .option('--sex <sex>', 'female or male')
    .option('--case <file>', 'start from a case file (age, sex, findings)')
    .option('--max-questions <n>', 'stop after this many questions', '20')
    .action(async (flags: { model: string; age?: string; sex?: string; case?: string; maxQuestions: string }) => {
      const model = loadModel(flags.model);
      const cm = compileModel(model);
      const maxSteps = Number(flags.maxQuestions);
      if (!Number.isInteger(maxSteps) || maxSteps < 0) throw new CliUsageError('--max-questions must be a whole number');
      const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY === true });
      const lines = rl[Symbol.asyncIterator]();
      const ask: Ask = async (q) => {
        process.stdout.write(q);
        const next = await lines.next();
        if (!process.stdin.isTTY && !next.done) process.stdout.write(`${next.value}\n`);
        return next.done ? undefined : next.value;
      };
      try {
        const start = flags.case ? readJsonFile(flags.case) : { age: flags.age !== undefined ? Number(flags.age) : await ask('Age in years: '), sex: flags.sex ?? (await ask('Sex (female/male): '))?.trim(), findings: [] };
        const startCase = parseCase({ ...(start as object), age: Number((start as { age: unknown }).age) }, model);
        if (!startCase.ok) throw new InputError(startCase.issues);
        let belief = observe(initialBelief(cm, startCase.value.age, startCase.value.sex), startCase.value.findings);
        if (!flags.case) belief = observe(belief, await presentingComplaint(ask, model, cm));
        const opts = { mode: 'questions-only' as const, rules: { maxSteps } };
        const workup = new Workup(belief, opts);
        let quit = false;
        for (let step = workup.next(); step; step = workup.next()) {
          const answers = await askAction(ask, cm, workup.belief, workup.posterior, step.action, workup.result().stepCount + 1);
          if (answers === 'quit') {
            quit = true;
            break;
          }
          workup.answer(answers);
          process.stdout.write(`  ${pc.dim('differential:')} ${live(cm, workup.posterior)}\n`);
        }
        if (!quit) process.stdout.write(pc.dim(`\nStopping: ${workup.stopReason ?? 'no-worthwhile-action'}\n\n`));
        process.stdout.write(formatDiagnosis(cm, diagnoseBelief(workup.belief, { ...opts, steps: workup.result().stepCount })));
      } finally {
        rl.close();
      }
    });
}
