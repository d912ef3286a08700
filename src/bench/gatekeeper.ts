/**
 * The gatekeeper: answers an agent's questions and test orders from a case's hidden record only. It
 * is model-agnostic (it reads finding ids and value types from the model's actions) and it never
 * reveals the diagnosis: answers are findings, nothing else. Rules:
 *   - a finding in the record answers as recorded (present, explicitly absent, or its value);
 *   - a finding the record lacks answers the documented default "normal / not observed": absent for
 *     a binary finding, the finding's `defaultValue` for a categorical/ordinal one, none for multi;
 *   - an unknown action id is an error (`UnknownActionError`), never a guess;
 *   - a result the record holds with its value ("Hb 7.1 g/dL" behind low haemoglobin present) is
 *     returned with that value in the exchange: a blood count answers with its numbers, not "normal".
 * Every exchange is appended to the log, which the runner writes into the case trace.
 */
import type { CompiledAction, CompiledModel } from '../core/compile.js';
import type { Observation } from '../core/evidence.js';
import type { Oracle } from '../core/workup.js';
import type { BenchCase } from './case-format.js';

/** An action id the gatekeeper does not know: an error, never a guess. */
export class UnknownActionError extends Error {
  readonly code = 'unknown-action';
  constructor(readonly actionId: string) {
    super(`the gatekeeper does not know action "${actionId}"`);
    this.name = 'UnknownActionError';
  }
}

export interface Exchange {
  readonly step: number;
  readonly actionId: string;
  readonly kind: string;
  /** Answers taken from the record (defaults are only counted, to keep traces small). */
  readonly recorded: readonly Observation[];
  /** How many answers came from the default "normal / not observed" rather than the record. */
  readonly defaulted: number;
  /** The recorded results behind the answers, with their values (when the record has them). */
  readonly results?: readonly RecordResult[];
}

/** A result the record holds for a finding, as written: the value and unit behind present/absent. */
export interface RecordResult {
  readonly findingId: string;
  readonly present: boolean;
  /** The result as written ("Hb 7.1 g/dL"). */
  readonly text: string;
  readonly value?: number;
  readonly unit?: string;
  /** How it was read (`qty.hemoglobin.value`...). */
  readonly rule?: string;
}

export interface Gatekeeper {
  /** Answer one action by id. Throws UnknownActionError for an id the model does not have. */
  ask(actionId: string): readonly Observation[];
  /** The same, shaped as a core `Oracle` for `runWorkup`. */
  readonly oracle: Oracle;
  readonly log: readonly Exchange[];
}

export type HiddenRecord = BenchCase['record'];

/**
 * `results` are the record's results with values (optional): each answer the record gives for a
 * finding that has one carries it in the exchange log.
 */
export function createGatekeeper(cm: CompiledModel, record: HiddenRecord, results: readonly RecordResult[] = []): Gatekeeper {
  const withValue = new Map<string, RecordResult[]>();
  for (const r of results) {
    const list = withValue.get(r.findingId) ?? [];
    list.push(r);
    withValue.set(r.findingId, list);
  }
  const present = new Set(record.present.map((f) => f.id));
  const absent = new Set(record.absent.map((f) => f.id));
  const values = new Map(record.values.map((v) => [v.id, v.value] as const));
  const log: Exchange[] = [];

  const answer = (action: CompiledAction): readonly Observation[] => {
    const out: Observation[] = [];
    const recorded: Observation[] = [];
    let defaulted = 0;
    for (const fi of action.findings) {
      const def = cm.findings[fi]!.def;
      const id = def.id;
      if (def.valueType === 'binary') {
        if (present.has(id)) recorded.push({ id, present: true });
        else if (absent.has(id)) recorded.push({ id, present: false });
        else {
          defaulted++;
          out.push({ id, present: false });
        }
        continue;
      }
      const v = values.get(id);
      if (def.valueType === 'multi') {
        if (v !== undefined) recorded.push({ id, values: typeof v === 'string' ? [v] : [...v] });
        else {
          defaulted++;
          out.push({ id, values: def.defaultValue !== undefined ? [def.defaultValue] : [] });
        }
      } else if (typeof v === 'string') recorded.push({ id, value: v });
      else {
        defaulted++;
        out.push({ id, value: def.defaultValue });
      }
    }
    const shown = recorded.flatMap((o) => withValue.get(o.id) ?? []);
    log.push({ step: log.length + 1, actionId: action.id, kind: action.kind, recorded, defaulted, ...(shown.length > 0 ? { results: shown } : {}) });
    return [...recorded, ...out];
  };

  return {
    ask(actionId: string) {
      const ai = cm.actionIndex.get(actionId);
      if (ai === undefined) throw new UnknownActionError(actionId);
      return answer(cm.actions[ai]!);
    },
    oracle: (action) => {
      if (cm.actions[action.index]?.id !== action.id) throw new UnknownActionError(action.id);
      return answer(action);
    },
    log,
  };
}
