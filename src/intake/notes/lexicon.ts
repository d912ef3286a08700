/**
 * The concept lexicon of one knowledge model: every way a note may name one of the model's findings.
 * Built from finding names and synonyms, optionally value names, and our synonym/abbreviation groups
 * (`synonyms.ts`), then compiled into a token trie. Pure: no I/O; build once per model and reuse.
 */
import type { FindingKind, KnowledgeModel, ValueType } from '../../core/model.js';
import { SYNONYM_GROUPS } from './synonyms.js';
import { phraseForms } from './tokenize.js';
import { TokenTrie } from './trie.js';

export type TermSource = 'name' | 'synonym' | 'value' | 'abbreviation';

/** One surface form of a finding (or of one value of a categorical / multi-choice finding). */
export interface LexiconEntry {
  readonly findingId: string;
  readonly valueId?: string;
  /** The term as written in the model or our list. */
  readonly term: string;
  readonly source: TermSource;
}

export interface LexiconFinding {
  readonly id: string;
  readonly valueType: ValueType;
  readonly kind: FindingKind;
  /** Position in the model, for a stable output order. */
  readonly index: number;
}

export interface Lexicon {
  readonly modelId: string;
  readonly modelVersion: string;
  readonly findings: ReadonlyMap<string, LexiconFinding>;
  /** Number of distinct surface forms. */
  readonly terms: number;
  /** @internal the matcher. */
  readonly trie: TokenTrie<LexiconEntry>;
}

export interface LexiconOptions {
  /**
   * Also recognise value names of categorical, ordinal and multi-choice findings (e.g. "recent surgery"
   * as a value of "risk factors"). Off by default: short value names such as "chest" are too ambiguous
   * on their own.
   */
  readonly includeValues?: boolean;
  /** Use our synonym and abbreviation groups (default true). */
  readonly synonymGroups?: boolean;
}

function key(forms: readonly string[]): string {
  return forms.join(' ');
}

/**
 * Build the lexicon for a model. Deterministic: the same model gives the same lexicon.
 *
 * @example
 * const lex = buildLexicon(model);
 * const r = extractFindings('Denies SOB. Febrile to 39.', lex);
 */
export function buildLexicon(model: Pick<KnowledgeModel, 'id' | 'version' | 'findings'>, options: LexiconOptions = {}): Lexicon {
  const trie = new TokenTrie<LexiconEntry>();
  const seen = new Set<string>();
  const add = (term: string, entry: Omit<LexiconEntry, 'term'>): void => {
    const forms = phraseForms(term);
    if (forms.length === 0) return;
    const k = `${key(forms)}|${entry.findingId}|${entry.valueId ?? ''}`;
    if (seen.has(k)) return;
    seen.add(k);
    trie.add(forms, { ...entry, term });
  };
  // Group lookup: normalised form -> groups containing it.
  const groups = new Map<string, (readonly string[])[]>();
  if (options.synonymGroups !== false) {
    for (const g of SYNONYM_GROUPS) {
      for (const form of g) {
        const k = key(phraseForms(form));
        const list = groups.get(k) ?? [];
        list.push(g);
        groups.set(k, list);
      }
    }
  }
  const findings = new Map<string, LexiconFinding>();
  model.findings.forEach((f, index) => {
    findings.set(f.id, { id: f.id, valueType: f.valueType, kind: f.kind, index });
    const own = [f.name, ...(f.synonyms ?? [])];
    own.forEach((t, i) => add(t, { findingId: f.id, source: i === 0 ? 'name' : 'synonym' }));
    for (const t of own) {
      for (const g of groups.get(key(phraseForms(t))) ?? []) for (const form of g) add(form, { findingId: f.id, source: 'abbreviation' });
    }
    if (options.includeValues && f.valueType !== 'binary') {
      for (const v of f.values) {
        if (v.id === f.defaultValue) continue;
        add(v.name, { findingId: f.id, valueId: v.id, source: 'value' });
      }
    }
  });
  return { modelId: model.id, modelVersion: model.version, findings, terms: trie.size, trie };
}
