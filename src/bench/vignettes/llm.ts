/**
 * The vignette benchmark through the hybrid: the organization's language model reads each vignette's
 * presentation (history and examination, never the test results the work-up must order), its checked
 * findings join the rule-based ones, and the engine ranks as usual. Reports tokens and cost beside
 * accuracy, so an organization can measure its own model against the built-in pipeline.
 */
import type { Observation } from '../../core/evidence.js';
import type { KnowledgeModel } from '../../core/model.js';
import { CallLedger } from '../../llm/budget.js';
import type { LlmConfig } from '../../llm/config.js';
import type { LlmProvider } from '../../llm/provider.js';
import { readNote } from '../../llm/reader.js';
import { deidentifyText } from '../../privacy/deid/index.js';
import { flatten } from './run.js';

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/** What the clinician has before ordering anything: the history, and the examination without vital signs or tests. */
export function presentationText(raw: unknown): string | undefined {
  if (!isObj(raw)) return undefined;
  if (typeof raw['question'] === 'string') return raw['question'];
  const osce = raw['OSCE_Examination'];
  if (!isObj(osce)) return undefined;
  const exam = isObj(osce['Physical_Examination_Findings']) ? osce['Physical_Examination_Findings'] : {};
  return [...flatten(osce['Patient_Actor']), ...flatten({ ...exam, Vital_Signs: undefined })].join('.\n');
}

export interface LlmBenchUsage {
  readonly cases_read: number;
  readonly cases_fallback: number;
  readonly calls: number;
  readonly input_tokens: number;
  readonly output_tokens: number;
  readonly findings_added: number;
  readonly findings_dropped: number;
  readonly cost_usd?: number;
}

export interface LlmReadings {
  readonly extraKnown: (raw: unknown) => readonly Observation[];
  readonly usage: LlmBenchUsage;
}

/** Read every vignette with the language model, a few at a time; a failed case simply adds nothing. */
export async function readVignettesWithLlm(model: KnowledgeModel, rows: readonly unknown[], provider: LlmProvider, config: LlmConfig, concurrency = 4): Promise<LlmReadings> {
  const found = new Map<unknown, Observation[]>();
  let read = 0, fallback = 0, added = 0, dropped = 0, calls = 0, input = 0, output = 0, cost = 0, priced = false;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < rows.length) {
      const raw = rows[next++];
      const text = presentationText(raw);
      if (text === undefined) continue;
      const deid = deidentifyText(text.slice(0, 100_000), { mode: 'redact' });
      if (!deid.ok) continue;
      const ledger = new CallLedger(provider, config);
      const outcome = await readNote(ledger, model, deid.value.text, config.maxOutputTokens);
      for (const c of ledger.calls) {
        calls++; input += c.inputTokens; output += c.outputTokens;
        if (c.costUsd !== undefined) { cost += c.costUsd; priced = true; }
      }
      dropped += outcome.dropped.length;
      if (!outcome.ok) { fallback++; continue; }
      read++;
      added += outcome.findings.length;
      found.set(raw, outcome.findings.map((f) => ({ id: f.findingId, present: f.present })));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return {
    extraKnown: (raw) => found.get(raw) ?? [],
    usage: { cases_read: read, cases_fallback: fallback, calls, input_tokens: input, output_tokens: output, findings_added: added, findings_dropped: dropped, ...(priced ? { cost_usd: Math.round(cost * 1e4) / 1e4 } : {}) },
  };
}
