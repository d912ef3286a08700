/** The language model's part of a hybrid result, as lines under the engine's table. */
import type { HybridReport } from '../llm/index.js';

/** A hybrid (language model plus engine) report as text. */
export function formatHybrid(report: HybridReport): string {
  const out: string[] = ['', `Language model: ${report.status}`];
  if (report.added.length) out.push(`  findings it read (added): ${report.added.map((f) => `${f.present ? '' : 'no '}${f.name} ["${f.evidence}"]`).join('; ')}`);
  for (const c of report.conflicts) out.push(`  conflict on ${c.name}: rules read ${c.rules ? 'present' : 'absent'}, language model ${c.llm ? 'present' : 'absent'} ["${c.evidence}"]; the rule-based reading is kept`);
  if (report.dropped.length) out.push(`  dropped: ${report.dropped.map((d) => `${d.findingId} (${d.reason})`).join(', ')}`);
  for (const r of report.rationales) out.push(`  rationale (${r.conditionId}): ${r.text}`);
  if (report.proposals.length) {
    out.push('  Proposed by the language model, not scored:');
    for (const p of report.proposals) out.push(`    - ${p.name}${p.matches ? ` (a condition of the ${p.matches.model} model)` : ''}: ${p.rationale}`);
  }
  out.push(`  tokens: ${report.tokens.input} in, ${report.tokens.output} out, ${report.calls.length} calls`);
  return `${out.join('\n')}\n`;
}
