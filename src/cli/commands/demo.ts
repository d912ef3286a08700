/**
 * `ddx demo`: runs a bundled synthetic patient end to end on the built-in model. The engine starts
 * from the presenting complaint, asks the next best question at each step (answered from the
 * patient's hidden record), and finishes with the explained differential.
 */
import type { Command } from 'commander';
import pc from 'picocolors';
import { fileURLToPath } from 'node:url';
import { compileModel, type CompiledModel } from '../../core/compile.js';
import { diagnoseBelief } from '../../core/diagnose.js';
import { parseCase, parseObservation, type Observation } from '../../core/evidence.js';
import { InputError, type Issue } from '../../core/issues.js';
import { initialBelief, observe } from '../../core/posterior.js';
import { runWorkup, type Oracle } from '../../core/workup.js';
import { loadModel } from '../../learn/builtin-models.js';
import { describeObservation, formatDiagnosis, formatProbability } from '../format-diagnosis.js';
import { readJsonFile } from '../io.js';

export const DEMO_CASE = fileURLToPath(new URL('../../../examples/demo-patient.json', import.meta.url));

interface DemoCase {
  age: number;
  sex: 'female' | 'male';
  presenting: Observation[];
  record: Observation[];
  truth?: string;
}

function readDemoCase(path: string, cm: CompiledModel): DemoCase {
  const raw = readJsonFile(path) as Record<string, unknown>;
  const start = parseCase({ age: raw['age'], sex: raw['sex'], findings: raw['presenting'] }, cm.model);
  if (!start.ok) throw new InputError(start.issues);
  const issues: Issue[] = [];
  const byId = new Map(cm.model.findings.map((f) => [f.id, f] as const));
  const record = (Array.isArray(raw['record']) ? raw['record'] : []).map((o, i) => parseObservation(o, `$.record[${i}]`, byId, issues)).filter((o): o is Observation => o !== undefined);
  if (issues.length) throw new InputError(issues);
  return { age: start.value.age, sex: start.value.sex, presenting: [...start.value.findings], record, ...(typeof raw['truth'] === 'string' ? { truth: raw['truth'] } : {}) };
}

/** Answers from the hidden record; a finding not in it is absent (binary) or at its default. */
export function recordOracle(cm: CompiledModel, record: readonly Observation[]): Oracle {
  const byId = new Map(record.map((o) => [o.id, o] as const));
  return (action) =>
    action.findings.map((fi) => {
      const def = cm.findings[fi]!.def;
      const known = byId.get(def.id);
      if (known) return known;
      if (def.valueType === 'binary') return { id: def.id, present: false };
      if (def.valueType === 'multi') return { id: def.id, values: def.defaultValue !== undefined ? [def.defaultValue] : [] };
      return { id: def.id, value: def.defaultValue };
    });
}

/** Registers `ddx demo`: run a bundled synthetic patient end to end on the built-in model. */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('run a bundled synthetic patient end to end on the built-in model')
    .option('-m, --model <id|file>', 'built-in model id or model file (the demo patient is written for ddxplus)', 'ddxplus')
    .option('--case <file>', 'a demo case file (age, sex, presenting, record)', DEMO_CASE)
    .option('--json', 'print the work-up trace and result as JSON')
    .action((flags: { model: string; case: string; json?: boolean }) => {
      const cm = compileModel(loadModel(flags.model));
      const demo = readDemoCase(flags.case, cm);
      const start = observe(initialBelief(cm, demo.age, demo.sex), demo.presenting);
      const work = runWorkup(start, recordOracle(cm, demo.record), { mode: 'questions-only', rules: { confidence: 0.95, maxSteps: 15 } });
      const result = diagnoseBelief(work.belief, { mode: 'questions-only', steps: work.stepCount, rules: { confidence: 0.95, maxSteps: 15 } });
      if (flags.json) {
        process.stdout.write(`${JSON.stringify({ steps: work.steps, stopReason: work.stopReason, result }, null, 2)}\n`);
        return;
      }
      const out: string[] = [];
      out.push(pc.bold(`Synthetic patient: ${demo.age}-year-old ${demo.sex}`));
      if (cm.model.id === 'ddxplus') out.push(pc.dim('Model: DDXPlus (49 conditions), learned from synthetic patients generated from a medical knowledge base, not from real patient records. Probabilities are that model\'s, for this demonstration.'));
      out.push(`Presenting: ${demo.presenting.map((o) => describeObservation(cm, o)).join('; ')}`);
      out.push('');
      for (const s of work.steps) {
        const top = s.after.slice(0, 3).map((r) => `${cm.model.conditions[cm.conditionIndex.get(r.conditionId)!]!.name} ${formatProbability(r.probability)}`).join(', ');
        out.push(`${pc.cyan(`Q${s.step}`)} ${s.action.name}`);
        out.push(`    ${pc.dim('answer:')} ${s.revealed.map((o) => describeObservation(cm, o)).join('; ')}   ${pc.dim(`gain ${s.expectedGain.toFixed(2)} nats`)}`);
        out.push(`    ${pc.dim('now:')} ${top}`);
      }
      out.push(pc.dim(`Stopped after ${work.stepCount} questions: ${work.stopReason}`));
      out.push('');
      process.stdout.write(out.join('\n'));
      process.stdout.write(formatDiagnosis(cm, result));
      if (demo.truth) process.stdout.write(pc.dim(`\nThe synthetic record's diagnosis: ${demo.truth}\n`));
    });
}
