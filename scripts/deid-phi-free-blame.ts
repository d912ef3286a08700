/**
 * Which detector fires on PHI-free texts (issue 14, over-redaction): for every PHI-free text that gets a reported span,
 * each first-pass detector of `detect.ts` is run on its own and counted when one of its spans overlaps a reported span
 * (propagation and list tails are counted as `later` when no first-pass detector explains the span; a span of the
 * word detector also names the word rule that pushed it, `words:placeAfterPreposition`). Prints counts by
 * detector and type, and by category (the third dash-separated field of the patient id); `--show` prints the flagged
 * text pieces too (for read sets only).
 *   node --import tsx scripts/deid-phi-free-blame.ts [--lexicons DIR] [--show] a.jsonl ...
 */
import { caseMode } from '../src/privacy/deid/letter-case.js';
import { detectCueNames } from '../src/privacy/deid/cue-names.js';
import { detectNamePairs } from '../src/privacy/deid/name-pairs.js';
import { detectPatterns } from '../src/privacy/deid/patterns.js';
import { detectInternational } from '../src/privacy/deid/international.js';
import { detectLetterForms } from '../src/privacy/deid/letters.js';
import { detectMoreDates } from '../src/privacy/deid/more-dates.js';
import { detectSlots } from '../src/privacy/deid/positions.js';
import { detectFormIdentifiers } from '../src/privacy/deid/identifiers.js';
import { detectUnknownWords } from '../src/privacy/deid/unknown-words.js';
import { detectSafeListNames } from '../src/privacy/deid/safe-list.js';
import { detectLowerCaseCapitals } from '../src/privacy/deid/lower-capitals.js';
import { detectPlaceSlots } from '../src/privacy/deid/place-slots.js';
import { detectPeopleSlots } from '../src/privacy/deid/people-slots.js';
import { detectOrganisations } from '../src/privacy/deid/organisations.js';
import { detectWords, detectWordsByRule } from '../src/privacy/deid/words.js';
import { foldAccents } from '../src/privacy/deid/fold.js';
import { caselessLexicon } from '../src/privacy/deid/lexicon.js';
import { detectPhiForPatient, extendLexicon, getDefaultLexicon, reportedSpansForPatient, type Lexicon, type PhiSpan } from '../src/privacy/deid/index.js';
import type { PhiType } from '../src/privacy/deid/types.js';
import { notesByPatient, readGoldNotes } from './deid-gold-notes.js';

const argv = process.argv.slice(2);
const lexAt = argv.indexOf('--lexicons');
const lexicon: Lexicon = lexAt >= 0 && argv[lexAt + 1] !== 'none' ? extendLexicon(argv[lexAt + 1] ?? '') : getDefaultLexicon();
const show = argv.includes('--show');
const files = argv.filter((a, i) => a.endsWith('.jsonl') && argv[i - 1] !== '--lexicons');

type Det = (t: string, lex: Lexicon, push: (s: number, e: number, ty: PhiType) => void, mode: ReturnType<typeof caseMode>) => void;
const DETECTORS: ReadonlyArray<readonly [string, Det]> = [
  ['patterns', (t, _l, p) => detectPatterns(t, p)], ['more-dates', (t, _l, p, m) => detectMoreDates(t, p, m)],
  ['words', (t, l, p) => detectWords(t, l, p)], ['name-pairs', (t, l, p) => detectNamePairs(t, l, p)],
  ['cue-names', (t, l, p, m) => detectCueNames(t, l, p, m)], ['people-slots', (t, l, p, m) => detectPeopleSlots(t, l, p, m)],
  ['place-slots', (t, l, p, m) => detectPlaceSlots(t, l, p, m)], ['organisations', (t, l, p, m) => detectOrganisations(t, l, p, m)],
  ['international', (t, _l, p) => detectInternational(t, p)], ['letters', (t, l, p) => detectLetterForms(t, l, p)],
  ['slots', (t, l, p, m) => detectSlots(t, l, p, m)], ['form-ids', (t, l, p) => detectFormIdentifiers(t, l, p)],
  ['unknown-words', (t, l, p, m) => detectUnknownWords(t, l, p, m)], ['safe-list', (t, l, p, m) => detectSafeListNames(t, l, p, true, m)],
  ['lower-capitals', (t, l, p, m) => detectLowerCaseCapitals(t, l, p, m)],
];

for (const file of files) {
  const byDet = new Map<string, number>();
  const byCat = new Map<string, [number, number]>();
  for (const [patient, list] of notesByPatient(readGoldNotes(file, []))) {
    const spans = reportedSpansForPatient(detectPhiForPatient(list.map((n) => n.text), { lexicon }));
    list.forEach((n, k) => {
      if (n.gold.length) return;
      const cat = patient.split('-')[2] ?? '';
      const c = byCat.get(cat) ?? [0, 0];
      c[0]++;
      const pred: PhiSpan[] = spans[k] ?? [];
      if (pred.length) c[1]++;
      byCat.set(cat, c);
      const text = foldAccents(n.text);
      const mode = caseMode(text);
      const lex = mode === 'mixed' ? lexicon : caselessLexicon(lexicon);
      for (const s of pred) {
        const who: string[] = [];
        for (const [name, det] of DETECTORS) {
          let hit = false;
          det(text, lex, (a, b) => { if (a < s.end && b > s.start) hit = true; }, mode);
          if (hit) who.push(name);
        }
        // The word detector's own rule, named too (`words:relationName`), since it holds some thirty rules.
        if (who.includes('words')) {
          const rules = new Set<string>();
          detectWordsByRule(text, lex, (a, b, _t, rule) => { if (a < s.end && b > s.start) rules.add(rule); });
          who[who.indexOf('words')] = `words:${[...rules].join(':')}`;
        }
        const key = `${who.join('+') || 'later'} ${s.type}`;
        byDet.set(key, (byDet.get(key) ?? 0) + 1);
        if (show) process.stdout.write(`  ${key}\t${cat}\t${n.text.slice(Math.max(0, s.start - 30), s.start)}[[${n.text.slice(s.start, s.end)}]]${n.text.slice(s.end, s.end + 25)}\n`.replace(/\n(?!$)/g, ' '));
      }
    });
  }
  const flagged = [...byCat.values()].reduce((a, c) => a + c[1], 0);
  const total = [...byCat.values()].reduce((a, c) => a + c[0], 0);
  process.stdout.write(`${file}: PHI-free flagged ${flagged}/${total}; by category ${[...byCat].map(([k, v]) => `${k} ${v[1]}/${v[0]}`).join(', ')}\n`);
  process.stdout.write(`  spans by detector: ${[...byDet].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join('; ')}\n`);
}
