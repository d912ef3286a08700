/**
 * Human-readable rendering of a diagnosis for the terminal: the differential as a table with
 * probabilities and the strongest findings for and against each entry, any can't-miss condition,
 * and the next best actions. An entry listed for its plausibility rather than its probability says so,
 * with the findings that make it plausible. Worded as decision support for a clinician.
 */
import pc from 'picocolors';
import type { CompiledModel } from '../core/compile.js';
import type { DiagnosisResult, DifferentialEntry } from '../core/diagnose.js';
import type { Contribution } from '../core/explain.js';
import type { Observation } from '../core/evidence.js';
import { actionWording, formatContribution, formatProbability } from '../core/display.js';

/** An observation in words: the finding's name, `no <name>`, or `<name>: <value names>`. */
export function describeObservation(cm: CompiledModel, obs: Observation): string {
  const fi = cm.findingIndex.get(obs.id);
  const def = fi === undefined ? undefined : cm.findings[fi]!.def;
  const name = def?.name ?? obs.id;
  if ('present' in obs) return obs.present ? name : `no ${name}`;
  const valueName = (v: string): string => (def && def.valueType !== 'binary' ? (def.values.find((x) => x.id === v)?.name ?? v) : v);
  if ('value' in obs) return `${name}: ${valueName(obs.value)}`;
  return `${name}: ${obs.values.length === 0 ? 'none' : obs.values.map(valueName).join(', ')}`;
}

function reasons(cm: CompiledModel, list: readonly Contribution[], n: number): string {
  return list
    .slice(0, n)
    .map((c) => `${describeObservation(cm, c.observation)} (${formatContribution(c.llr)}${c.inferred ? ', inferred from related conditions' : ''})`)
    .join('; ');
}

export { formatProbability } from '../core/display.js';

function pct(p: number): string {
  return formatProbability(p).padStart(6);
}

function row(cm: CompiledModel, e: DifferentialEntry, i: number): string[] {
  const flag = e.cantMiss ? pc.red(' [can\'t miss]') : '';
  const lines = [`${String(i + 1).padStart(2)}. ${pct(e.probability)}  ${pc.bold(e.name)}${e.icd10.length ? pc.dim(` (${e.icd10.join(', ')})`) : ''}${flag}`];
  if (e.for.length) lines.push(`           ${pc.green('for:')} ${reasons(cm, e.for, 4)}`);
  if (e.against.length) lines.push(`       ${pc.yellow('against:')} ${reasons(cm, e.against, 3)}`);
  const pr = e.plausibilityReasons;
  if (pr && e.plausibility !== undefined && e.listedBecause?.includes('plausibility') && !e.listedBecause.includes('probability')) {
    const shown = pr.for.filter((c) => c.llr >= 0.005);
    const why = shown.length ? reasons(cm, shown, 3) : 'its base rate for this age and sex';
    lines.push(`       ${pc.magenta('on list:')} plausibility ${pct(e.plausibility).trim()} (≥ ${pct(pr.threshold).trim()}) because: ${why}`);
  }
  // The exemplar re-rank's line: where the model had this entry, and which patient term matched what, with its IC.
  if (e.rerank) lines.push(`        ${pc.blue('ranked:')} ${e.rerank.modelRank === e.rerank.fusedRank ? 'as the model' : `model #${e.rerank.modelRank}`}; ${e.rerank.line}`);
  if (e.nextSteps && i < 3) lines.push(`      ${pc.cyan('consider:')} ${e.nextSteps.firstStep}${e.nextSteps.confirm.length ? pc.dim(` (confirm: ${e.nextSteps.confirm.map((id) => cm.actions[cm.actionIndex.get(id) ?? -1]?.name ?? id).join(', ')})`) : ''}`);
  return lines;
}

/** A diagnosis result as the CLI's text: model, triage level, the differential with reasons, can't-miss conditions and next steps. */
export function formatDiagnosis(cm: CompiledModel, r: DiagnosisResult): string {
  const out: string[] = [];
  out.push(pc.dim(`model ${r.model.id} ${r.model.version} (${r.model.contentHash.slice(0, 19)}…) — decision support for clinicians, not a diagnosis`));
  out.push('');
  const t = r.triage;
  const level = t.level === 'emergency' ? pc.red(pc.bold(t.level)) : t.level === 'urgent' ? pc.yellow(pc.bold(t.level)) : pc.bold(t.level);
  out.push(`Triage level: ${level}${t.redFlags.length ? pc.dim(`  red flags: ${t.redFlags.map((f) => f.description).join('; ')}`) : ''}`);
  out.push('');
  out.push(pc.bold('Differential diagnosis') + (r.differential.some((e) => e.plausibility !== undefined) ? pc.dim(' (probability; conditions still plausible to keep on the list are shown below the probable ones)') : ''));
  r.differential.forEach((e, i) => out.push(...row(cm, e, i)));
  if (r.cantMiss.length) {
    out.push('');
    out.push(pc.red(pc.bold('Can\'t-miss conditions still above threshold')));
    for (const e of r.cantMiss) out.push(`    ${pct(e.probability)}  ${e.name}`);
  }
  out.push('');
  if (r.nextActions.length) {
    out.push(pc.bold('Next best actions') + pc.dim(' (expected information gain in nats, cost in USD)'));
    r.nextActions.forEach((a, i) => out.push(`${String(i + 1).padStart(2)}. ${actionWording(cm, a.actionIndex)}  ${pc.dim(`gain ${a.expectedGain.toFixed(3)}, cost $${a.costUsd.toFixed(2)}`)}`));
  }
  out.push(r.shouldStop ? pc.dim(`Stop: ${r.stopReason ?? ''}`) : pc.dim('More information would still change the picture.'));
  return `${out.join('\n')}\n`;
}
