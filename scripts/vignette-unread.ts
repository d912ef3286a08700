/**
 * Free-text vignette reading gaps (dev tool, not a benchmark), READ HALF ONLY: for each read-half
 * MedQA case whose gold diagnosis the model covers, which findings the gold condition lists appear in
 * the vignette's words but were not read. "Appears" is a loose test on purpose: every content word of
 * the finding's name or of one synonym occurs (by its first five letters) in one sentence. It
 * over-counts (a word in another sense, a negated mention) and is meant to rank gap classes, not to
 * score. Tally by finding kind (symptom, sign, history, lab, imaging; HPO phenotype findings apart).
 * Score-half cases are never read or printed.
 * Usage: node --import tsx scripts/vignette-unread.ts [--cases file] [--model file] [--quiet]
 */
import { vignetteStory } from '../src/bench/vignettes/run.js';
import { readHalfFreeText } from './vignette-read-half.js';

const { model, quiet, cases } = readHalfFreeText();

const STOP = new Set(['with', 'from', 'that', 'this', 'have', 'having', 'other', 'than', 'into', 'over', 'under', 'about', 'after', 'before', 'during', 'abnormal', 'abnormality', 'finding', 'findings', 'feeling', 'problems', 'symptoms', 'high', 'level', 'levels']);
const words = (s: string): string[] => s.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 3 && !STOP.has(w));
const stem = (w: string): string => w.slice(0, 5);

/** The sentences of a text as sets of word stems. */
function sentenceStems(text: string): Set<string>[] {
  return text.split(/(?<=[.;:!?])\s+|\n+/).map((s) => new Set(words(s).map(stem)));
}

/** True when all content words of one of the finding's phrases occur in one sentence. */
function appears(phrases: readonly string[], sents: readonly Set<string>[]): string | undefined {
  for (const p of phrases) {
    const ws = words(p).map(stem);
    if (!ws.length) continue;
    if (sents.some((s) => ws.every((w) => s.has(w)))) return p;
  }
  return undefined;
}

const byKind = new Map<string, { listed: number; inText: number; unread: number }>();
const tally = (k: string): { listed: number; inText: number; unread: number } => {
  let t = byKind.get(k);
  if (!t) byKind.set(k, (t = { listed: 0, inText: 0, unread: 0 }));
  return t;
};
for (const { idx, raw, o, rank } of cases()) {
  if (rank < 0) continue;
  const trueId = model.conditions[o.order[rank]!]!.id;
  const read = new Set(o.known.filter((x) => 'present' in x && x.present).map((x) => x.id));
  const sents = sentenceStems(vignetteStory((raw as { question: string }).question));
  const gaps: string[] = [];
  for (const f of model.findings) {
    if (model.likelihoods[f.id]?.[trueId] === undefined) continue;
    const kind = f.id.startsWith('hp-') ? 'hpo' : f.kind;
    const t = tally(kind);
    t.listed++;
    const hit = appears([f.name, ...(f.synonyms ?? [])], sents);
    if (!hit) continue;
    t.inText++;
    if (read.has(f.id)) continue;
    t.unread++;
    gaps.push(`${f.id} [${kind}] via "${hit}"`);
  }
  if (!quiet && gaps.length) console.log(`#${idx} ${o.diagnosis} (rank ${rank + 1}): ${gaps.join('; ')}`);
}
console.log('\nkind: listed by gold / appears in text / of those unread');
for (const [k, t] of [...byKind].sort()) console.log(`${k}: ${t.listed} / ${t.inText} / ${t.unread} (${t.inText ? Math.round((100 * t.unread) / t.inText) : 0}% unread)`);
