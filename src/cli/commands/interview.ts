/**
 * `ddx interview`: an interactive terminal session for a clinician. It asks the next best question,
 * accepts yes, no, a value or skip, and shows the live differential after each answer. Works with
 * piped input too (one answer per line), which is how it is tested.
 */
import type { Command } from 'commander';
import { createInterface } from 'node:readline/promises';
import pc from 'picocolors';
import { compileModel, type CompiledModel } from '../../core/compile.js';
import { diagnoseBelief } from '../../core/diagnose.js';
import { parseCase, type Observation } from '../../core/evidence.js';
import { InputError } from '../../core/issues.js';
import type { FindingDef } from '../../core/model.js';
import { rankActions } from '../../core/next-action.js';
import { FindingStatus, initialBelief, markSkipped, observe, posterior, type BeliefState } from '../../core/posterior.js';
import { stopReason } from '../../core/stopping.js';
import { topConditions } from '../../core/workup.js';
import { loadModel } from '../../learn/builtin-models.js';
import { CliUsageError } from '../exit.js';
import { formatDiagnosis } from '../format-diagnosis.js';
import { readJsonFile } from '../io.js';

type Answer = { kind: 'obs'; obs: Observation } | { kind: 'skip' } | { kind: 'quit' } | { kind: 'invalid'; why: string };

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

function live(cm: CompiledModel, state: BeliefState): string {
  return topConditions(cm, posterior(state), 5)
    .map((r) => `${cm.model.conditions[cm.conditionIndex.get(r.conditionId)!]!.name} ${(100 * r.probability).toFixed(0)}%`)
    .join(pc.dim(' · '));
}

export function registerInterview(program: Command): void {
  program
    .command('interview')
    .description('interactive session: answer the next best question, see the live differential')
    .option('-m, --model <id|file>', 'built-in model id or model file', 'ddxplus')
    .option('--age <years>', 'patient age in years')
    .option('--sex <sex>', 'female or male')
    .option('--case <file>', 'start from a case file (age, sex, findings)')
    .option('--max-questions <n>', 'stop after this many questions', '20')
    .action(async (flags: { model: string; age?: string; sex?: string; case?: string; maxQuestions: string }) => {
      const model = loadModel(flags.model);
      const cm = compileModel(model);
      const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY === true });
      const lines = rl[Symbol.asyncIterator]();
      const ask = async (q: string): Promise<string | undefined> => {
        process.stdout.write(q);
        const next = await lines.next();
        if (!process.stdin.isTTY && !next.done) process.stdout.write(`${next.value}\n`);
        return next.done ? undefined : next.value;
      };
      try {
        const start = flags.case ? readJsonFile(flags.case) : { age: flags.age !== undefined ? Number(flags.age) : await ask('Age in years: '), sex: flags.sex ?? (await ask('Sex (female/male): '))?.trim(), findings: [] };
        const startCase = parseCase({ ...(start as object), age: Number((start as { age: unknown }).age) }, model);
        if (!startCase.ok) throw new InputError(startCase.issues);
        let state = observe(initialBelief(cm, startCase.value.age, startCase.value.sex), startCase.value.findings);
        const maxSteps = Number(flags.maxQuestions);
        if (!Number.isInteger(maxSteps) || maxSteps < 0) throw new CliUsageError('--max-questions must be a whole number');
        let asked = 0;
        const opts = { mode: 'questions-only' as const, rules: { maxSteps } };
        for (;;) {
          const p = posterior(state);
          // Ask a follow-up (e.g. where the pain is) only once its parent question has been answered yes.
          const best = rankActions(state, opts, p).find((a) => cm.actions[a.actionIndex]!.findings.every((fi) => {
            const parent = cm.findings[fi]!.parentIndex;
            return parent < 0 || state.status[parent] === FindingStatus.Observed;
          }));
          const reason = stopReason({ mode: 'questions-only', topProbability: Math.max(...p), steps: asked, best, budgetExhausted: false }, opts.rules);
          if (reason || !best) {
            process.stdout.write(pc.dim(`\nStopping: ${reason ?? 'no-worthwhile-action'}\n\n`));
            break;
          }
          const action = cm.actions[best.actionIndex]!;
          const def = cm.findings[action.findings[0]!]!.def;
          let answer: Answer = { kind: 'invalid', why: '' };
          while (answer.kind === 'invalid') {
            const text = await ask(`\n${pc.cyan(`Q${asked + 1}`)} ${prompt(def)}`);
            answer = text === undefined ? { kind: 'quit' } : parseAnswer(def, text);
            if (answer.kind === 'invalid') process.stdout.write(pc.yellow(`  ${answer.why}\n`));
          }
          if (answer.kind === 'quit') break;
          state = answer.kind === 'obs' ? observe(state, [answer.obs]) : markSkipped(state, action.findings);
          asked++;
          process.stdout.write(`  ${pc.dim('differential:')} ${live(cm, state)}\n`);
        }
        process.stdout.write(formatDiagnosis(cm, diagnoseBelief(state, { ...opts, steps: asked })));
      } finally {
        rl.close();
      }
    });
}
