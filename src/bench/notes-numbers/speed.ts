/**
 * The two speed figures issue 13 sets for the broad model, measured where `npm run bench` reports
 * them: notes throughput (the whole notes pipeline, values and units included, over many ~2 KB
 * notes) and the time of one engine step (posterior, rank every action, observe an answer) at p50
 * and p99. The machine is shared, so every figure is given in wall time and in this process's CPU
 * time (`process.cpuUsage`), with the 1-minute load average beside them. Never asserts timing.
 */
import { loadavg } from 'node:os';
import { compileModel } from '../../core/compile.js';
import type { KnowledgeModel } from '../../core/model.js';
import { rankActions } from '../../core/next-action.js';
import { beliefFromCase, observe, posterior } from '../../core/posterior.js';
import { createRng } from '../../core/random.js';
import { buildLexicon, extractFindings } from '../../intake/notes/index.js';

// Notes written for this benchmark: an ordinary note (history, negations, examination, assessment) and a
// note dense with values (about 35 vital signs, laboratory values and written results in 1.2 KB).
/** The ordinary note (also in the corpus of `scripts/notes-extraction-dump.ts`). */
export const PLAIN = `CHIEF COMPLAINT: chest pain and shortness of breath.
HPI: 58 year old man with a history of hypertension and diabetes presents with 2 days of substernal chest pain,
worse on exertion, with nausea and diaphoresis. Denies fever, chills, cough or hemoptysis. No recent travel or surgery.
He reports DOE and orthopnea but no PND. Possible pneumonia vs CHF. Return if symptoms worsen.
PAST MEDICAL HISTORY: MI in 2019, s/p PCI. COPD. Prior DVT.
FAMILY HISTORY: Mother with diabetes; father had a stroke at 70. Brother has asthma.
SOCIAL HISTORY: Former smoker, quit 10 years ago. Drinks alcohol socially. Lives with his wife.
PHYSICAL EXAM: Afebrile. Mild respiratory distress. No JVD, no murmurs, rubs or gallops. Lungs with bibasilar crackles.
Abdomen soft, nontender. No leg swelling. No rash.
ASSESSMENT/PLAN: Chest pain, rule out ACS. Likely CHF exacerbation; pneumonia unlikely. No evidence of PE.
`;
/** The value-dense note (also in the corpus of `scripts/notes-extraction-dump.ts`). */
export const VALUES = `CHIEF COMPLAINT: fever, cough and breathlessness.
HPI: 67 year old man with 3 days of productive cough, fever and pleuritic chest pain. Denies hemoptysis,
leg swelling or recent travel. No chest pain on exertion. Wife had flu last week. Symptoms since Monday.
PAST MEDICAL HISTORY: type 2 diabetes, hypertension, COPD. Father had a stroke at 70.
MEDICATIONS: metformin 1 g twice daily, lisinopril 10 mg daily, salbutamol as needed.
VITALS: T 39.1 C, HR 118, BP 96/58, RR 28, SpO2 89% on room air. Weight 82 kg, BMI 27.
EXAM: crackles and bronchial breathing at the right base. No murmurs. Calves soft, non-tender.
LABS: Hb 13.1 g/dL, WBC 18.2, platelets 245, Na 131 mmol/L, K 4.4, creatinine 1.6 mg/dL, BUN 32,
glucose 212 mg/dL, CRP 186 mg/L, procalcitonin 3.1 ng/mL, lactate 2.8 mmol/L, troponin I <0.01 ng/mL,
D-dimer 0.4 ug/mL FEU, BNP 90 pg/mL. SARS-CoV-2 PCR negative. Influenza A/B PCR negative.
ABG: pH 7.33, PaCO2 38 mmHg, PaO2 56 mmHg, HCO3 20. Urinalysis: nitrite negative, leukocyte esterase negative.
CXR: right lower lobe consolidation with a small effusion. ECG: sinus tachycardia, no ST elevation.
ASSESSMENT: community-acquired pneumonia, CURB-65 of 3; sepsis likely. Rule out PE if not improving.
`;

export interface NotesSpeed {
  readonly notes: number;
  readonly noteChars: number;
  readonly mbPerSecWall: number;
  readonly mbPerSecCpu: number;
  readonly findingsPerNote: number;
}

export interface SpeedReport {
  readonly model: string;
  /** An ordinary note and a note dense with values. */
  readonly notes: { readonly plain: NotesSpeed; readonly values: NotesSpeed };
  readonly step: {
    readonly steps: number;
    readonly p50MsWall: number;
    readonly p99MsWall: number;
    readonly p50MsCpu: number;
    readonly p99MsCpu: number;
    readonly maxMsWall: number;
  };
  readonly loadAvg1m: number;
}

/** CPU time of this process in ms (user + system). */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return Math.round((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number) * 1000) / 1000;
}

/** Notes throughput of the whole notes pipeline on `model`, over `mb` megabytes of copies of `NOTE`. */
function measureNotes(lexicon: ReturnType<typeof buildLexicon>, NOTE: string, mb: number): NotesSpeed {
  const opts = { age: 67, sex: 'male' as const };
  for (let i = 0; i < 100; i++) extractFindings(NOTE, lexicon, opts); // warm-up (JIT, tries)
  const n = Math.max(1, Math.ceil((mb * 1e6) / NOTE.length));
  let findings = 0;
  const w0 = performance.now();
  const c0 = cpuMs();
  for (let i = 0; i < n; i++) {
    const r = extractFindings(NOTE, lexicon, opts);
    if (r.ok) findings += r.value.findings.length;
  }
  const cpu = (cpuMs() - c0) / 1000;
  const wall = (performance.now() - w0) / 1000;
  const mbTotal = (n * NOTE.length) / 1e6;
  return {
    notes: n,
    noteChars: NOTE.length,
    mbPerSecWall: Math.round((mbTotal / wall) * 100) / 100,
    mbPerSecCpu: Math.round((mbTotal / Math.max(cpu, 1e-9)) * 100) / 100,
    findingsPerNote: Math.round(findings / n),
  };
}

/** One engine step over seeded random cases of three symptoms, five steps each. */
function measureSteps(model: KnowledgeModel, cases: number): SpeedReport['step'] {
  const cm = compileModel(model);
  const rng = createRng(7);
  const symptoms = model.findings.filter((f) => f.kind === 'symptom').map((f) => f.id);
  const wall: number[] = [];
  const cpu: number[] = [];
  const warm = Math.min(100, Math.floor(cases / 10));
  for (let i = 0; i < cases; i++) {
    const picked = new Set(Array.from({ length: 3 }, () => symptoms[Math.floor(rng.next() * symptoms.length)] as string));
    let state = beliefFromCase(cm, { age: 20 + Math.floor(rng.next() * 60), sex: rng.next() < 0.5 ? 'female' : 'male', findings: [...picked].map((id) => ({ id, present: true })) });
    for (let s = 0; s < 5; s++) {
      const w0 = performance.now();
      const c0 = cpuMs();
      const p = posterior(state);
      const best = rankActions(state, { mode: 'no-budget' }, p)[0];
      if (best) {
        const obs = (cm.actions[best.actionIndex]?.findings ?? [])
          .map((fi) => cm.findings[fi]?.def)
          .filter((d) => d !== undefined && d.valueType === 'binary')
          .map((d) => ({ id: d.id, present: rng.next() < 0.3 }));
        state = observe(state, obs);
      }
      if (i >= warm) {
        cpu.push(cpuMs() - c0);
        wall.push(performance.now() - w0);
      }
    }
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { steps: wall.length, p50MsWall: quantile(wall, 0.5), p99MsWall: quantile(wall, 0.99), p50MsCpu: quantile(cpu, 0.5), p99MsCpu: quantile(cpu, 0.99), maxMsWall: quantile(wall, 1) };
}

/** Measure notes throughput and the engine step on `model` (the broad model in `npm run bench`). */
export function runSpeed(model: KnowledgeModel, options: { mb?: number; cases?: number } = {}): SpeedReport {
  const lexicon = buildLexicon(model);
  const mb = options.mb ?? 10;
  const notes = { plain: measureNotes(lexicon, PLAIN, mb / 2), values: measureNotes(lexicon, VALUES, mb / 2) };
  const step = measureSteps(model, options.cases ?? 1100);
  return { model: model.id, notes, step, loadAvg1m: Number((loadavg()[0] ?? 0).toFixed(2)) };
}
