/**
 * Notes whose numbers decide the diagnosis: each note goes through the notes pipeline (with the
 * patient's age and sex), then the instant differential on a model. Reports, per half of the note
 * set (`read` notes may be looked at while developing, `score` notes are only scored), how many
 * have a gold condition in the top 3, and per note the rank, top 3, triage level and next action.
 */
import { compileModel } from '../../core/compile.js';
import { diagnoseBelief } from '../../core/diagnose.js';
import { beliefFromCase } from '../../core/posterior.js';
import { withRecordAnswers } from '../../core/record-answers.js';
import type { KnowledgeModel } from '../../core/model.js';
import type { Sex } from '../../core/model.js';
import { buildLexicon, extractFindings } from '../../intake/notes/index.js';

export interface NumbersNote {
  readonly id: string;
  readonly half: 'read' | 'score';
  readonly age: number;
  readonly sex: Sex;
  readonly gold: readonly string[];
  readonly note: string;
}

export interface NumbersNoteResult {
  readonly id: string;
  readonly half: 'read' | 'score';
  /** 1-based rank of the best gold condition in the differential, or 0 when absent. */
  readonly rank: number;
  readonly top3: readonly string[];
  readonly triage: string;
  readonly nextAction?: string;
  readonly findings: number;
}

export interface NumbersReport {
  readonly model: string;
  readonly halves: Readonly<Record<string, { readonly notes: number; readonly top3: number; readonly top1: number }>>;
  readonly notes: readonly NumbersNoteResult[];
}

/** Run every note through the notes pipeline and the instant differential of `model`. */
export function runNotesNumbers(model: KnowledgeModel, notes: readonly NumbersNote[]): NumbersReport {
  const cm = compileModel(model);
  const lexicon = buildLexicon(model);
  const results: NumbersNoteResult[] = [];
  for (const n of notes) {
    const x = extractFindings(n.note, lexicon, { age: n.age, sex: n.sex });
    const findings = x.ok ? x.value.findings : [];
    const d = diagnoseBelief(withRecordAnswers(beliefFromCase(cm, { age: n.age, sex: n.sex, findings })), { mode: 'no-budget', maxDifferential: 50 });
    const ids = d.differential.map((e) => e.conditionId);
    const ranks = n.gold.map((g) => ids.indexOf(g) + 1).filter((r) => r > 0);
    results.push({
      id: n.id,
      half: n.half,
      rank: ranks.length > 0 ? Math.min(...ranks) : 0,
      top3: ids.slice(0, 3),
      triage: d.triage.level,
      ...(d.nextActions[0] ? { nextAction: d.nextActions[0].actionId } : {}),
      findings: findings.length,
    });
  }
  const halves: Record<string, { notes: number; top3: number; top1: number }> = {};
  for (const r of results) {
    const h = (halves[r.half] ??= { notes: 0, top3: 0, top1: 0 });
    h.notes++;
    if (r.rank > 0 && r.rank <= 3) h.top3++;
    if (r.rank === 1) h.top1++;
  }
  return { model: model.id, halves, notes: results };
}
