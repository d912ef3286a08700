/**
 * The PHI detector: runs the pattern and word detectors over a note and returns sorted,
 * non-overlapping spans. Pure and synchronous; roughly linear in the note length.
 */
import { caselessLexicon, getDefaultLexicon, type Lexicon } from './lexicon.js';
import { dropEponyms } from './eponyms.js';
import { trimNameTails } from './context-vetoes.js';
import { trimRoleHeads } from './role-heads.js';
import { trimNextField } from './next-field.js';
import { dropLowerListItems } from './lower-list-items.js';
import { dropIdentifierLabels } from './id-labels.js';
import { identifierPrefixes } from './id-prefixes.js';
import { dropBareEponyms } from './bare-eponyms.js';
import { dropDocumentYears } from './document-years.js';
import { dropReferenceCells } from './reference-tables.js';
import { dropYearRuns } from './year-runs.js';
import { dropLetterYears } from './letter-years.js';
import { dropThingListItems } from './coordination.js';
import { dropHeadingGlosses } from './heading-glosses.js';
import { dropHeadingRegions } from './heading-regions.js';
import { extendSpans } from './extend.js';
import { foldAccents } from './fold.js';
import { caseMode, type CaseMode } from './letter-case.js';
import { detectCaselessNames } from './caseless-names.js';
import { detectHangulNames } from './hangul-names.js';
import { detectCueNames } from './cue-names.js';
import { detectNamePairs } from './name-pairs.js';
import { detectIndicNames } from './indic-names.js';
import { detectIndicPlaces } from './indic-places.js';
import { detectAdminPlaces } from './admin-places.js';
import { detectKoreanGivenNames } from './korean-names.js';
import { detectAgeSlotNames } from './age-slots.js';
import { detectCapitalSurnames } from './caps-surnames.js';
import { decodeWeights, detectTagged, type TaggerWeights } from './tagger.js';
import { inTaggerLane } from './tagger-lane.js';
import { TAGGER_MARGIN, TAGGER_MODEL, TAGGER_STYLE_MIN } from './tagger-model.js';
import { detectPatternsAndDates } from './date-readers.js';
import { asciiDigits, detectScriptDigitDates } from './script-digit-dates.js';
import { detectScriptDigitIds } from './script-digit-ids.js';
import { detectInternational } from './international.js';
import { detectPhoneWords } from './phone-words.js';
import { detectLetterForms, trimLetterSpans } from './letters.js';
import { detectDvlaPlates, detectPlates } from './plates.js';
import { detectAircraftMarks } from './aircraft-marks.js';
import { detectBoatNames, detectVesselNames } from './vessel-names.js';
import { detectNationalIds } from './national-ids.js';
import { detectIbans } from './iban.js';
import { detectSequenceIds } from './sequence-ids.js';
import { detectForeignIdLabels } from './foreign-id-labels.js';
import { detectScriptLabelIds } from './script-label-ids.js';
import { completeOrganisations, detectJoinedNames, detectSlots } from './positions.js';
import { detectAgeNouns, detectFormIdentifiers, keepClinicalNumbers } from './identifiers.js';
import { detectAgesAbroad } from './ages-abroad.js';
import { detectAgeColumns } from './age-tables.js';
import { detectAppositiveAges } from './appositive-ages.js';
import { detectNamePhones } from './name-phones.js';
import { detectWeekdayDates } from './weekday-dates.js';
import { detectNameListTails, detectUnknownWords, tokens } from './unknown-words.js';
import { detectSafeListNames } from './safe-list.js';
import { nameShapeScore } from './name-shape.js';
import { detectLowerCaseCapitals } from './lower-capitals.js';
import { detectLowerCaseNames } from './lower-names.js';
import { detectPlaceSlots } from './place-slots.js';
import { detectSubdivisions } from './subdivisions.js';
import { detectStreetLines } from './street-lines.js';
import { detectCyrillicAddresses } from './cyrillic-addresses.js';
import { detectBuildingLines, detectListTowns, detectPlacePostcodes, detectTownPostcodes } from './address.js';
import { detectResidenceParts } from './residence-parts.js';
import { detectLocativePlaces } from './locative-places.js';
import { withClausePlaces } from './clause-places.js';
import { withScriptPlaces } from './script-places.js';
import { detectDeliveryLines } from './delivery-lines.js';
import { detectAliases, detectPeopleSlots } from './people-slots.js';
import { detectKinNames } from './kin-names.js';
import { detectChatTurns } from './chat-turns.js';
import { detectScriptNames } from './script-names.js';
import { detectListEntryNames } from './list-entries.js';
import { completeNameFields, detectHeadActor, detectHeadAddressee, detectHeadSubject, detectRosterNames, detectTailSigner } from './name-heads.js';
import { detectOrganisations } from './organisations.js';
import { detectFacilityHeads } from './facility-heads.js';
import { detectHeadLastInstitutions, detectUncasedInstitutions } from './institutions-abroad.js';
import { detectHeadingPlaces } from './heading-places.js';
import { detectHeadingNames } from './heading-names.js';
import { detectHeadFirstPlaces, detectPlaceIdentifiers, detectRoadsAndTowns, wholePlaceSpans } from './place-spans.js';
import type { PhiSpan, PhiType, PushSpan as Push } from './types.js';
import { stateCodeAlternation } from './us-states.js';
import { detectWords, propagate, propagationSeeds } from './words.js';
import { withNoteWords } from './note-words.js';

/** Longest note accepted, in UTF-16 code units (about 16 MB of ASCII). Longer notes are refused, not cut. */
export const MAX_NOTE_CHARS = 16 * 1024 * 1024;

export interface KnownPhi {
  readonly text: string;
  readonly type: PhiType;
}

export interface DetectOptions {
  readonly lexicon?: Lexicon;
  /** Values known to be this patient's identifiers (e.g. from the FHIR Patient): found anywhere, any case, as whole words. */
  readonly known?: readonly KnownPhi[];
  /**
   * The learned word tagger, off by default (the rules alone): `'built-in'` for the shipped weights
   * (`tagger-model.ts`, built by scripts/deid-tagger-build.ts from the letters10-18 sets, for letter-style text; see
   * docs/privacy.md for what it gains and costs), or weights of your own. `tagMargin` how far NAME/LOCATION must beat
   * O (default the built-in model's margin with its weights, 0 with weights passed here).
   */
  readonly tagger?: TaggerWeights | 'built-in' | false;
  readonly tagMargin?: number;
  /**
   * The tagger's lane: above 0, it runs only on a mixed-case note whose unlisted-word share (`unlistedShare`,
   * tagger-lane.ts) is at least this (default the built-in model's threshold with its weights; 0, every note, with
   * weights passed here).
   */
  readonly tagStyleMin?: number;
  /** Names no list holds in a person context (unknown-words.ts); on unless `false`. */
  readonly unknownWords?: boolean;
  /** Capitalised words no safe vocabulary holds, without a cue (safe-list.ts); on unless `false`. */
  readonly safeList?: boolean;
  /**
   * Keep the lone four-digit years of a letter-style note (letter-years.ts), which are dropped by default: Safe Harbor
   * and the letters' convention keep them, the nursing-note standard marks them everywhere. `--redact-years` sets it.
   */
  readonly everyYear?: boolean;
}

function detectKnown(text: string, known: readonly KnownPhi[], push: Push): void {
  const lower = text.toLowerCase();
  for (const k of known) {
    const needle = foldAccents(k.text.trim()).toLowerCase();
    if (needle.length < 2) continue;
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
      const before = lower[at - 1] ?? ' ';
      const after = lower[at + needle.length] ?? ' ';
      if (/[a-z0-9]/.test(before) || /[a-z0-9]/.test(after)) continue;
      push(at, at + needle.length, k.type);
    }
  }
}

// When spans of different types overlap, the union takes the type of the most specific one.
const PRIORITY: Readonly<Record<PhiType, number>> = {
  EMAIL: 20, URL: 19, IP: 18, SSN: 17, MRN: 16, ACCOUNT: 15, HEALTH_PLAN: 14, LICENSE: 13, VEHICLE: 12, DEVICE: 11,
  FAX: 10, PHONE: 9, ID: 8, DATE: 7, AGE: 6, ZIP: 5, LOCATION: 4, NAME: 3, YEAR: 2,
};

/** The world name lists read mixed-case text only (lexicon.ts `caselessLexicon`). */
const byCase = (lex: Lexicon, mode: CaseMode): Lexicon => (mode === 'mixed' ? lex : caselessLexicon(lex));

/**
 * Loads the lexicon (the built-in one by default) and builds its name-shape tables, for mixed-case and for lower-case
 * notes, now rather than at the first note that needs them (about 1 s and 5 MB at start): a server calls it before it
 * listens, so no request pays it.
 */
export function prepareDetector(lexicon: Lexicon = getDefaultLexicon()): void {
  nameShapeScore(lexicon, 'name');
  nameShapeScore(caselessLexicon(lexicon), 'name');
}

/** PHI spans in one note, as offsets into it. Accented letters read as their base letters (José as Jose); offsets are unchanged. */
export function detectPhi(text: string, options: DetectOptions = {}): PhiSpan[] {
  const folded = foldAccents(text);
  const mode = caseMode(folded);
  const memo = new Map<string, boolean>();
  const lex = byCase(options.lexicon ?? getDefaultLexicon(), mode);
  const spans = finish(detectRaw(folded, lex, options, mode, memo, text), folded, lex, mode, memo);
  return recordSteps([{ spans, text: folded, lx: lex, mode }], options.everyYear === true)[0] ?? [];
}

/** One note's finished spans with what the record steps need to judge them (`recordSteps`). */
interface FinishedNote { readonly spans: readonly PhiSpan[]; readonly text: string; readonly lx: Lexicon; readonly mode: CaseMode }

/**
 * The steps that judge a whole record's finished spans, one list per note, the same for one note (`detectPhi`) and for
 * all notes of a patient (`detectPhiForPatient`). A name that is one item of a list of things is a thing
 * (coordination.ts), a region that heads a line is no one (heading-regions.ts), nor is a heading glossed in brackets
 * or its gloss (heading-glosses.ts), a year that dates a law, guideline or
 * study dates no one (document-years.ts), nor does a year in a run of years, a chronology (year-runs.ts), nor a lone
 * year in a letter-style note (letter-years.ts; `everyYear` keeps it), nor a name that fills a cell of a reference
 * table's row (reference-tables.ts); then an eponym alone is no one in a record that carries no other PHI
 * (bare-eponyms.ts); last, a place written as a clause of its own, only in a note whose final spans still name a person
 * (clause-places.ts), and a Cyrillic or Greek place written as a part of its own on such a person's line
 * (script-places.ts).
 */
function recordSteps(notes: readonly FinishedNote[], everyYear: boolean): PhiSpan[][] {
  const builtIn = getDefaultLexicon();
  const kept = dropBareEponyms(notes.map((n) => {
    const years = dropYearRuns(dropDocumentYears(dropHeadingGlosses(dropHeadingRegions(dropThingListItems(n.spans, n.text, n.lx), n.text, n.lx, n.mode === 'mixed'), n.text, n.lx, n.mode === 'mixed'), n.text), n.text);
    const spans = everyYear ? years : dropLetterYears(years, n.text, n.mode, builtIn);
    return { spans: dropReferenceCells(spans, n.text, n.lx), text: n.text, lex: n.lx };
  }));
  return kept.map((spans, i) => {
    const n = notes[i];
    return n ? [...withScriptPlaces(withClausePlaces(spans, n.text, n.lx, n.mode), n.text, n.lx)] : spans;
  });
}

/**
 * Every rule's spans on a text already folded by `foldAccents`, before `finish` (which must run once only: it grows
 * a name span over its title, and a second `dropEponyms` would then judge "Mrs Sabine Hochreiter, sentinel node
 * negative" as an eponym). Its case mode, and the lexicon for that case, are worked out once per note by the caller
 * and handed to each detector: no cache outlives the call (one would keep the note's text alive). `original` is the text
 * before folding (same offsets), for the rules that ask whether a word was written with diacritics.
 */
function detectRaw(text: string, lex: Lexicon, options: DetectOptions, mode: CaseMode, memo: Map<string, boolean>, original = text): PhiSpan[] {
  const raw: PhiSpan[] = [];
  const push = pushInto(raw);
  // One walk over the note's words tells the keyword rules which of them can match at all (note-words.ts).
  withNoteWords(text, () => detectRules(text, lex, options, mode, memo, raw, push));
  if (options.tagger !== undefined && options.tagger !== false) runTagger(text, options.tagger, options, mode, push, raw);
  completeRaw(text, original, lex, options, mode, memo, raw, push);
  return raw;
}

/**
 * The spans every rule before the learned tagger finds in one note (the tagger's rule-span features read them):
 * training computes the same features on its surrogate texts with this.
 */
export function detectRuleSpans(original: string, options: DetectOptions = {}): PhiSpan[] {
  const text = foldAccents(original);
  const mode = caseMode(text);
  const raw: PhiSpan[] = [];
  detectRules(text, byCase(options.lexicon ?? getDefaultLexicon(), mode), options, mode, new Map<string, boolean>(), raw, pushInto(raw));
  return raw;
}

/** The one way a rule adds a span to a note's raw list: empty spans are dropped. */
function pushInto(raw: PhiSpan[]): Push {
  return (start, end, type) => {
    if (end > start) raw.push({ start, end, type });
  };
}

/**
 * The learned tagger, in its lane: its lexicon features always from the built-in lists it was trained with (lists
 * loaded at run time still drive the rules, but would change what its features mean), and only on a note of the
 * style it was trained on (`tagStyleMin`).
 */
function runTagger(text: string, tagger: TaggerWeights | 'built-in', options: DetectOptions, mode: CaseMode, push: Push, raw: readonly PhiSpan[]): void {
  const own = tagger !== 'built-in';
  const builtIn = getDefaultLexicon();
  if (!inTaggerLane(text, mode, builtIn, options.tagStyleMin ?? (own ? 0 : TAGGER_STYLE_MIN))) return;
  const weights = own ? tagger : builtInTagger();
  detectTagged(text, builtIn, weights, push, options.tagMargin ?? (own ? 0 : TAGGER_MARGIN), [...raw]);
}

let builtInWeights: TaggerWeights | undefined;
/** The shipped weights, decoded once (3 × 2^18 floats) at the first note in the tagger's lane. */
function builtInTagger(): TaggerWeights {
  builtInWeights ??= decodeWeights(TAGGER_MODEL);
  return builtInWeights;
}

/** The pattern, list, cue and slot rules, in order (`detectRaw`'s first step). */
function detectRules(text: string, lex: Lexicon, options: DetectOptions, mode: CaseMode, memo: Map<string, boolean>, raw: PhiSpan[], push: Push): void {
  // The pattern rules and every date reader, then the date readers again on a copy with other scripts' digits as ASCII.
  detectPatternsAndDates(text, lex, push, mode);
  // The copy is made once (most texts have no such digit); phones and identifiers in the same digits are read on it
  // too: after a phone word, or as the value of a label in another script.
  const ascii = asciiDigits(text);
  if (ascii !== undefined) {
    detectScriptDigitDates(text, ascii, lex, push, mode);
    detectScriptDigitIds(text, ascii, push, mode);
  }
  detectPlates(text, push, mode);
  detectDvlaPlates(text, push, mode);
  detectAircraftMarks(text, push, mode);
  detectVesselNames(text, push, mode);
  detectBoatNames(text, push, mode);
  detectNationalIds(text, push, mode);
  detectIbans(text, push);
  detectSequenceIds(text, lex, push);
  detectForeignIdLabels(text, push, mode);
  // An identifier-shaped value right after a label written in a script other than Latin.
  detectScriptLabelIds(text, push);
  detectWords(text, lex, push);
  detectNamePairs(text, lex, push);
  if (mode === 'mixed') detectKoreanGivenNames(text, lex, push);
  // Names in Cyrillic and Greek letters, by their surname and patronymic endings (any case mode: these scripts carry their own capitals).
  detectScriptNames(text, push);
  // Chinese- and Arabic-script names (no capitals in either) after a name label or person noun, or before an age.
  detectCaselessNames(text, push);
  // Korean names in Hangul: a listed family name after a label or person noun, or before an age in years.
  detectHangulNames(text, push);
  // South Asian (Brahmic-script) names, caseless too, after a name label, a person noun or an honorific.
  detectIndicNames(text, push);
  // South Asian towns and villages in the same scripts, by the settlement element that closes their name.
  detectIndicPlaces(text, push);
  // Places named by the word of their division or settlement type, in the letters' scripts and languages.
  detectAdminPlaces(text, push);
  detectCueNames(text, lex, push, mode);
  detectPeopleSlots(text, lex, push, mode);
  // A relative named after another language's kin noun ("syn Velunka;", "supruga Oderino, tel.").
  detectKinNames(text, lex, push, mode);
  // The handles of a chat's turns ("jojo: bed 12 ...", "saskia: ok.").
  detectChatTurns(text, lex, push);
  if (mode === 'mixed') detectAgeSlotNames(text, lex, push);
  detectPlaceSlots(text, lex, push, mode);
  detectBuildingLines(text, lex, push);
  detectDeliveryLines(text, push);
  detectSubdivisions(text, lex, push);
  detectStreetLines(text, lex, push);
  // Addresses and facilities in Cyrillic and Greek letters, by their type abbreviations, numbers and quoted names.
  detectCyrillicAddresses(text, push);
  detectOrganisations(text, lex, push, mode);
  detectFacilityHeads(text, lex, push, mode);
  detectHeadFirstPlaces(text, lex, push, mode);
  detectUncasedInstitutions(text, push);
  detectRoadsAndTowns(text, lex, push, mode);
  // Letters, e-mails and forms (issue 14, out of domain): other countries' formats, practices, greetings, hand-overs.
  detectInternational(text, push);
  // Phone numbers after the word for a phone in the letters' other languages and scripts.
  detectPhoneWords(text, push);
  detectPlaceIdentifiers(text, push);
  detectLetterForms(text, lex, push);
  detectSlots(text, lex, push, mode);
  detectFormIdentifiers(text, lex, push, mode);
  detectAgesAbroad(text, lex, push);
  detectAgeColumns(text, push);
  // After every age rule: "nonagenarian" is the span only where no age over 89 was found.
  detectAgeNouns(text, raw, push);
  // The rules that read every word share one tokenisation of the note.
  const allWords = options.unknownWords !== false || (options.safeList !== false && mode !== 'upper') ? tokens(text) : [];
  if (options.unknownWords !== false) detectUnknownWords(text, lex, push, mode, allWords);
  // A lone unknown word counts as a name only beside another identifier; an eponym, a drug or a service the other rules
  // flagged and `dropEponyms` will drop is none ("Asperger's", "Started Creon"), so it does not count.
  if (options.safeList !== false) {
    const before = raw.length;
    const words = mode === 'upper' ? [] : allWords;
    detectSafeListNames(text, lex, push, () => dropEponyms(raw.slice(0, before).filter((s) => s.type !== 'YEAR'), text, lex, memo).length > 0, mode, words);
    // Its counterpart for notes written in lower case (it reads mixed-case text only).
    detectLowerCaseCapitals(text, lex, push, mode);
    // And for names no list holds typed in lower case, by a person's context alone.
    if (mode !== 'upper') detectLowerCaseNames(text, lex, push, mode, raw, words);
    // The addressee that opens a message between colleagues ("Ayodele - can you chase ...").
    detectHeadAddressee(text, lex, push, mode);
    // And the actor a note of a call or message opens with ("X rang", "X from the ward rang").
    detectHeadActor(text, lex, push, mode);
    detectTailSigner(text, lex, push, mode);
  }
}

/**
 * Eponyms out, propagation, and the rules that read the spans found so far (`detectRaw`'s last step); `original` is
 * the text before folding, for the name rule that asks whether a word carries diacritics.
 */
function completeRaw(text: string, original: string, lex: Lexicon, options: DetectOptions, mode: CaseMode, memo: Map<string, boolean>, raw: PhiSpan[], push: Push): void {
  // Eponyms leave before propagation, so "Chaddock" in "Chaddock sign" does not seed "Chaddock" elsewhere.
  const kept = dropEponyms(keepClinicalNumbers(raw, text), text, lex, memo);
  raw.length = 0;
  raw.push(...kept);
  propagate(text, kept, lex, push);
  // After propagation: the lower-case words of a name read by its last facility word ("şəhər", "aprūpes") are that
  // language's common nouns, not names to look for again across the note.
  detectHeadLastInstitutions(text, lex, push, mode);
  // After propagation, so a name found in another sentence or note still takes the list after it.
  if (options.unknownWords !== false) detectNameListTails(text, lex, [...raw], push, mode);
  detectJoinedNames(text, lex, [...raw], push, mode);
  detectTownPostcodes(text, [...raw], push);
  detectListTowns(text, [...raw], lex, push);
  detectPlacePostcodes(text, [...raw], push);
  detectAliases(text, lex, [...raw], push, mode);
  // Surname-first name fields and the parts of one name the readers left apart.
  if (options.safeList !== false) {
    detectRosterNames(text, lex, [...raw], push, mode);
    // The person right after a list entry's number, whatever the entry then says (a listed given name or surname).
    detectListEntryNames(text, lex, [...raw], push, mode);
    // The person a record opens with when no rule read a word of it ("Given Family - walk-in", "FAMILY Given" alone).
    detectHeadSubject(text, lex, [...raw], push, mode);
    completeNameFields(text, lex, [...raw], push, mode, original);
    // A surname in capitals before the given name ("KRZYWICKI, Aleksander"), after the fields and parts above.
    detectCapitalSurnames(text, lex, [...raw], push, mode);
  }
  // The person a heading line's first value names, before an age or an identity number (after the rules that find
  // those numbers; before the residence parts and appositive ages, which read the name).
  detectHeadingNames(text, original, lex, [...raw], push);
  // After the heading's person is read: the place the heading names last, right before that person's colon.
  detectHeadingPlaces(text, [...raw], lex, push);
  // After every name rule: the residence parts of an identification line, read after the whole name.
  detectResidenceParts(text, [...raw], lex, push);
  // After every name rule: a place after a locative preposition on a line that names a found person.
  detectLocativePlaces(text, [...raw], lex, push, mode);
  // After every name rule: an age in apposition to a name found anywhere above ("Mrs Okoro, 94.").
  detectAppositiveAges(text, [...raw], push);
  // After every name and identifier rule: a number in a telephone number's shape right after a found name.
  detectNamePhones(text, [...raw], push);
  // After every date rule: a weekday right before any date they found joins it.
  detectWeekdayDates(text, [...raw], push, mode, lex);
  if (options.known?.length) detectKnown(text, options.known, push);
}

/**
 * Merge, drop eponyms found by propagation, grow spans to the whole identifier, then the gold's boundary punctuation.
 * `memo` holds `dropEponyms`' answers for this one text (made per note, dropped with it). Runs once per output: the
 * eponym and boundary steps are not idempotent (see `detectRaw`).
 */
function finish(raw: readonly PhiSpan[], text: string, lex: Lexicon, mode: CaseMode, memo: Map<string, boolean>): PhiSpan[] {
  const grown = growToFixedPoint(dropEponyms(mergeSpans(raw, text), text, lex, memo), text, lex, mode);
  const trimmed = trimNextField(dropLowerListItems(trimRoleHeads(trimNameTails(grown, text, lex, mode === 'mixed'), text, lex, mode === 'mixed'), text, mode === 'mixed'), text);
  // An identifier's letter prefix once the labels are gone: earlier, the label's own span ("HPCSA MP" read as a name)
  // or `wholePlaceSpans` would join the label to the grown identifier.
  const unlabelled = dropIdentifierLabels(trimmed, text, lex);
  // Mixed case only: in a note written in capitals, capitals before a number mark no prefix ("CALLED MD 4471").
  const prefixed = mode === 'mixed' ? identifierPrefixes(unlabelled, text) : unlabelled;
  return withNameAges(withBoundaries(prefixed === unlabelled ? unlabelled : mergeSpans(prefixed, text), text, mode), text);
}

/**
 * An age over 89 in apposition to a name as finally drawn: the raw rules see a name only as far as one rule found it,
 * so a name completed by growth or found by propagation ("Client: X Y-Z (97)") left its age unread. The same
 * apposition rule (appositive-ages.ts) runs once more on the final names; an age is added only where no span lies.
 */
function withNameAges(spans: PhiSpan[], text: string): PhiSpan[] {
  const ages: PhiSpan[] = [];
  detectAppositiveAges(text, spans.filter((s) => s.type === 'NAME'), pushInto(ages));
  const fresh = ages.filter((a) => !spans.some((s) => s.start < a.end && a.start < s.end));
  return fresh.length === 0 ? spans : [...spans, ...fresh].sort((a, b) => a.start - b.start);
}

const sameSpans = (a: readonly PhiSpan[], b: readonly PhiSpan[]): boolean =>
  a.length === b.length && a.every((s, i) => s.start === b[i]?.start && s.end === b[i]?.end && s.type === b[i]?.type);

/**
 * Grow spans to the whole identifier or organisation until nothing grows (at most three rounds): one step's growth can
 * open another's ("Sheikh Khalifa" grows to "Sheikh Khalifa Medical" as a place, which `completeOrganisations` then
 * completes to "... Medical City"). The patient path reached this only by running the whole clean-up twice.
 */
function growToFixedPoint(spans: PhiSpan[], text: string, lex: Lexicon, mode: CaseMode): PhiSpan[] {
  let out = spans;
  for (let round = 0; round < 3; round++) {
    const whole = trimLetterSpans(completeOrganisations(extendSpans(out, text, lex), text, lex, mode), text, lex, mode);
    const next = mergeSpans(wholePlaceSpans(mergeSpans(whole, text), text, mode, lex), text);
    const done = sameSpans(next, out);
    out = next;
    if (done) break;
  }
  return out;
}

// A US state's postal code closing a place span after its comma (`withBoundaries`).
const STATE_CODE_AT_END = new RegExp(`,[ \\t]{0,2}(?:${stateCodeAlternation()})$`);
// A date's last number, one or two digits after a space or comma (a clock time's hour when a colon and minutes follow).
const HOUR_AT_END = /,?[ \t]+[0-2]?\d$/;

/**
 * Span boundaries as the nursing-note gold standard draws them, counted on the cv folds by patient: the
 * annotators leave out a comma or full stop after a name or phone number (0 of 31 names followed by a comma;
 * 5 of 5 phone numbers followed by a full stop or a closing bracket they did not open) and a name's possessive
 * `'s` ("per dr. White's order"). They keep a colon after a name in capitals ("AS PER E. QUILLAN: ..."; the one such name
 * is in an upper-case note, and the letters' gold, in mixed or lower case, keeps none: 0 of 52 in letters10-17) and the brackets
 * around a phone number written "(201-555-4567)". A place keeps its `'s` ("St. Mary's" is the name). A US state's postal code
 * after a place's comma is left out ("Shoreview, MN"), whichever rule took it into the span: Safe Harbor keeps states,
 * and no gold span at hand ends on one (31 are followed by a state in the nursing cv notes and letters10-14). A
 * date leaves out the hour of a clock time read as its year.
 */
function withBoundaries(spans: PhiSpan[], text: string, mode: CaseMode): PhiSpan[] {
  return spans.map((s) => {
    const state = s.type === 'LOCATION' ? STATE_CODE_AT_END.exec(text.slice(Math.max(s.start, s.end - 6), s.end)) : null;
    if (state && s.end - state[0].length > s.start) return { ...s, end: s.end - state[0].length };
    // The hour of a clock time is no two-digit year: "Thu 11 Dec, 10:00" is dated "Thu 11 Dec".
    const hour = s.type === 'DATE' && /^:[0-5]\d(?!\d)/.test(text.slice(s.end, s.end + 4)) ? HOUR_AT_END.exec(text.slice(s.start, s.end)) : null;
    if (hour && hour.index > 0) return { ...s, end: s.start + hour.index };
    const next = text[s.end];
    if ((s.type === 'PHONE' || s.type === 'FAX') && next === ')' && text[s.start] === '(') return { ...s, end: s.end + 1 };
    if (s.type === 'NAME' && next === ':' && mode === 'upper') return { ...s, end: s.end + 1 };
    if (s.type === 'NAME' && s.end - s.start > 3 && /^['\u2019]s$/i.test(text.slice(s.end - 2, s.end))) return { ...s, end: s.end - 2 };
    return s;
  });
}

/** Sort and merge overlapping spans (touching spans of the same type are merged too). */
export function mergeSpans(spans: readonly PhiSpan[], text = ''): PhiSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PhiSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    // Overlapping spans merge; same-type spans separated only by spaces merge too ("[NAME]" for "Mary Smith").
    if (last && (s.start < last.end || (text !== '' && s.type === last.type && s.type !== 'DATE' && /^[ \t]{0,2}$/.test(text.slice(last.end, s.start))))) {
      const type = PRIORITY[s.type] > PRIORITY[last.type] ? s.type : last.type;
      out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end), type };
    } else {
      out.push(s);
    }
  }
  return out;
}

/**
 * Detect PHI in several notes of ONE patient: each note is detected alone, then every name or place word
 * found in any of them is also flagged in the others (a relative named once with a cue is often named
 * again without one). Returns one span list per note, in order.
 */
export function detectPhiForPatient(originals: readonly string[], options: DetectOptions = {}): PhiSpan[][] {
  const lex = options.lexicon ?? getDefaultLexicon();
  const notes = originals.map((original) => {
    const text = foldAccents(original);
    const mode = caseMode(text);
    return { text, original, mode, lx: byCase(lex, mode), memo: new Map<string, boolean>() };
  });
  // Each note's rules run once; `finish` runs on raw spans only, never on its own output (see `detectRaw`).
  const raws = notes.map((n) => detectRaw(n.text, n.lx, options, n.mode, n.memo, n.original));
  const first = notes.map((n, i) => finish(raws[i] ?? [], n.text, n.lx, n.mode, n.memo));
  const seeds = new Map<string, PhiType>();
  notes.forEach((n, i) => propagationSeeds(n.text, first[i] ?? [], lex, seeds));
  const last = seeds.size === 0 ? first : notes.map(({ text, mode, lx, memo }, i) => {
    const raw: PhiSpan[] = [...(raws[i] ?? [])];
    const push = pushInto(raw);
    propagate(text, [], lx, push, seeds);
    if (options.unknownWords !== false) detectNameListTails(text, lx, [...raw], push, mode);
    return finish(raw, text, lx, mode, memo);
  });
  return recordSteps(notes.map((n, i) => ({ spans: last[i] ?? [], text: n.text, lx: n.lx, mode: n.mode })), options.everyYear === true);
}

/**
 * The spans a reader should see redacted. Safe Harbor keeps years, so in a record that names or dates no one a
 * four-digit year on its own ("since 2019", "Hodgkin lymphoma 2003") is dropped: it identifies no one. In a record
 * that carries other PHI (a name, a place, a date, an identifier) the year is reported too: there it narrows who the
 * person is (a name plus "CABG 1992"), and the nursing-note standard marks such years (a letter-style note's lone
 * years are gone before this, letter-years.ts: letters follow Safe Harbor). The record is the note, or
 * all notes of one patient when `recordHasPhi` says another of them carries PHI (`reportedSpansForPatient`): a
 * note whose only name was missed, or that names no one, still belongs to an identified patient. A year inside a
 * full date stays part of that DATE span, and two-digit shorthand ('92, CABG 81) is treated as a bare year is; a month
 * or holiday alone is a date element and always reported. `ddx deid spans` and `ddx bench deid` report these; `--redact-years` keeps
 * every YEAR span.
 */
export function reportedSpans(spans: readonly PhiSpan[], recordHasPhi = false): PhiSpan[] {
  return recordHasPhi || hasOtherPhi(spans) ? [...spans] : spans.filter((s) => s.type !== 'YEAR');
}

// Two-digit year shorthand ("CABG '98") is a year, which Safe Harbor keeps: like a bare year it narrows who someone is
// only beside other PHI. A month or a holiday alone ("in March") is a date element Safe Harbor removes, so it is always
// reported, even in a text that identifies no one.
const hasOtherPhi = (spans: readonly PhiSpan[]): boolean => spans.some((s) => s.type !== 'YEAR');

/** `reportedSpans` for all notes of one patient (the output of `detectPhiForPatient`): the patient's record is one. */
export function reportedSpansForPatient(spans: readonly (readonly PhiSpan[])[]): PhiSpan[][] {
  const record = spans.some((sp) => hasOtherPhi(sp));
  return spans.map((sp) => reportedSpans(sp, record));
}
