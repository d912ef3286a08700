/**
 * Prints the note value reader's audit (`src/testkit/quantity-audit.ts`): every form of every analyte of the
 * common panels with what became of it, and counts by panel and status.
 * Usage: node --import tsx scripts/quantity-audit.ts [--all] [--json]
 */
import { auditQuantities, type AuditRow } from '../src/testkit/quantity-audit.js';

const rows = auditQuantities();
const all = process.argv.includes('--all');
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows.map((r) => ({ panel: r.form.panel, analyte: r.form.analyte, text: r.form.text, status: r.status, rule: r.rule, got: r.got }))));
} else {
  const byPanel = new Map<string, AuditRow[]>();
  for (const r of rows) byPanel.set(r.form.panel, [...(byPanel.get(r.form.panel) ?? []), r]);
  for (const [panel, list] of byPanel) {
    const counts = new Map<string, number>();
    for (const r of list) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
    console.log(`## ${panel}: ${list.length} forms; ${[...counts].map(([k, v]) => `${k} ${v}`).join(', ')}`);
    for (const r of list) if (all || r.status !== 'in-model') console.log(`  ${r.status.padEnd(20)} ${r.form.analyte.padEnd(24)} ${JSON.stringify(r.form.text)} -> ${r.got ?? ''} ${r.rule ?? ''}`);
  }
  const total = new Map<string, number>();
  for (const r of rows) total.set(r.status, (total.get(r.status) ?? 0) + 1);
  console.log(`TOTAL ${rows.length}: ${[...total].map(([k, v]) => `${k} ${v}`).join(', ')}`);
}
