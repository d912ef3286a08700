/**
 * A laboratory value of an analyte the shared test table (`fhir/loinc-tests.ts`) does not read, judged by the flag
 * or the reference range the note writes beside it: "LH 28 IU/L (high)", "renin 4.8 nmol/L/h (H)", "IgA 4.8 g/L
 * (ref 0.7-4.0)". The analyte is one an HPO laboratory term of the model names in the form "Increased / Elevated /
 * High / Decreased / Reduced / Low [circulating | serum | plasma] <analyte> level | concentration" (the Human Phenotype
 * Ontology's "Abnormal blood ... concentration" branch names its terms so; Köhler S et al., Nucleic Acids Res
 * 2021;49:D1207-17); the value becomes that term, present in the direction the flag or range gives and absent where it
 * gives the other direction or normal. The model links the term to conditions only through its own HPO annotations:
 * nothing here adds a link.
 *
 * The note, not the reader, judges the value: no default range is kept for these analytes. A flag is a word in
 * brackets ("(high)", "(raised)", "(low)", "(suppressed)", "(normal)"), the interpretation codes H / L / HH / LL / N
 * (FHIR v3-ObservationInterpretation codes), or an arrow; a range is the reference interval a
 * laboratory prints beside the result (ISO 15189:2022, 7.4.1.6): "(ref 1.6-6.9)", "(range 10-20)", "(N <40)", "(normal
 * over 15)", "(3.5-5.0)", taken in the unit of the value it stands beside. A value of an analyte the table reads is
 * left to the table (its reading covers the name); a value with no flag or range is not judged.
 * Cost: one Set lookup per token for the analytes' first words; the window after a name is read only there.
 */
import type { FindingDef } from '../../core/model.js';
import type { Flag } from '../fhir/observation.js';
import type { Reading, ReadingOutcome } from './quantities.js';
import { phraseForms, tokenAfter, type Tokens } from './tokenize.js';
import { TokenTrie } from './trie.js';

/** One analyte an HPO level term names, with the model's findings for its two directions. */
export interface LevelAnalyte {
  /** The analyte's key (its normalised words), in the readings' test id and concept keys. */
  readonly key: string;
  readonly high: string[];
  readonly low: string[];
}

export interface LevelIndex {
  readonly trie: TokenTrie<LevelAnalyte>;
  /** Concept key (`level-high.<key>`, `level-low.<key>`) -> the model's findings for it. */
  readonly concepts: ReadonlyMap<string, readonly string[]>;
}

const HIGH_WORDS = /^(?:increased|elevated|high|raised)$/i;
const LOW_WORDS = /^(?:decreased|reduced|low)$/i;
/** "<direction> [circulating|serum|plasma|blood] <analyte> level|concentration": the HPO label form. */
const LEVEL_NAME = /^(increased|elevated|high|raised|decreased|reduced|low)\s+(?:(?:circulating|serum|plasma|blood)\s+)?(.+?)\s+(?:level|concentration)s?$/i;
/** A synonym may leave out "level" ("Elevated luteinizing hormone"). */
const LEVEL_SYNONYM = /^(increased|elevated|high|raised|decreased|reduced|low)\s+(?:(?:circulating|serum|plasma|blood)\s+)?(.+?)(?:\s+(?:level|concentration)s?)?$/i;
/** Words that make a synonym's remainder something other than an analyte's name ("levels of IgA", "IgG level in blood"). */
const NOT_ANALYTE = /\b(?:levels?|concentrations?|of|in|production|expression|titer|titre|activity|plasma|serum|urine)\b/i;

/** "<antibody or antigen> positivity" (the HPO label form of a test that is positive above its reference). */
const POSITIVITY = /^(.+?)\s+(?:positivity|positive)$/i;
/** The antibody word a positivity term's name may end in: the name without it is written before a class or a value ("Anti-GBM IgG"). */
const ANTIBODY_WORD = /[\s-]+antibod(?:y|ies)$/i;
/** Words after a positivity name and before its value: the antibody, its class, "titre". */
const AFTER_NAME: ReadonlySet<string> = new Set(['antibody', 'ab', 'igg', 'igm', 'iga', 'titre', 'titer', 'level']);

function isHpo(f: FindingDef): boolean {
  return (f.codes ?? []).some((c) => /hp\.owl|human-phenotype|^hpo$/i.test(c.system));
}

function addAnalyte(byKey: Map<string, LevelAnalyte>, name: string, dir: 'high' | 'low', id: string): void {
  const forms = phraseForms(name);
  if (forms.length === 0) return;
  const key = forms.join(' ');
  let a = byKey.get(key);
  if (!a) byKey.set(key, (a = { key, high: [], low: [] }));
  const list = a[dir];
  if (!list.includes(id)) list.push(id);
}

/**
 * A positivity term ("Anti-glomerular basement membrane-antibody positivity", synonym "Anti-GBM-antibody positivity"):
 * its antibody is an analyte whose value above the written reference is the term present. The name is kept with and
 * without its last word "antibody" where it starts with "anti", since a report writes "Anti-GBM IgG 198 U/mL (ref <7)" or
 * "Anti-GBM antibody 198".
 */
function addPositivity(f: FindingDef, byKey: Map<string, LevelAnalyte>): void {
  for (const s of [f.name, ...(f.synonyms ?? [])]) {
    const m = POSITIVITY.exec(s);
    if (!m) continue;
    const name = m[1] as string;
    if (!/antibod|antigen|\banti|factor\b|anca\b/i.test(name)) continue;
    addAnalyte(byKey, name, 'high', f.id);
    const bare = name.replace(ANTIBODY_WORD, '');
    // Only an "anti-" name stands alone for its antibody: "neutrophil", "smooth muscle" name cells and tissues.
    if (bare !== name && /^anti/i.test(bare)) addAnalyte(byKey, bare, 'high', f.id);
  }
}

/** The analytes of the model's binary HPO level terms (undefined when the model has none). */
export function levelIndex(findings: readonly FindingDef[]): LevelIndex | undefined {
  const byKey = new Map<string, LevelAnalyte>();
  for (const f of findings) {
    if (f.valueType !== 'binary' || !isHpo(f)) continue;
    const head = LEVEL_NAME.exec(f.name);
    if (!head) {
      addPositivity(f, byKey);
      continue;
    }
    const dir = HIGH_WORDS.test(head[1] as string) ? 'high' : LOW_WORDS.test(head[1] as string) ? 'low' : undefined;
    if (!dir) continue;
    const names = [head[2] as string];
    for (const s of f.synonyms ?? []) {
      const m = LEVEL_SYNONYM.exec(s);
      if (!m || (HIGH_WORDS.test(m[1] as string) ? 'high' : 'low') !== dir) continue;
      names.push(m[2] as string);
    }
    for (const n of names) if (!NOT_ANALYTE.test(n)) addAnalyte(byKey, n, dir, f.id);
  }
  if (byKey.size === 0) return undefined;
  const trie = new TokenTrie<LevelAnalyte>();
  const concepts = new Map<string, readonly string[]>();
  for (const a of byKey.values()) {
    trie.add(a.key.split(' '), a);
    if (a.high.length > 0) concepts.set(`level-high.${a.key}`, a.high);
    if (a.low.length > 0) concepts.set(`level-low.${a.key}`, a.low);
  }
  return { trie, concepts };
}

/** How far after an analyte's name its value and flag are looked for, in characters. */
const WINDOW = 70;
/**
 * After the name: an optional "level"/"concentration", a colon or "=", the value (with a comparator), an optional
 * unit of one or two chunks, then the flag: a bracket, an arrow or an interpretation code.
 */
const VALUE_FLAG = /^\s*(?:(?:level|concentration)\s*)?[:=]?\s*([<>≤≥]?)\s*(\d+(?:\.\d+)?)(?![\d.,:/])((?:\s*[^\s\d(),;:][^\s(),;:]*(?:\s[^\s(),;:]+)?)?)(?:\s*\(([^()]{1,40})\)|\s*([↑↓])|\s+(HH|LL|H|L)(?![\w/]|\.\w))/;
const FLAG_HIGH = /^(?:high|raised|elevated|increased|above (?:the )?(?:normal |reference )?range|h|hh|↑)$/i;
const FLAG_LOW = /^(?:low|reduced|decreased|suppressed|below (?:the )?(?:normal |reference )?range|l|ll|↓)$/i;
const FLAG_NORMAL = /^(?:normal|n|within (?:the )?(?:normal |reference )?range|wnl)$/i;
/** A range's label: reference, range, normal, N, NR, RR, RI. */
const RANGE_LABEL = /^(?:ref(?:erence)?\.?(?:\s+(?:range|interval))?|range|normal(?:\s+range)?|n|nr|rr|ri)\s*[:=]?\s*/i;
const NUM = '(\\d+(?:\\.\\d+)?)';
const BETWEEN = new RegExp(`^${NUM}\\s*(?:-|–|to)\\s*${NUM}$`);
const BELOW = new RegExp(`^(?:<|≤|<=|under|below|up to|less than)\\s*${NUM}$`, 'i');
const ABOVE = new RegExp(`^(?:>|≥|>=|over|above|more than|greater than)\\s*${NUM}$`, 'i');

/** The direction a written flag or range gives `value`: H, L, N, or undefined when it says nothing readable. */
export function judgeFlag(value: number, written: string): 'H' | 'L' | 'N' | undefined {
  const w = written.trim();
  if (FLAG_HIGH.test(w)) return 'H';
  if (FLAG_LOW.test(w)) return 'L';
  if (FLAG_NORMAL.test(w)) return 'N';
  const label = RANGE_LABEL.exec(w);
  const range = label ? w.slice(label[0].length).trim() : w;
  const b = BETWEEN.exec(range);
  if (b) {
    const lo = Number(b[1]);
    const hi = Number(b[2]);
    if (!(lo < hi)) return undefined;
    return value > hi ? 'H' : value < lo ? 'L' : 'N';
  }
  // One-sided bounds only with a label or a sign: a bare "(<7)" still reads as a range.
  const below = BELOW.exec(range);
  if (below) return value >= Number(below[1]) ? 'H' : 'N';
  const above = ABOVE.exec(range);
  if (above) return value <= Number(above[1]) ? 'L' : 'N';
  return undefined;
}

function outcomes(a: LevelAnalyte, flag: 'H' | 'L' | 'N'): ReadingOutcome[] {
  const out: ReadingOutcome[] = [];
  if (a.high.length > 0) out.push({ concept: `level-high.${a.key}`, present: flag === 'H' });
  if (a.low.length > 0) out.push({ concept: `level-low.${a.key}`, present: flag === 'L' });
  return out;
}

/** Words that may stand before an analyte's name in its own item: the specimen, or "total". */
const BEFORE_NAME: ReadonlySet<string> = new Set(['serum', 'plasma', 'blood', 'circulating', 'total', 'random', 'fasting', 'morning', 'basal', 'baseline']);
const ITEM_BREAK: ReadonlySet<string> = new Set([',', ';', ':', '(', '.', '/']);

/**
 * Does the name at token `i` start its item (a sentence, a list item, a bracket), at most after a specimen word? A
 * name qualified by other words is another measure: "anticardiolipin IgG 78 GPL", "AChR antibodies", "Anti-GBM IgG"
 * are specific antibodies, not the total IgG or antibody level the HPO terms mean.
 */
function itemStart(tokens: Tokens, i: number, sFirst: number): boolean {
  let j = i - 1;
  if (j >= sFirst && BEFORE_NAME.has(tokens.norm[j] as string)) j--;
  return j < sFirst || ITEM_BREAK.has(tokens.norm[j] as string) || /^(?:and|or|with)$/.test(tokens.norm[j] as string);
}

/** A cheap test on the note before any token is looked at: some flag or bracket is written. */
const ANY_FLAG = /[(↑↓]|\b[HL]\b/;

/**
 * The flagged values of the index's analytes, merged into `readings` (sorted by first token, as they are); a name
 * a table reading already covers is left to it.
 */
export function addFlaggedLevels(tokens: Tokens, index: LevelIndex | undefined, readings: readonly Reading[]): readonly Reading[] {
  if (!index || !ANY_FLAG.test(tokens.text)) return readings;
  let covered: Uint8Array | undefined;
  const found: Reading[] = [];
  for (let s = 0; s < tokens.sentences; s++) {
    const sEnd = tokens.sentStart[s + 1] as number;
    for (let i = tokens.sentStart[s] as number; i < sEnd; i++) {
      if (!index.trie.startsWith(tokens.norm[i] as string)) continue;
      const m = index.trie.longestAt(tokens.norm, i, sEnd);
      if (!m) continue;
      if (!covered) {
        covered = new Uint8Array(tokens.count);
        for (const r of readings) covered.fill(1, r.first, r.end);
      }
      if (covered[i] !== 0 || !itemStart(tokens, i, tokens.sentStart[s] as number)) continue;
      let last = m.end;
      // A positivity name's antibody word or class may follow it ("Anti-GBM IgG", "AChR antibodies").
      if (last < sEnd && AFTER_NAME.has(tokens.norm[last] as string)) last++;
      const nameEnd = tokens.end[last - 1] as number;
      const v = VALUE_FLAG.exec(tokens.text.slice(nameEnd, nameEnd + WINDOW));
      if (!v) continue;
      const value = Number(v[2]);
      const written = v[4] ?? v[5] ?? v[6] ?? '';
      const flag = judgeFlag(value, written);
      if (!flag) continue;
      const a = m.values[0] as LevelAnalyte;
      const spanEnd = nameEnd + v[0].length;
      const end = tokenAfter(tokens, last, tokens.count, spanEnd);
      const unit = (v[3] ?? '').trim();
      const test = `level.${a.key.replace(/ /g, '-')}`;
      const w = written.trim();
      const rule = `${test}.${FLAG_HIGH.test(w) || FLAG_LOW.test(w) || FLAG_NORMAL.test(w) ? 'flag' : 'range'}`;
      const r: Reading = {
        test,
        span: { start: tokens.start[i] as number, end: spanEnd },
        text: tokens.text.slice(tokens.start[i] as number, spanEnd),
        rule,
        value,
        ...(v[1] ? { comparator: (v[1] === '≤' ? '<=' : v[1] === '≥' ? '>=' : v[1]) as '<' | '>' | '<=' | '>=' } : {}),
        ...(unit ? { unit } : {}),
        flag: flag as Flag,
        outcomes: outcomes(a, flag),
        first: i,
        end,
      };
      found.push(r);
      i = end - 1;
    }
  }
  if (found.length === 0) return readings;
  const out: Reading[] = [];
  let k = 0;
  for (const r of readings) {
    while (k < found.length && (found[k] as Reading).first < r.first) out.push(found[k++] as Reading);
    out.push(r);
  }
  while (k < found.length) out.push(found[k++] as Reading);
  return out;
}
