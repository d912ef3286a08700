/**
 * Word-level detectors for names and locations: context cues (titles, relatives, signatures,
 * prepositions, facility words, "City, ST"), lexicons and capitalisation. The rules are general;
 * no note-specific names are listed anywhere.
 */
import { IN_CLINICAL, IN_COMMON, IN_FIRST, IN_SURNAMES, IN_WORLD, oneEditFromKnown, wordFlags, type Lexicon } from './lexicon.js';
import type { PhiType, PushSpan as Push } from './types.js';
import { US_STATE_CODES } from './us-states.js';
import { HEAD_KIND_WORDS } from './place-spans.js';
import { capitalThenLower, eachWord } from './letter-runs.js';


interface Token {
  readonly s: number;
  readonly e: number;
  readonly raw: string;
  readonly low: string;
  /** First letter is a capital. */
  readonly cap: boolean;
  /** Every letter is a capital (and there are at least two). */
  readonly upper: boolean;
  /** `isNameToken` answers already computed for this token (bit 8<<k set) and their values (bit k), k per strength. */
  nameMemo: number;
  /** The lexicon's `wordFlags` for `low`, -1 until asked (`tokenFlags`). */
  flags: number;
}

type CaseMode = 'mixed' | 'upper' | 'lower';

const STOP = new Set(('a an and or but the to at in on of for with without by from as is are was were be been being has have had ' +
  'he she it they we you i his her him their them this that these those who whom whose which what when where why how ' +
  'not no yes if then than so also very too will would can could should may might must shall do does did done ' +
  'dob mrn ssn per via re pt pts patient patients family md rn np pa aware notified called paged here there up down out over ' +
  'today tonight tomorrow yesterday now am pm all any some each both other another same such only just still ' +
  'mr mrs ms dr miss about after before again into onto upon off under until while during s st ' +
  'son daughter wife husband sister brother mother father friend dtr ceo president manager owner').split(' '));

/** Family and friends (not roles): after these a capitalised word in mixed case is a name. */
export const FAMILY: ReadonlySet<string> = new Set(('son sons daughter daughters dtr dtrs dau wife husband hubby spouse sister sisters brother brothers ' +
  'mother mom mum father dad niece nieces nephew nephews grandson grandsons granddaughter granddaughters grandmother grandfather grandma ' +
  'grandpa granny nana nanna grandad granddad aunt aunts aunty auntie aunties uncle uncles cousin cousins friend friends girlfriend ' +
  'boyfriend fiance fiancee partner neighbor neighbour stepdaughter stepson caregiver guardian').split(' '));
const TITLES = new Set(['dr', 'drs', 'doctor', 'dr\'s', 'drs\'', 'mr', 'mrs', 'ms', 'miss', 'mister', 'messrs', 'prof', 'professor']);
// Seventeenth session: clerical titles and other languages' courtesy titles (Rev., Revd, Sr./Sra. in Spanish and Portuguese,
// Dra., Mme, Herr, Frau). Titles only written with a capital and lower case in a mixed-case note: "SR" is sinus rhythm,
// "Fr" after a number a catheter's French size (only a title when a capitalised word follows and no number comes before).
const MIXED_TITLES = new Set(['rev', 'revd', 'reverend', 'sr', 'sra', 'srta', 'dra', 'mme', 'mlle', 'herr', 'frau']);
/** Every word for a person beside the patient: family and friends, then proxies, step- and in-law relations and roles. */
const RELATIONS: ReadonlySet<string> = new Set([...FAMILY, ...('sis bro parent parents grandaughter grandchild grandchildren proxy hcp ' +
  'stepmother stepfather step-daughter step-son son-in-law daughter-in-law dtr-in-law sister-in-law brother-in-law mother-in-law father-in-law ' +
  'caseworker attending resident intern fellow pcp psychiatrist cardiologist surgeon nurse chaplain pastor priest rabbi minister ' +
  'roommate companion wife\'s husband\'s sons\' named').split(' ')]);
const CREDENTIALS = new Set(['rn', 'rrt', 'lpn', 'sn', 'bsn', 'ccrn', 'np', 'msw', 'licsw', 'lcsw', 'crt', 'rt', 'md', 'do', 'pa-c', 'cna', 'aprn', 'rnc', 'phd', 'pharmd', 'slp', 'crna', 'crnp', 'cnm', 'fnp', 'dnp', 'msn', 'rph', 'dpm', 'dds', 'dmd']);
const FACILITY = new Set(['hospital', 'hosp', 'medical', 'center', 'centre', 'ctr', 'clinic', 'memorial', 'regional', 'general', 'healthcare',
  'health', 'urgent', 'rehab', 'rehabilitation', 'nursing', 'manor', 'house', 'hospice', 'va', 'university', 'univ', 'institute', 'infirmary', 'campus', 'village', 'lodge', 'gardens', 'sanitarium', 'center\'s']);
/** Words before a facility word that say which one without naming it: "Outside Hospital", "the referring hospital". */
const GENERIC_FACILITY_ADJ = /^(?:outside|local|another|other|referring|receiving|sending|nearby|previous|prior|different|same|our|your|their|osh)$/;
/** Specialties that stand before facility words without naming the place: Heart Hospital, Cancer Center. */
const ORG_SPECIALTY = new Set(['cardiac', 'heart', 'cancer', 'eye', 'psychiatric', 'surgical', 'surgery', 'rehab', 'rehabilitation', 'neuro', 'ortho',
  'orthopedic', 'pediatric', 'dialysis', 'trauma', 'burn', 'stroke', 'transplant', 'wound', 'sleep', 'pain', 'vein', 'kidney', 'liver', 'lung', 'micu', 'icu', 'ccu', 'sicu']);
/** Facility words that are part of the proper name; the generic ones (hospital, clinic...) are left readable. */
const FACILITY_NAMEPART = new Set(['memorial', 'regional', 'general', 'manor', 'village', 'lodge', 'gardens', 'university', 'univ', 'infirmary']);
const STREET = new Set(['st', 'street', 'ave', 'avenue', 'rd', 'road', 'blvd', 'boulevard', 'dr', 'drive', 'lane', 'ln', 'way', 'court', 'ct', 'pl', 'place', 'terrace', 'ter', 'hwy', 'highway', 'pike', 'parkway', 'pkwy', 'circle', 'cir', 'sq', 'square', 'crescent', 'trail', 'trl']);
/** Street words written out in full: an address in a lower-case note is recognised by these alone (12 cedar lane). */
const STREET_FULL = new Set(['street', 'avenue', 'road', 'boulevard', 'drive', 'lane', 'court', 'terrace', 'highway', 'parkway', 'crescent']);
const ROLE_CUES = new Set(['ho', 'md', 'np', 'resident', 'intern', 'attending', 'fellow', 'pcp', 'per', 'paged', 'with', 'by', 'to', 'and']);
/** Cues that only accept a lexicon name or an initial after them. */
const WEAK_ROLE_CUES = new Set(['per', 'paged', 'with', 'by', 'to', 'and']);
const AFTER_CUES = new Set(['aware', 'notified', 'informed', 'paged', 'updated', 'called', 'rrt', 'rn', 'np', 'md', 'ho']);
const FACILITY_PAIRS: ReadonlySet<string> = new Set(['holy cross', 'sacred heart', 'good samaritan', 'holy family', 'holy name', 'mount sinai', 'mt sinai', 'beth israel', 'children\'s national', 'eastern shore', 'new haven', 'union memorial']);
/** First words of FACILITY_PAIRS, so most tokens skip building the pair string. */
const FACILITY_PAIR_FIRST = new Set([...FACILITY_PAIRS].map((p) => p.split(' ')[0] ?? ''));
const TRANSFER_CUE = /\b(?:transfer(?:red|ed)?|admit(?:ted)?|sent|taken|went|go|going|return(?:ed)?|came|arrived|brought|moved|discharged|transported|enroute|en route|c\/o|back)\s+(?:back\s+)?(?:in)?$/i;
const PERSON_VERBS = new Set(['states', 'stated', 'called', 'calls', 'visited', 'visits', 'verbalizes', 'verbalized', 'wishes', 'wished', 'wants', 'wanted', 'says', 'said', 'reports', 'reported', 'updated', 'notified', 'agrees', 'agreed', 'requests', 'requested', 'expressed', 'expresses', 'spoke', 'phoned', 'left', 'arrived', 'feels', 'felt', 'asked', 'asks', 'declined', 'consented', 'signed', 'wrote', 'explained', 'ordered', 'recommends', 'recommended', 'saw', 'examined', 'evaluated']);
/** Person verbs that also follow drugs and procedures ("Claritin ordered"): only a lexicon name before them counts. */
const LEX_ONLY_VERBS = new Set(['ordered', 'recommends', 'recommended', 'saw', 'examined', 'evaluated', 'left', 'arrived']);
/** Cues after which an initial and a word are a name even if the word is an English word: AS PER E. QUILLAN. */
const INITIAL_ROLES = new Set(['per', 'dr', 'drs', 'ho', 'md', 'np', 'pa', 'paged', 'called', 'notified', 'attending', 'resident', 'fellow', 'intern']);
const PLACE_PREFIX = new Set(['san', 'santa', 'los', 'las', 'fort', 'ft', 'mount', 'mt', 'port', 'north', 'south', 'east', 'west', 'glen', 'lake', 'saint', 'el', 'la', 'middle', 'cape', 'palm', 'ocean', 'silver', 'severna', 'ellicott', 'owings', 'havre', 'bel', 'chevy']);
/** Second words of place names (Ashby Mill, Glen Park, Ocean City): kept with the word before even though they are English words. */
const PLACE_SUFFIX = new Set(['mill', 'mills', 'park', 'hill', 'hills', 'heights', 'city', 'falls', 'springs', 'beach', 'harbor', 'harbour', 'bay',
  'creek', 'valley', 'ridge', 'landing', 'junction', 'point', 'station', 'woods', 'grove', 'forest', 'township', 'county', 'island', 'lake', 'shores', 'village', 'crossing', 'manor', 'hollow', 'run', 'glen']);
/** Destinations that are not places: "transferred to Rehab", "sent to Floor". */
const GENERIC_PLACES = new Set(['rehab', 'floor', 'home', 'unit', 'ward', 'room', 'surgery', 'radiology', 'cath', 'lab', 'dialysis', 'hospice', 'nursing',
  'hospital', 'clinic', 'office', 'shelter', 'rest', 'bed', 'chair', 'bathroom', 'commode', 'stepdown', 'step', 'telemetry', 'tele', 'service', 'team',
  'medicine', 'cardiology', 'neurology', 'oncology', 'psych', 'psychiatry', 'interventional', 'pacu', 'recovery', 'emergency', 'triage', 'intensive',
  'acute', 'long', 'skilled', 'assisted', 'the', 'her', 'his', 'their', 'family', 'church', 'work', 'school', 'baseline', 'sleep', 'normal', 'sinus',
  'pressure', 'volume', 'control', 'support', 'room', 'follow', 'see', 'check', 'assess', 'wean', 'ventilator', 'vent', 'trach', 'shower', 'table',
  'procedure', 'scan', 'test', 'stress', 'echo', 'cardiac', 'heart', 'renal', 'liver', 'kidney', 'transplant', 'blood', 'bank', 'pharmacy', 'morgue',
  'autopsy', 'funeral', 'afternoon', 'morning', 'evening', 'night', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'today',
  'admission', 'admit', 'discharge', 'upper', 'lower', 'left', 'right', 'same', 'other', 'another', 'outside', 'local', 'nearby', 'bedside', 'hallway', 'hall', 'desk', 'station']);
/** Given names that are capitalised for other reasons in notes (months, virtues, verbs at line starts). */
const GIVEN_WORDS = new Set(['may', 'june', 'april', 'august', 'will', 'hope', 'faith', 'joy', 'dawn', 'summer', 'autumn', 'sunny', 'mercy',
  'art', 'max', 'guy', 'grant', 'rose', 'iris', 'ruby', 'amber', 'crystal', 'violet', 'ivy',
  'jean', 'gene', 'chase', 'drew', 'lane', 'dale', 'glen', 'hunter', 'bob', 'ray', 'jack', 'jay', 'rod', 'gus', 'cliff', 'dean', 'sky', 'brandy',
  'candy', 'ginger', 'penny', 'misty', 'rusty', 'sandy', 'stormy', 'marina', 'carol', 'holly', 'heather', 'daisy', 'lily', 'angel', 'an', 'ed', 'al',
  'les', 'wade', 'reed', 'miles', 'price', 'young', 'norman', 'brook', 'will', 'long', 'chance', 'page', 'virginia', 'georgia', 'carolina', 'christian']);
/** Roles that, with a reporting cue after the next word, make that word a name whatever it is. */
const SANDWICH_ROLES = new Set(['ho', 'md', 'np', 'rn', 'pa', 'resident', 'intern', 'attending', 'fellow', 'pcp', 'nurse', 'rt', 'rrt', 'dr']);
/** A phone number, possibly after a phone cue, right after a name: " cell# 410-555-0100", ", (410) 555-0100". */
const PHONE_AFTER = /^[ \t,:(\-]{0,3}(?:(?:cell|home|work|ph|phone|tel|mobile|h|c|w)\.?#?:?[ \t]{0,2})?\(?\d{3}\)?[ \t.\-]{0,2}\d{3}[ \t.\-]?\d{4}/i;
/** The digits every `PHONE_AFTER` match holds: a note without them is not asked per word pair (speed). */
const PHONE_DIGITS = /\d{3}\)?[ \t.\-]{0,2}\d{3}[ \t.\-]?\d{4}/;
const LOC_PREP = new Set(['to', 'from', 'at', 'in', 'of', 'near', 'towards', 'toward', 'via']);
const LIVE_CUE = new Set(['lives', 'live', 'living', 'resides', 'reside', 'moved', 'relocated', 'born', 'vacation', 'vacationing', 'visiting', 'travelled', 'traveled', 'home']);
/** Words before an organisation's name: a position in it, or the patient's own business. */
const ORG_CUE = /\b(?:(?:ceo|cfo|coo|cto|president|chairman|owner|co-?owner|founder|co-?founder|employee)\s+of|(?:his|her|their|own|family)\s+(?:business|company|firm))$/i;
const EMPLOY_CUE = /\b(?:(?:works?|worked|working|employed|retired|job)\s+(?:for|at|by|from|with)|employer(?:\s+is)?[,:]?)\s+$/i;
const STATES: ReadonlySet<string> = new Set(US_STATE_CODES.map((c) => c.toLowerCase()));
/** Two-letter state codes that are also English words or clinical abbreviations; accepted only in capitals. */
const STATE_AMBIGUOUS = new Set(['in', 'me', 'or', 'oh', 'ok', 'hi', 'de', 'al', 'co', 'id', 'la', 'ne', 'pa', 'mi', 'ms', 'va', 'ct', 'md', 'ga', 'sc', 'nd', 'ma', 'mo', 'ca', 'ar', 'ut', 'wa']);
// Clinical-looking word shapes that an unknown-word rule must not take for a name or place.
/** Suffixes of clinical words, strict enough not to catch given names (Emily, Vinny). */
const CLINICAL_NAME_SHAPE = /(?:icu|ccu|itis|emia|osis|ectomy|otomy|ostomy|plasty|gram|graphy|scopy|pril|olol|azole|mycin|cillin|statin|sartan|dipine|uria|pnea|algia|penia|cytosis|megaly|ectasis|ase|ology|ing|ed|ize|ism|tion|sion|ment|ness|ity)$/;
const CLINICAL_SHAPE = /(?:icu|ccu|berg|ed|ing|ate|ize|ise|ism|itis|emia|osis|ectomy|otomy|ostomy|plasty|gram|graphy|scopy|pril|olol|azole|mycin|cillin|pam|lam|statin|sartan|dipine|ide|ine|one|cin|ase|ology|ist|ous|ive|al|ic|ary|ery|ity|ness|ment|tion|sion|ial|uria|pnea|algia|penia|cytosis|megaly|ectasis|y)$/;
// Drug and chemistry endings: a clinical word with one of these is no surname even after a title.
const CLINICAL_SHAPE_STRICT = /(?:ine|ide|one|cin|pam|lam|ate|xin|zole|vir|mab|nib|pine|olol|pril|ium|ol)$/;
// Capitalised words that follow a name without being part of it: days, months, sections, greetings.
const NOT_NAME_AFTER = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|today|tonight|yesterday|tomorrow|please|thanks|thank|will|would|can|could|should|may|might|must|called|states|said|says|aware|here|there|family|team|staff|plan|note|neuro|resp|cv|gi|gu|id|skin|social|dispo)$/;
type Strength = 'strong' | 'medium' | 'weak';

/** One note's tokens, its case mode and the helpers every word rule shares. */
interface WordScan {
  readonly text: string;
  readonly lex: Lexicon;
  readonly push: Push;
  readonly toks: readonly Token[];
  readonly n: number;
  readonly mode: CaseMode;
  /** End offsets of tokens already marked as names ("X of Y" after a name is a place). */
  readonly nameEnds: Set<number>;
  readonly tok: (i: number) => Token | undefined;
  readonly gap: (a: Token, b: Token) => string;
  /** Same line, separated only by spaces (and for initials a period). */
  readonly adjacent: (a: Token, b: Token) => boolean;
  readonly isName: (t: Token, strength: Strength) => boolean;
  readonly isInitial: (t: Token) => boolean;
  /** Mark tokens i..j as NAME and extend over adjacent name-like tokens and initials on both sides; returns the last index. */
  readonly markName: (i: number, j: number, type?: PhiType, afterTitle?: boolean) => number;
  /** After a name, continue over "and NAME", "& NAME", "/NAME", ", NAME" lists. */
  readonly listAfter: (b: number, strength: 'strong' | 'medium', lent?: number) => void;
  /** The note holds the digits of a phone number somewhere (`PHONE_AFTER` can match nowhere else). */
  readonly phoneDigits: boolean;
}

/** Word tokens (hyphenated names kept whole, hyphens that join cue words split) and the note's case mode. */
function tokenize(text: string): { toks: Token[]; mode: CaseMode } {
  const toks: Token[] = [];
  let up = 0;
  let low = 0;
  const addTok = (s: number, raw: string): void => {
    const l = raw.toLowerCase();
    const cap = raw.charCodeAt(0) <= 90;
    // raw === raw.toUpperCase() without building the string: a word (`eachWord`) holds ASCII letters, apostrophes and hyphens only.
    let upper = raw.length > 1;
    for (let k = 0; upper && k < raw.length; k++) {
      const ch = raw.charCodeAt(k);
      if (ch >= 97 && ch <= 122) upper = false;
    }
    toks.push({ s, e: s + raw.length, raw, low: l.endsWith("'s") ? l.slice(0, -2) : l, cap, upper, nameMemo: 0, flags: -1 });
  };
  eachWord(text, true, (start, end) => {
    const raw = text.charCodeAt(end - 1) === 39 ? text.slice(start, end - 1) : text.slice(start, end);
    // A hyphen that joins a function or cue word is punctuation, not part of a name: "Barnaby-who states", "AWARE-WILL".
    const parts = raw.includes('-') ? raw.split('-') : undefined;
    // So does a hyphen before an initial: "CARAFATE-W. MAROTTA AWARE".
    const initialAfter = parts !== undefined && parts.length === 2 && /^[A-Z]$/.test(parts[1] ?? '') && text[start + raw.length] === '.';
    if (parts && (initialAfter || parts.some((p) => { const q = p.toLowerCase(); return STOP.has(q) || AFTER_CUES.has(q) || PERSON_VERBS.has(q); })) &&
      !/^(?:in|law)$/i.test(parts[1] ?? '')) {
      let at = start;
      for (const p of parts) { if (p) addTok(at, p); at += p.length + 1; }
    } else {
      addTok(start, raw);
    }
    for (let i = 0; i < raw.length; i++) {
      const c = raw.charCodeAt(i);
      if (c >= 65 && c <= 90) up++;
      else if (c >= 97 && c <= 122) low++;
    }
  });
  const mode: CaseMode = up > 3 * low ? 'upper' : capRatio(toks) < 0.02 ? 'lower' : 'mixed';
  return { toks, mode };
}

/** `wordFlags` of a token's lower-case form, kept on the token: a scan's tokens meet its one lexicon (speed). */
function tokenFlags(lex: Lexicon, t: Token): number {
  if (t.flags < 0) t.flags = wordFlags(lex, t.low);
  return t.flags;
}

/** A typo of an English or clinical word of 4+ letters (`oneEditFromKnown`). */
const nearWord = (lex: Lexicon, w: string): boolean => {
  // The edit test builds ~50 strings per letter; the same words recur across notes, so answers are kept per lexicon (bounded).
  let memo = NEAR_MEMO.get(lex);
  if (!memo || memo.size > 50_000) NEAR_MEMO.set(lex, memo = new Map<string, boolean>());
  let yes = memo.get(w);
  if (yes === undefined) memo.set(w, yes = oneEditFromKnown(lex, w, 4));
  return yes;
};
const NEAR_MEMO = new WeakMap<Lexicon, Map<string, boolean>>();

/** Whether a token can be (part of) a name at a given strength of context: strong after a title, medium next to a name, weak alone. */
function isNameToken(lex: Lexicon, mode: CaseMode, t: Token, strength: Strength): boolean {
    const w = t.low;
    if (w.length < 2 || STOP.has(w)) return false;
    // Alone (weak), a word is asked only the few questions of `weakNameToken`: every token of a note comes here.
    if (strength === 'weak' && !t.raw.includes('-')) return weakNameToken(lex, mode, t);
    const f = tokenFlags(lex, t);
    const common = (f & IN_COMMON) !== 0;
    // A name that is also a word (Rose, Spears) counts right after a title, or in a name context when it is not an English word (Vea, Rossetti).
    const ctxName = lex.contextNames.has(w) && (mode !== 'mixed' || t.cap) && (strength === 'strong' || (strength === 'medium' && !common));
    const lexName = (f & (IN_FIRST | IN_SURNAMES)) !== 0 || ctxName;
    const clinical = (f & IN_CLINICAL) !== 0;
    const capSignal = mode === 'mixed' && t.cap;
    // After a title almost any word is a name (Dr. Tyro, DR HOARD, dr. pica); only cue words and clinical terms are not.
    // A capitalised word after a title in a mixed-case note is a name even when it is an eponym or looks like a verb (Dr. Murphy, Dr.King).
    // A clinical entry that is no English word and not shaped like a clinical term is an eponym or a name-like
    // abbreviation (dr. murphy, DR FOLEY): after a title it is the person, whatever the note's case.
    const titleSurname = clinical && !common && w.length >= 4 && !CLINICAL_NAME_SHAPE.test(w) && !CLINICAL_SHAPE_STRICT.test(w);
    if (strength === 'strong') return !AFTER_CUES.has(w) && ((capSignal && !t.upper) || (!(clinical && !lexName && !titleSurname) && !(common && !lexName && /(?:ing|ed)$/.test(w))));
    if (t.raw.includes('-')) {
      // Hyphenated names (Vasquez-Lind): every part must look like a name; clinical compounds (sero-sanguinous) do not.
      const parts = t.low.split('-');
      if (strength === 'weak') return parts.every((p) => (lex.firstNames.has(p) || lex.surnames.has(p)) && !lex.common.has(p));
      return parts.every((p) => p.length > 1 && !lex.common.has(p) && !lex.clinical.has(p) && !STOP.has(p) && !CLINICAL_NAME_SHAPE.test(p)) && (mode !== 'mixed' || t.cap);
    }
    // medium (weak hyphenated words returned above, weak single words went to weakNameToken)
    if (mode === 'mixed' && !t.cap && common) return false;
    return (lexName && (!clinical || ctxName)) || (!common && !clinical && !CLINICAL_NAME_SHAPE.test(w)) || (capSignal && !common && !clinical);
}

/**
 * `isNameToken` alone (weak), for a word with no hyphen (`isNameToken` has checked its length and STOP): a lexicon
 * given name that is not an English word; capitalised when the note is in mixed case.
 */
function weakNameToken(lex: Lexicon, mode: CaseMode, t: Token): boolean {
    const w = t.low;
    if (mode === 'mixed' && !t.cap) return false;
    const f = tokenFlags(lex, t);
    if ((f & (IN_CLINICAL | IN_COMMON)) !== 0) return false;
    // In mixed case a short word in capitals is an acronym (AL for an arterial line, NAPA), not a name written alone.
    if (mode === 'mixed' && t.upper && w.length <= 4) return false;
    // Without case (all capitals, all lowercase) a list word alone is weak evidence: the long lists hold short
    // shorthand (AL, PERI, DUL, MAI) and misspelt words (CREAN, ALER, DEVINE). Alone it must be a given name of four
    // letters or a surname of five, and not one edit from an English or clinical word.
    const listed = (f & IN_FIRST) !== 0 || ((f & IN_SURNAMES) !== 0 && mode !== 'lower');
    // The world lists' names count only beside a cue, a name or a slot (other readers): alone, a capitalised rare name
    // and shorthand or a brand look alike, and the lists are long (docs/sessions/14-deid-names.md).
    return listed && (f & IN_WORLD) === 0 && (mode === 'mixed' || (w.length >= ((f & IN_FIRST) !== 0 ? 4 : 5) && !nearWord(lex, w)));
}

/**
 * An initial without its full stop, as all-caps notes write it ("PAPS, J GARCIA ORDERED"): one capital (not the
 * words A or I) at the start of a line, or after a comma, semicolon, colon or bracket.
 */
function isBareInitial(text: string, mode: CaseMode, t: Token): boolean {
  return mode === 'upper' && t.raw.length === 1 && /^[B-HJ-Z]$/.test(t.raw) && /(?:^|[,;:(]\s{0,2}|\n\s*)$/.test(text.slice(Math.max(0, t.s - 4), t.s));
}

function markNameRun(c: WordScan, i: number, j: number, type: PhiType = 'NAME', afterTitle = false): number {
  const { text, lex, push, toks, n, mode, nameEnds, adjacent, isName, isInitial } = c;
    let a = i;
    let b = j;
    while (b + 1 < n) {
      const cur = toks[b] as Token;
      const nx = toks[b + 1] as Token;
      if (!adjacent(cur, nx)) break;
      // A given name makes the next capitalised word a surname even if it is also an English word (Ferdinand Halfpenny).
      const givenLike = lex.firstNames.has(cur.low) || (b === i && afterTitle && mode !== 'upper' && cur.cap);
      // Right after a title, a given name written in lowercase takes a lowercase surname too: "dr. john bowman".
      const titleSurname = afterTitle && b === i && mode !== 'upper' && (lex.surnames.has(nx.low) || lex.contextNames.has(nx.low));
      // In mixed case, a title-case word after a given name that is no English word is its surname even if it is also
      // a clinical abbreviation (Jane Doe, Bernard Foley).
      // So does the title-case word after the first word of a name right after a title (Dr. Arthur Wilson), listed or not.
      const titleCaseSurname = mode === 'mixed' && nx.cap && !nx.upper && ((lex.firstNames.has(cur.low) && !lex.common.has(cur.low)) || (afterTitle && b === i && cur.cap && !cur.upper));
      const afterGiven = givenLike && (mode === 'upper' ? !lex.common.has(nx.low) || lex.surnames.has(nx.low) : nx.cap || titleSurname) && !STOP.has(nx.low) &&
        (!lex.clinical.has(nx.low) || lex.surnames.has(nx.low) || titleCaseSurname) && !AFTER_CUES.has(nx.low) && !CREDENTIALS.has(nx.low) && !PERSON_VERBS.has(nx.low);
      // In mixed case a title-case word right after a title-case name word continues the name even when it is an English
      // word (Rita Hickey, Frances Baker): mid-sentence, nothing else is capitalised there.
      // Not after an eponym (Achilles Tendon, Finkelstein's Test) and not a label (Plan:).
      const titleNext = mode === 'mixed' && cur.cap && !cur.upper && nx.cap && !nx.upper && nx.low.length >= 3 && !STOP.has(nx.low) &&
        !lex.eponyms.has(cur.low) && !lex.clinical.has(cur.low) && text[nx.e] !== ':' &&
        (!lex.clinical.has(nx.low) || lex.surnames.has(nx.low)) && !TITLES.has(nx.low) && !RELATIONS.has(nx.low) && !AFTER_CUES.has(nx.low) &&
        !CREDENTIALS.has(nx.low) && !PERSON_VERBS.has(nx.low) && !FACILITY.has(nx.low) && !STREET.has(nx.low) && !NOT_NAME_AFTER.test(nx.low);
      if (isInitial(nx) || isName(nx, 'medium') || afterGiven || titleNext) b++;
      else break;
    }
    while (a - 1 >= 0) {
      const cur = toks[a] as Token;
      const pv = toks[a - 1] as Token;
      if (!adjacent(pv, cur) || TITLES.has(pv.low) || RELATIONS.has(pv.low)) break;
      // In an all-caps note an initial may lack its full stop: "PAPS, J GARCIA ORDERED".
      const bareInitial = isBareInitial(text, mode, pv);
      // A title-case word right before a title-case name word, not at a sentence start, is its given name (page Suzette Hank Przybylo).
      const titlePrev = mode === 'mixed' && pv.cap && !pv.upper && cur.cap && !cur.upper && pv.low.length >= 3 && !isSentenceStart(text, pv.s) &&
        !STOP.has(pv.low) && !lex.clinical.has(pv.low) && !lex.eponyms.has(pv.low) && !CREDENTIALS.has(pv.low) && !ROLE_CUES.has(pv.low) &&
        !SANDWICH_ROLES.has(pv.low) && !FACILITY.has(pv.low) && !STREET.has(pv.low) && !NOT_NAME_AFTER.test(pv.low) && !PERSON_VERBS.has(pv.low);
      if (isInitial(pv) || bareInitial || isName(pv, 'medium') || titlePrev) a--;
      else break;
    }
    for (let k = a; k <= b; k++) {
      const t = toks[k] as Token;
      // A credential in capitals (LCSW, RN) is never part of a name, whichever rule reached it.
      if (t.upper && mode !== 'upper' && CREDENTIALS.has(t.low)) continue;
      push(t.s, t.e, type);
      nameEnds.add(t.e);
    }
    return b;
}

function listNamesAfter(c: WordScan, b: number, outer: 'strong' | 'medium', lent = Infinity): void {
  const { toks, n, gap, isName, markName } = c;
    let k = b;
    // The first `lent` items are read at `outer` strength, the later ones at weak strength (each must be a list name
    // alone). In a mixed-case note a lowercase item (a role or a trade: "saisonnière") is no name item and lends on.
    let items = 0;
    while (k + 2 < n || (k + 1 < n)) {
      const strength: Strength = items < lent ? outer : 'weak';
      const cur = toks[k] as Token;
      const nx = toks[k + 1];
      if (!nx) return;
      const g = gap(cur, nx);
      if (/^\s*(?:&|\/|,)\s*$/.test(g) && isName(nx, strength)) {
        if (c.mode !== 'mixed' || nx.cap) items++;
        k = markName(k + 1, k + 1);
        continue;
      }
      const nn = toks[k + 2];
      // The last of a list of relatives may be an English word ("Sons Smokey, Morris and Roger in to visit"): capitalised
      // in mixed case, with what the people do after it.
      const actsAfter = nn !== undefined && c.mode === 'mixed' && nn.cap && !nn.upper && !STOP.has(nn.low) && !c.lex.clinical.has(nn.low) &&
        !RELATIONS.has(nn.low) && /^[ \t]{1,3}(?:are|were|both|all|in\s+to|visited|called|came|arrived|stayed)\b/i.test(c.text.slice(nn.e, nn.e + 16));
      if (nx.low === 'and' && nn && /^\s+$/.test(g) && /^\s+$/.test(gap(nx, nn)) && (isName(nn, strength) || actsAfter) && !TITLES.has(nn.low)) {
        if (c.mode !== 'mixed' || nn.cap) items++;
        k = markName(k + 2, k + 2);
        continue;
      }
      return;
    }
}

/** Whether text[from, to) holds only spaces and tabs (true when empty). */
function blanksOnly(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const ch = text.charCodeAt(k);
    if (ch !== 32 && ch !== 9) return false;
  }
  return true;
}

function createScan(text: string, lex: Lexicon, push: Push): WordScan {
  const { toks, mode } = tokenize(text);
  const gap = (a: Token, b: Token): string => text.slice(a.e, b.s);
  const c: WordScan = {
    text, lex, push, toks, n: toks.length, mode, nameEnds: new Set<number>(),
    tok: (i) => toks[i],
    gap,
    // /^[ \t]{1,3}$/ on the gap, or /^\.[ \t]{0,2}$/ after a one-letter word, read off the text without a slice (speed).
    adjacent: (a, b) => {
      const len = b.s - a.e;
      if (len < 1 || len > 3) return false;
      if (blanksOnly(text, a.e, b.s)) return true;
      return a.raw.length === 1 && text.charCodeAt(a.e) === 46 && blanksOnly(text, a.e + 1, b.s);
    },
    // Several rules ask the same token the same question; the answer depends only on the token, the note's case and the lexicon.
    isName: (t, strength) => {
      const bit = strength === 'strong' ? 1 : strength === 'medium' ? 2 : 4;
      if ((t.nameMemo & (bit << 3)) !== 0) return (t.nameMemo & bit) !== 0;
      const yes = isNameToken(lex, mode, t, strength);
      t.nameMemo |= (bit << 3) | (yes ? bit : 0);
      return yes;
    },
    isInitial: (t) => t.raw.length === 1 && (/[A-Z]/.test(t.raw) || mode === 'lower') && text[t.e] === '.',
    markName: (i, j, type, afterTitle) => markNameRun(c, i, j, type, afterTitle),
    listAfter: (b, strength, lent) => listNamesAfter(c, b, strength, lent),
    phoneDigits: PHONE_DIGITS.test(text),
  };
  return c;
}

/** Titles: Dr. X, Mr X, DR'S X AND Y. */
function titleName(c: WordScan, i: number): number | undefined {
  const { text, lex, push, toks, mode, tok, adjacent, isName, isInitial, markName, listAfter } = c;
  const t = c.toks[i] as Token;
  const w = t.low;
  // A clerical or other language's title opens a name only before a capitalised word ("Rev count normal", "Sr review"
  // are shorthand; review-deid, seventeenth session).
  const mixedTitle = MIXED_TITLES.has(w) && mode === 'mixed' && t.cap && !t.upper && /^\.?[ \t]{1,2}[A-Z]/.test(text.slice(t.e, t.e + 4));
  if (TITLES.has(w) || mixedTitle) {
    let j = i + 1;
    const first = tok(j);
    // Thirteenth pass: in mixed case the initials between a title and a surname are part of the name, with or without
    // full stops ("Dr A Jones", "Dr. A. B. Okoro", "Mr K Oduya"); the nursing notes' all-capitals gold leaves them out.
    const bare = (x: Token | undefined, pv: Token): boolean => x !== undefined && mode === 'mixed' && /^[A-Z]$/.test(x.raw) &&
      x.s - pv.e <= 3 && /^\.?[ \t]{1,2}[A-Z]/.test(text.slice(x.e, x.e + 4));
    let from: number | undefined;
    if (bare(first, t)) {
      from = j;
      j++;
      while (bare(tok(j), tok(j - 1) as Token)) j++;
    } else if (first && isInitial(first) && first.s - t.e <= 3) j++;
    // Dr. o rourke, DR O BRIEN: the Irish prefix written apart.
    else if (first && first.low === 'o' && first.s - t.e <= 3 && tok(j + 1) !== undefined && adjacent(first, tok(j + 1) as Token)) {
      push(first.s, first.e, 'NAME');
      j++;
    }
    const nt = tok(j);
    const prevTok = toks[j - 1] as Token;
    const titleGap = text.slice(t.e, (tok(i + 1) as Token | undefined)?.s ?? t.e);
    // MS: (mental status) and MR (mitral regurgitation) in a mixed-case note are not titles.
    // MS (mental status, morphine sulfate) and MR (mitral regurgitation) are titles only when written Ms/Mr or
    // followed by a word that can only be a name.
    const abbrevTitle = (w === 'ms' || w === 'mr') && !(t.cap && !t.upper && mode !== 'upper');
    const nn = nt ? tok(j + 1) : undefined;
    const capStop = nt !== undefined && nn !== undefined && mode === 'mixed' && nt.cap && !nt.upper && STOP.has(nt.low) && nt.low.length >= 3 &&
      adjacent(nt, nn) && nn.cap && !STOP.has(nn.low) && !lex.clinical.has(nn.low);
    const strongOk = nt && (capStop || (abbrevTitle ? (lex.surnames.has(nt.low) || lex.firstNames.has(nt.low) || !lex.common.has(nt.low)) && !lex.clinical.has(nt.low) && !CLINICAL_NAME_SHAPE.test(nt.low) : isName(nt, 'strong')));
    if (nt && /^(?:\.|'s|')?[ \t]{0,2}$/.test(titleGap) && nt.s - prevTok.e <= 4 && strongOk) {
      const b = markName(j, j, 'NAME', true);
      if (from !== undefined) push((toks[from] as Token).s, (toks[j] as Token).s, 'NAME');
      listAfter(b, 'medium');
    }
    return i;
  }
  return undefined;
}

// Words for a person that open "X is a 45-year-old ..." without naming anyone: the person words, the age and life-stage
// nouns, the words for a person's role or status, and the words that point into the document ("Below is a ...").
const PERSON_NOUNS = new Set(('baby infant child toddler boy girl man woman lady gentleman patient client resident person individual today this she he it ' +
  'newborn neonate twin triplet teen teenager adolescent youth youngster minor adult elder kid sibling survivor ' +
  'student pupil veteran inmate prisoner detainee migrant immigrant refugee applicant claimant occupant participant respondent ' +
  'dependant dependent carer caregiver tenant employee member subject case referral caller ' +
  'below above attached enclosed following here there note summary background history our your their someone somebody ' +
  'everyone everybody nobody each who what which').split(' '));
// An agent noun (farmer, worker, donor, pianist, technician, trainee) is a kind of person, not a given name, when no
// name list holds it.
const AGENT_NOUN = /(?:er|or|ist|ian|ee)$/;

/** The patient's name opening a note: "marisol quintanar is a 70 yr old female". */
function noteOpeningName(c: WordScan, i: number): number | undefined {
  const { text, lex, push, toks, nameEnds, adjacent } = c;
  const t = c.toks[i] as Token;
  const w = t.low;
  if (w === 'is' && i > 0 && /^[ \t]+an?[ \t]+\d{1,3}[ \t]*-?[ \t]*(?:yo\b|y\/o|y\.o|yrs?\b|year|y\b)/i.test(text.slice(t.e, t.e + 24))) {
    let a = i;
    while (a - 1 >= 0 && i - a < 3) {
      const p = toks[a - 1] as Token;
      const pl = p.low;
      if (!adjacent(p, toks[a] as Token) || STOP.has(pl) || lex.clinical.has(pl) || RELATIONS.has(pl) || CREDENTIALS.has(pl) || TITLES.has(pl)) break;
      // Thirteenth pass: in mixed case a capitalised word there is a name even when it is an English word ("Blessing is a
      // 3-year-old girl"); the words for a person that are no name stay out.
      const capName = c.mode === 'mixed' && p.cap && !p.upper && !PERSON_NOUNS.has(pl) && !AGENT_NOUN.test(pl);
      if (lex.common.has(pl) && !lex.firstNames.has(pl) && !lex.surnames.has(pl) && !capName) break;
      a--;
    }
    const first = toks[a] as Token;
    const lead = a > 0 ? (toks[a - 1] as Token).low : '';
    if (a < i && (isSentenceStart(text, first.s) || lead === 'pt' || lead === 'patient')) {
      for (let k = a; k < i; k++) { push((toks[k] as Token).s, (toks[k] as Token).e, 'NAME'); nameEnds.add((toks[k] as Token).e); }
    }
    return i;
  }
  return undefined;
}

/** "name:" / "pt name" cue. */
function nameLabel(c: WordScan, i: number): number | undefined {
  const { tok, gap, isName, markName } = c;
  const t = c.toks[i] as Token;
  const w = t.low;
  if (w === 'name' || w === 'named') {
    const nt = tok(i + 1);
    if (nt && /^\s*:[\s\-]{0,3}$|^[ \t]*-[ \t]*$/.test(gap(t, nt)) && isName(nt, 'strong')) markName(i + 1, i + 1);
    return i;
  }
  return undefined;
}

/** DAUGHTER-KRISSY, son-Rob: a relation word joined to a name by a hyphen. */
function relationHyphenName(c: WordScan, i: number): number | undefined {
  const { lex, push, nameEnds } = c;
  const t = c.toks[i] as Token;
  const w = t.low;
  if (t.raw.includes('-') && RELATIONS.has(w.split('-')[0] ?? '') && !RELATIONS.has(w)) {
    const rest = t.raw.slice(t.raw.indexOf('-') + 1);
    const rl = rest.toLowerCase();
    if (rl.length > 1 && !STOP.has(rl) && !lex.clinical.has(rl) && !rl.includes('-') && !RELATIONS.has(rl) && rl !== 'law' &&
      (lex.firstNames.has(rl) || lex.surnames.has(rl) || !lex.common.has(rl))) {
      push(t.e - rest.length, t.e, 'NAME');
      nameEnds.add(t.e);
    }
    return i;
  }
  return undefined;
}

/** Relatives and roles: son bill, daughter (Marcela Carlson), wife: Mary. */
/** What a relative named right before it does: calls, visits, is updated, lives somewhere, or their phone number. */
const RELATIVE_ACTS = /^[ \t]{0,2},?[ \t]{1,3}(?:left\s+(?:a\s+)?(?:phone|message|msg|number|#)|in\s+(?:most|all|much)\s+(?:of\s+(?:the\s+)?)?day|called|calls|phoned|visited|visits|visiting|in\s+to\s+(?:visit|see)|(?:was|is|were)\s+(?:updated|in\b|here|aware|notified|called|at\s+bedside)|updated|lives|arrived|consented|states|stated|spoke|came|notified|\(?\d{3}[\s)\-]{1,3}\d{3}-?\d{4})/i;
/** Words between a family word and a verb that are no name: adverbs, counts, ages, places of the person. */
const NOT_RELATIVE_NAME = /^(?:\w+ly|later|never|once|twice|again|already|finally|frequently|since|tonight|both|all|who|which|has|had|also|then|just|here|there|home|last|first|second|third|finally|alone|together|too|earlier|briefly|yesterday|overnight|recently|previously|eventually)$/;

// Words between a relative's given name and a verb that are no surname ("son jim just called").
const NOT_SURNAME_ADVERB = /^(?:just|now|still|even|also|then|too|again|already|never|finally|later|today|tonight|yesterday|himself|herself|both|all|who|which|that|has|had|have|will|would|may|can|could|should|did|does|not|and|but|was|were)$/;

function relationName(c: WordScan, i: number): number | undefined {
  const { text, lex, toks, tok, gap, isName, markName, listAfter } = c;
  const t = c.toks[i] as Token;
  const w = t.low;
  if (RELATIONS.has(w) || (w === 'law' && text[t.s - 1] === '-')) {
    let j = i + 1;
    let nt = tok(j);
    if (nt && (nt.low === 'is' || nt.low === 'named') && /^\s+$/.test(gap(t, nt))) { j++; nt = tok(j); }
    // A given name that is also a word names a relative right after the relation word: "wife, rose,", "GIRLFRIEND EVE", "Husband Rich".
    const givenWord = nt !== undefined && (lex.contextGiven.has(nt.low) || (lex.firstNames.has(nt.low) && lex.common.has(nt.low))) &&
      !STOP.has(nt.low) && !PERSON_VERBS.has(nt.low) && !lex.clinical.has(nt.low) && !GENERIC_PLACES.has(nt.low);
    // In mixed-case prose a capitalised word right after a family word is the relative's name even when it is also
    // an ordinary word ("Called wife Magic re: discharge", "son Hunter"): nothing else is capitalised mid-sentence there.
    const capWord = nt !== undefined && c.mode === 'mixed' && FAMILY.has(w) && nt.cap && !nt.upper && /^[ \t]{1,2}$/.test(gap(toks[j - 1] as Token, nt)) &&
      !STOP.has(nt.low) && !PERSON_VERBS.has(nt.low) && !lex.clinical.has(nt.low) && !GENERIC_PLACES.has(nt.low) && !TITLES.has(nt.low);
    // "son bill called", "SON ROB 285-...", "daughter pat lives close by": between a family word and what a person does, a
    // word is the relative's name in any case and even when it is an English word (no list needed).
    const actsAfter = nt !== undefined && FAMILY.has(w) && nt.low.length >= 3 && /^[A-Za-z][a-z]*$|^[A-Z]+$/.test(nt.raw) && !STOP.has(nt.low) &&
      !PERSON_VERBS.has(nt.low) && !lex.clinical.has(nt.low) && !TITLES.has(nt.low) && !RELATIONS.has(nt.low) && !NOT_RELATIVE_NAME.test(nt.low) &&
      RELATIVE_ACTS.test(text.slice(nt.e, nt.e + 32));
    if (nt && /^[\s,(:\-]{1,4}$/.test(gap(toks[j - 1] as Token, nt)) && (isName(nt, 'medium') || givenWord || capWord || actsAfter) && !RELATIONS.has(nt.low)) {
      // Thirteenth pass: a surname that is also an English word after the relative's given name, when what a person does
      // follows it ("daughter rita hickey called", "son jim ward visited"): the verb says the name goes on.
      const sn = tok(j + 1);
      const surname = sn !== undefined && /^[ \t]$/.test(gap(nt, sn)) && (lex.surnames.has(sn.low) || lex.firstNames.has(nt.low)) && /^[A-Za-z][a-z]{2,}$|^[A-Z]{3,}$/.test(sn.raw) && !STOP.has(sn.low) &&
        !NOT_SURNAME_ADVERB.test(sn.low) &&
        !PERSON_VERBS.has(sn.low) && !lex.clinical.has(sn.low) && !RELATIONS.has(sn.low) && !NOT_RELATIVE_NAME.test(sn.low) &&
        RELATIVE_ACTS.test(text.slice(sn.e, sn.e + 32));
      const b = markName(j, surname ? j + 1 : j);
      listAfter(b, 'medium');
    }
    return i;
  }
  return undefined;
}

/** After "SN": an optional colon, hash or "no.", then a value with a digit in its first word (a serial number follows). */
const SERIAL_AFTER = /^[ \t]*(?:[:#]|no\.?)?[ \t]*[A-Z]{0,4}[ -]?[A-Z0-9-]*\d/;

// The credentials after which an unknown word signs a note ("quorvin rn"): a set, since every token is asked (speed).
const SIGN_OFF_CREDENTIALS = new Set(['rn', 'np', 'md', 'lpn', 'rrt', 'crt', 'pa']);

/** Signatures: "Patricia Nolan, RN", "ROBERT V. DEGIORGIO, RRT". */
function signatureName(c: WordScan, i: number): number | undefined {
  const { text, lex, push, toks, n, mode, tok, gap, adjacent, isName, isInitial } = c;
  const t = c.toks[i] as Token;
  const w = t.low;
  const unknownBefore = i > 0 && SIGN_OFF_CREDENTIALS.has(w) && ((pw) => /^[a-z]{4,}$/.test(pw) && !lex.common.has(pw) && !lex.clinical.has(pw) && !CLINICAL_SHAPE.test(pw) && !STOP.has(pw))((toks[i - 1] as Token).low);
  // Credentials written with full stops: "Mary Hulse, R.N.", "M.D.".
  const dottedCred = t.raw.length === 1 && /[A-Z]/.test(t.raw) && i + 1 < n && text[t.e] === '.' && (toks[i + 1] as Token).s === t.e + 1 &&
    (toks[i + 1] as Token).raw.length === 1 && text[(toks[i + 1] as Token).e] === '.' && CREDENTIALS.has(w + (toks[i + 1] as Token).low);
  // "SN" before a number is a serial-number label ("Defibrillator SN 4481-2277", "SN: REZ 036945"), not a student
  // nurse's credential, so the device word before it is no name.
  const serialLabel = w === 'sn' && SERIAL_AFTER.test(text.slice(t.e, t.e + 24));
  if ((CREDENTIALS.has(w) || dottedCred) && i > 0 && !serialLabel && (t.upper || dottedCred || w.length > 2 || /[A-Z]{2}/.test(t.raw) || unknownBefore)) {
    const pv = toks[i - 1] as Token;
    const pp = tok(i - 2);
    const afterInitial = pp !== undefined && isInitial(pp) && !STOP.has(pv.low) && pv.low.length >= 2;
    // Two title-case words before a credential are a name even when the surname is a clinical word (Bernard Foley CRT).
    const titlePair = mode === 'mixed' && pv.cap && !pv.upper && !lex.common.has(pv.low) && !STOP.has(pv.low) && pp !== undefined && adjacent(pp, pv) &&
      pp.cap && !pp.upper && !STOP.has(pp.low) && !lex.clinical.has(pp.low) && !TITLES.has(pp.low);
    if (/^,?[ \t]{0,3}$/.test(gap(pv, t)) && !/\n/.test(gap(pv, t)) && (isName(pv, 'medium') || afterInitial || titlePair) && (mode !== 'mixed' || pv.cap || !lex.common.has(pv.low))) {
      let a = i - 1;
      while (a - 1 >= 0 && i - a < 4) {
        const p2 = toks[a - 1] as Token;
        if (!adjacent(p2, toks[a] as Token)) break;
        // Between a person cue and "surname credential" any word is the given name: "PER WARREN KAVALIUNAS NP".
        const p3 = tok(a - 2);
        const sandwiched = a === i - 1 && p3 !== undefined && (ROLE_CUES.has(p3.low) || TITLES.has(p3.low)) && /^\.?[ \t]{1,2}$/.test(gap(p3, p2)) &&
          p2.low.length >= 3 && !STOP.has(p2.low) && !lex.clinical.has(p2.low) && !CREDENTIALS.has(p2.low) && !PERSON_VERBS.has(p2.low);
        if (isInitial(p2) || isName(p2, 'medium') || sandwiched || (mode === 'mixed' && p2.cap && !STOP.has(p2.low) && !lex.clinical.has(p2.low))) a--;
        else break;
      }
      for (let k = a; k < i; k++) push((toks[k] as Token).s, (toks[k] as Token).e, 'NAME');
      return i;
    }
  }
  return undefined;
}

/** Facility words: CALVERT HOSPITAL, Sacred Heart Memorial, Franklin Square Medical Center. */
function facilityPlace(c: WordScan, i: number): number | undefined {
  const { text, lex, push, toks, mode, tok, adjacent } = c;
  const t = c.toks[i] as Token;
  const w = t.low;
  if (FACILITY.has(w) && i > 0 && (w !== 'medical' || /^(?:center|centre|ctr|campus|school|college)$/.test(tok(i + 1)?.low ?? '')) && (w !== 'urgent' || tok(i + 1)?.low === 'care') &&
    // "MICU Nursing Note" is a unit's note; a nursing home or facility is a place.
    // Only the unit's own note is spared: "MICU Nursing Note", "P-MICU NURSING ADMISSION NOTE"; "Levindale Nursing" is a place.
    (w !== 'nursing' || !/^(?:note|notes|admission|progress|addendum|assessment|summary|care|plan|transfer|update|report)$/.test(tok(i + 1)?.low ?? '') || /^(?:homes?|facility|center|centre|care)$/.test(tok(i + 2)?.low ?? '') || tok(i + 1)?.low === 'care') && (mode !== 'mixed' || t.cap || w === 'hospital' || w === 'hosp' || w === 'campus')) {
    let a = i;
    while (a - 1 >= 0 && FACILITY.has((toks[a - 1] as Token).low) && !FACILITY_NAMEPART.has((toks[a - 1] as Token).low) && adjacent(toks[a - 1] as Token, toks[a] as Token)) a--;
    const lastName = a - 1;
    // Collect up to three candidate words before the facility word, then keep them if they look like a name,
    // or if the run follows a place preposition (TAKEN TO UNION MEMORIAL HOSPITAL, from franklin square hosp).
    let run = a;
    while (run - 1 >= 0 && lastName - run < 2) {
      const p = toks[run - 1] as Token;
      if (!adjacent(p, toks[run] as Token)) break;
      const pl = p.low;
      // A clinical word right before the facility words is its name when written as one (Salem Memorial Hospital), not a specialty.
      const clinicalName = lex.clinical.has(pl) && mode === 'mixed' && p.cap && !p.upper && !ORG_SPECIALTY.has(pl);
      if ((STOP.has(pl) && pl !== 'st') || GENERIC_FACILITY_ADJ.test(pl) || (lex.clinical.has(pl) && !clinicalName) || (FACILITY.has(pl) && !FACILITY_NAMEPART.has(pl)) || LOC_PREP.has(pl)) break;
      if (mode === 'mixed' && !p.cap) break;
      run--;
    }
    const before = tok(run - 1);
    const afterPrep = before !== undefined && /^(?:to|from|at|the|in|of|into)$/.test(before.low);
    for (let k = lastName; k >= run; k--) {
      const p = toks[k] as Token;
      const pl = p.low;
      const nameLike = !lex.common.has(pl) || lex.places.has(pl) || lex.firstNames.has(pl) || lex.surnames.has(pl) || pl === 'st';
      if (nameLike || afterPrep || (mode === 'mixed' && !isSentenceStart(text, p.s))) a = k;
      else break;
    }
    if (a <= lastName) {
      const end = FACILITY_NAMEPART.has(w) ? t.e : (toks[lastName] as Token).e;
      push((toks[a] as Token).s, end, 'LOCATION');
      return i;
    }
  }
  return undefined;
}

/** Street address: 19 Clover St. */
function streetAddress(c: WordScan, i: number): number | undefined {
  const { text, lex, push, toks, mode, adjacent } = c;
  const t = c.toks[i] as Token;
  const w = t.low;
  if (STREET.has(w) && i > 0 && (t.cap || mode !== 'mixed' || STREET_FULL.has(w))) {
    // The street name: one word, or up to three capitalised words in mixed case (1187 Orchard Bend Road).
    let k = i - 1;
    while (mode === 'mixed' && k > 0 && i - k < 3 && t.cap && (toks[k] as Token).cap && (toks[k - 1] as Token).cap && adjacent(toks[k - 1] as Token, toks[k] as Token)
      && !/\d\s+$/.test(text.slice(Math.max(0, (toks[k] as Token).s - 8), (toks[k] as Token).s))) k--;
    const p = toks[k] as Token;
    // A directional may stand between the number and the name (6314 N. Elm Dr.).
    const num = /(\d{1,6})\s+(?:(?:[NSEW]|NE|NW|SE|SW)\.?\s+)?$/.exec(text.slice(Math.max(0, p.s - 12), p.s));
    // Capitalised words between a house number and a street word are a street name whatever they look like (676 Pine Ave).
    const capStreet = mode === 'mixed' && p.cap && t.cap;
    const lowerStreet = !p.cap && STREET_FULL.has(w) && /^[a-z]+$/.test(p.low);
    if (num && adjacent(toks[i - 1] as Token, t) && !STOP.has(p.low) && (capStreet || (!lex.clinical.has(p.low) && !CLINICAL_SHAPE.test(p.low))) && (mode !== 'mixed' || p.cap || lowerStreet)) {
      // The whole address line: number, name and street word (the street word stays out when it is a bare "St" of a saint).
      push(p.s - num[0].length, t.e, 'LOCATION');
      // The town after the address line: "123 Main Street, Boston" (a city is a Safe Harbor geographic subdivision).
      const town = /^\.?,\s{0,2}([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\b/.exec(text.slice(t.e, t.e + 60));
      if (town && !/^(?:Apt|Apartment|Suite|Ste|Unit|Floor|Fl|Room|Rm|Bldg|Building)\b/.test(town[1]!)) {
        const start = t.e + town[0].length - town[1]!.length;
        push(start, start + town[1]!.length, 'LOCATION');
      }
      return i;
    }
  }
  return undefined;
}

/** City, ST / City, State. */
function cityState(c: WordScan, i: number): number | undefined {
  const { text, lex, push, toks, mode, tok, gap, adjacent } = c;
  const t = c.toks[i] as Token;
  const w = t.low;
  // Only a two-letter state code needs what follows it; most tokens are not one.
  const stateCode = t.raw.length === 2 && STATES.has(w);
  const zipAfter = stateCode && /^,?\s{0,2}\d{5}\b/.test(text.slice(t.e, t.e + 9));
  const lineEnd = stateCode && /^\s*(?:\n|$)/.test(text.slice(t.e, t.e + 3));
  const stateOk = stateCode && (
    !STATE_AMBIGUOUS.has(w) ? (mode !== 'upper' || zipAfter || lineEnd || t.upper) && (t.upper || (w === 'md' || w === 'ma'))
      : zipAfter || (mode !== 'upper' && t.upper) || ((w === 'md' || w === 'ma') && ((i > 0 && gap(toks[i - 1] as Token, t) === ',') || lineEnd)));
  if (i > 0 && (stateOk || w.length > 4 && t.cap && lex.places.has(w))) {
    const p = toks[i - 1] as Token;
    // "Town, ST" in a mixed-case note: a title-case word before a capitalised state code is a town whatever its ending (Garsby, IL).
    const titleTown = mode === 'mixed' && p.cap && !p.upper && t.upper && stateOk;
    if (/^,\s{0,2}$/.test(gap(p, t)) && !STOP.has(p.low) && !lex.clinical.has(p.low) && (titleTown || !CLINICAL_SHAPE.test(p.low)) && (mode === 'mixed' ? p.cap : true) && (mode !== 'upper' || !lex.common.has(p.low) || lex.places.has(p.low))) {
      let a = i - 1;
      const p2 = tok(a - 1);
      if (p2 && adjacent(p2, p) && !STOP.has(p2.low) && !lex.clinical.has(p2.low) && (mode === 'mixed' ? p2.cap : !lex.common.has(p2.low) || lex.places.has(p2.low))) a--;
      push((toks[a] as Token).s, p.e, 'LOCATION');
      return i;
    }
  }
  return undefined;
}

/** Prepositions and living/working cues: lives in Lansdowne, transfer to GH, from ROME, works for Vista. "employer, Northrop Grumman" / "employer: Acme Tool": one or two capitalised words after the cue. An organisation named after an employer cue: "employer: Acme Tool", "CEO OF ZENTRIX", "his business Quorvia". */
function employerOrganisation(c: WordScan, i: number): number | undefined {
  const { text, lex, push, toks, n, mode, tok, gap, adjacent } = c;
  const t = c.toks[i] as Token;
  const w = t.low;
  if (i + 1 < n && (w === 'employer' || ((w === 'of' || w === 'business' || w === 'company' || w === 'firm') && ORG_CUE.test(text.slice(Math.max(0, t.s - 24), t.e))))) {
    const nt = toks[i + 1] as Token;
    if (/^\s*(?:is\s+)?[,:]?\s*$/.test(gap(t, nt)) && nt.low !== 'is' && (mode === 'upper' ? !lex.common.has(nt.low) : nt.cap) && !STOP.has(nt.low) && !lex.clinical.has(nt.low)) {
      const nx = tok(i + 2);
      const two = nx !== undefined && adjacent(nt, nx) && (mode === 'upper' ? !lex.common.has(nx.low) : nx.cap) && !STOP.has(nx.low);
      push(nt.s, (two ? nx : nt).e, 'LOCATION');
      return i;
    }
  }
  return undefined;
}

/** wardAfterRoomNumber */
function wardAfterRoomNumber(c: WordScan, i: number): number | undefined {
  const { text, lex, push, toks, n, gap } = c;
  const t = c.toks[i] as Token;
  const w = t.low;
  if ((w === 'to' || w === 'from') && i + 1 < n && /^[ \t]+\d{3,4}[ \t]+$/.test(gap(t, toks[i + 1] as Token)) && TRANSFER_CUE.test(text.slice(Math.max(0, t.s - 30), t.s))) {
    // A ward after a bed or room number: "transferred to 209 brakemoor".
    const nt = toks[i + 1] as Token;
    if (nt.low.length >= 5 && !lex.common.has(nt.low) && !lex.clinical.has(nt.low) && !STOP.has(nt.low) && !CLINICAL_SHAPE.test(nt.low)) {
      push(nt.s, nt.e, 'LOCATION');
      return i;
    }
  }
  return undefined;
}

/** placeAfterPreposition */
function placeAfterPreposition(c: WordScan, i: number): number | undefined {
  const { text, lex, push, toks, n, mode, nameEnds, tok, gap, adjacent } = c;
  const t = c.toks[i] as Token;
  const w = t.low;
  const employPrep = (w === 'for' || w === 'by' || w === 'with') && i + 1 < n && EMPLOY_CUE.test(text.slice(Math.max(0, t.s - 24), (toks[i + 1] as Token).s));
  if (LOC_PREP.has(w) || LIVE_CUE.has(w) || employPrep) {
    const nt = tok(i + 1);
    if (!nt || !/^[ \t]{1,3}$/.test(gap(t, nt))) return i;
    const nl = nt.low;
    // A word that ends a form label ("Home meds:", "Living situation:") is no place.
    if (STOP.has(nl) || lex.clinical.has(nl) || nl.length < 2 || (text[nt.e] === ':' && mode === 'mixed')) return i;
    // A compass word before a country or region is part of its name (South Africa, North Korea), no smaller place.
    if (/^(?:north|south|east|west|central|northern|southern|eastern|western)$/.test(nl) && lex.clinical.has(tok(i + 2)?.low ?? '')) return i;
    if (nt.raw.includes('-') && nl.split('-').some((p) => lex.common.has(p) || lex.clinical.has(p) || p.length < 2)) return i;
    // The context tests after the cheap vetoes above (most words after a preposition are function or clinical words).
    const employ = EMPLOY_CUE.test(text.slice(Math.max(0, nt.s - 24), nt.s));
    const living = LIVE_CUE.has(w) || (i > 0 && LIVE_CUE.has((toks[i - 1] as Token).low)) || (i > 1 && LIVE_CUE.has((toks[i - 2] as Token).low) && w !== 'with');
    const known = lex.places.has(nl) && !lex.common.has(nl) && (nt.cap || mode !== 'mixed');
    const unknown = !lex.common.has(nl) && !lex.firstNames.has(nl) && !CLINICAL_SHAPE.test(nl);
    // A capitalised word after a place preposition, where capitals carry information (not an all-caps note).
    const afterName = w === 'of' && i > 0 && nameEnds.has((toks[i - 1] as Token).e);
    const moveCue = TRANSFER_CUE.test(text.slice(Math.max(0, t.s - 30), t.s)) && (w === 'to' || w === 'from' || w === 'at');
    const capProper = mode !== 'upper' && nt.cap && !nt.upper && !isSentenceStart(text, nt.s) &&
      (unknown && (w === 'to' || w === 'from' || w === 'at' || afterName || (w === 'in' && nl.length >= 4)) || living || employ);
    const nx0 = tok(i + 2);
    const moved = moveCue && unknown && nl.length >= 4 && (mode !== 'mixed' || nt.cap || nl.length >= 6);
    // Hospitals named by an ordinary word (sent to Seaport, from Calloway Heights): a capitalised word after a move
    // cue in a note that is not all capitals, unless it is a generic destination (Rehab, Floor, Home).
    const movedCap = moveCue && mode !== 'upper' && nt.cap && !nt.upper && !isSentenceStart(text, nt.s) && nl.length >= 4 &&
      !GENERIC_PLACES.has(nl) && !FACILITY.has(nl) && !CLINICAL_NAME_SHAPE.test(nl) && (!lex.firstNames.has(nl) || (nx0 !== undefined && adjacent(nt, nx0) && nx0.cap));
    const lowerUnknown = mode !== 'upper' && (living || employ) && unknown;
    // Someone travelling "from X" (a relative, a flight) comes from a place, even a short one (DAUGHTER FROM ROME).
    const travel = w === 'from' && /\b(?:fl(?:y|ying|ew|ight)|arriv\w*|com(?:e|es|ing)|driv\w*|travel\w*|visiting|sons?|daughters?|daugher|dtr|sisters?|brothers?|wife|husband|family|relatives?)\b[^.\n]{0,30}$/i.test(text.slice(Math.max(0, t.s - 40), t.s));
    const upperUnknown = mode === 'upper' && (living || employ || (w === 'from' && (nl.length >= 5 || !nearWord(lex, nl) || travel)) || (w === 'in' && i > 0 && RELATIONS.has((toks[i - 1] as Token).low))) && unknown && nl.length >= 4;
    // Two words after "lives in" when the second is not a word at all (lives in north brakeford).
    const livingPair = living && LOC_PREP.has(w) && mode !== 'upper' && !lex.clinical.has(nl) && nx0 !== undefined && adjacent(nt, nx0) && nx0.low.length >= 4 &&
      !lex.common.has(nx0.low) && !lex.clinical.has(nx0.low) && !CLINICAL_SHAPE.test(nx0.low);
    if (known || capProper || lowerUnknown || upperUnknown || moved || movedCap || livingPair || (employ && !CLINICAL_SHAPE.test(nl) && (mode !== 'mixed' || nt.cap || !lex.common.has(nl)))) {
      let b = i + 1;
      const nx = tok(b + 1);
      if (nx && adjacent(nt, nx) && !lex.clinical.has(nx.low) && !STOP.has(nx.low) &&
        ((mode === 'upper' ? !lex.common.has(nx.low) : nx.cap) || PLACE_SUFFIX.has(nx.low) || livingPair || (employ && FACILITY.has(nx.low)))) b++;
      push(nt.s, (toks[b] as Token).e, 'LOCATION');
    }
    return i;
  }
  return undefined;
}

/** Roles and reporting cues: per X, HO X, MD X, X aware, E. WELSH. */
function roleCueName(c: WordScan, i: number): number | undefined {
  const { lex, mode, tok, gap, isName, isInitial, markName } = c;
  const t = c.toks[i] as Token;
  const w = t.low;
  // A role with the person's name in brackets: "RN (Edward) followed", "PCP (Okafor)". Capitalised, not a clinical word.
  if ((SANDWICH_ROLES.has(w) || CREDENTIALS.has(w)) && !WEAK_ROLE_CUES.has(w) && i + 1 < c.n) {
    const nt = tok(i + 1) as Token;
    if (/^[ \t]{0,2}\($/.test(gap(t, nt)) && c.text[nt.e] === ')' && (mode === 'upper' || nt.cap) && nt.low.length >= 3 && !STOP.has(nt.low) &&
      !lex.clinical.has(nt.low) && !CREDENTIALS.has(nt.low) && !SANDWICH_ROLES.has(nt.low) && !NOT_NAME_AFTER.test(nt.low) && !(mode !== 'upper' && nt.upper) &&
      !lex.common.has(nt.low)) {
      markName(i + 1, i + 1);
      return undefined;
    }
  }
  if (ROLE_CUES.has(w)) {
    const nt = tok(i + 1);
    const weakCue = WEAK_ROLE_CUES.has(w);
    if (nt && /^[ \t]{1,2}$/.test(gap(t, nt)) && !isInitial(nt)) {
      const lexName = lex.surnames.has(nt.low) || lex.firstNames.has(nt.low);
      const verbish = PERSON_VERBS.has(nt.low) || AFTER_CUES.has(nt.low) || /(?:ed|ing)$/.test(nt.low) || STOP.has(nt.low) || lex.clinical.has(nt.low);
      const unknownWord = nt.low.length >= 4 && !lex.common.has(nt.low) && !lex.clinical.has(nt.low) && !CLINICAL_NAME_SHAPE.test(nt.low) && !nt.raw.includes('-');
      const ok = weakCue ? (lexName || (w === 'per' && unknownWord)) && !lex.common.has(nt.low) && !lex.clinical.has(nt.low) && (mode === 'upper' || nt.cap)
        : (isName(nt, 'medium') && (mode === 'upper' || nt.cap || !lex.common.has(nt.low))) || (!verbish && (lex.surnames.has(nt.low) || lex.contextNames.has(nt.low)) && (mode === 'upper' || nt.cap));
      if (ok) markName(i + 1, i + 1);
    }
  }
  return undefined;
}

/** reportingCueName */
function reportingCueName(c: WordScan, i: number): number | undefined {
  const { lex, toks, mode, gap, isName, markName } = c;
  const t = c.toks[i] as Token;
  const w = t.low;
  if (AFTER_CUES.has(w) && i > 0) {
    // "X aware", "X made aware", "X was notified".
    let k = i - 1;
    if (/^(?:made|was|were|is|been|also)$/.test((toks[k] as Token).low) && k > 0 && /^[ \t]{1,2}$/.test(gap(toks[k - 1] as Token, toks[k] as Token))) k--;
    const pv = toks[k] as Token;
    const role = k > 0 ? toks[k - 1] as Token : undefined;
    // Between a role and a reporting cue any word is a name (NP lark made aware, HO Brady notified).
    const sandwich = role !== undefined && (SANDWICH_ROLES.has(role.low) || TITLES.has(role.low)) && /^\.?[ \t]{1,2}$/.test(gap(role, pv)) &&
      !STOP.has(pv.low) && !lex.clinical.has(pv.low) && !CREDENTIALS.has(pv.low) && pv.low.length >= 2;
    if (/^[ \t]{1,2}$/.test(gap(pv, toks[k + 1] as Token)) && (sandwich || (isName(pv, 'medium') && !lex.clinical.has(pv.low) && (mode === 'upper' || pv.cap)))) markName(k, k);
  }
  return undefined;
}

/** initialName */
function initialName(c: WordScan, i: number): number | undefined {
  const { text, lex, push, toks, n, mode, tok, gap, isInitial, markName } = c;
  const t = c.toks[i] as Token;
  // In an all-caps note an initial may lack its full stop ("PAPS, J SMITH ORDERED"): then only with a cue after the surname.
  const bare = isBareInitial(text, mode, t) && i + 2 < n &&
    /^[ \t]$/.test(gap(t, toks[i + 1] as Token)) && /^[ \t]{1,2}$/.test(gap(toks[i + 1] as Token, toks[i + 2] as Token)) &&
    (PERSON_VERBS.has((toks[i + 2] as Token).low) || AFTER_CUES.has((toks[i + 2] as Token).low)) && !lex.clinical.has((toks[i + 1] as Token).low);
  if (bare && (toks[i + 1] as Token).low.length > 2 && !STOP.has((toks[i + 1] as Token).low)) {
    push(t.s, t.e, 'NAME');
    markName(i + 1, i + 1);
    return i;
  }
  // After a number the capital is a unit, not an initial ("on 2 L. Physio to review", "500 G. Next").
  if (isInitial(t) && i + 1 < n && (t.s === 0 || /[\s(,;-]/.test(text[t.s - 1] ?? '')) && !/\d[ \t]{0,2}$/.test(text.slice(Math.max(0, t.s - 3), t.s))) {
    const nt = toks[i + 1] as Token;
    const lexName = lex.surnames.has(nt.low) || lex.firstNames.has(nt.low);
    const after = tok(i + 2);
    // What a person does after the name is a cue too: "Z. MILLER IN TO STRIP TUBES", "J. Ruiz ordered".
    const cueAfter = after !== undefined && /^[ \t,]{1,3}$/.test(gap(nt, after)) && (AFTER_CUES.has(after.low) || CREDENTIALS.has(after.low) ||
      PERSON_VERBS.has(after.low) || (after.low === 'in' && tok(i + 3)?.low === 'to'));
    const roleBefore = i > 0 && INITIAL_ROLES.has((toks[i - 1] as Token).low) && (mode === 'upper' || nt.cap) &&
      !lex.clinical.has(nt.low) && !STOP.has(nt.low) && (mode === 'upper' || !lex.common.has(nt.low));
    const strongNext = lexName || cueAfter || roleBefore || (!/[AaPpSsOoIi]/.test(t.raw) && !lex.common.has(nt.low) && !lex.clinical.has(nt.low) && !CLINICAL_NAME_SHAPE.test(nt.low) && !nt.raw.includes('-'));
    if (/^\.[ \t]{1,2}$/.test(gap(t, nt)) && strongNext && (mode === 'upper' ? true : nt.cap || mode === 'lower') && nt.low.length > 2) {
      push(t.s, t.e, 'NAME');
      markName(i + 1, i + 1);
      return i;
    }
  }
  return undefined;
}

/** Religious and civic hospital names without a facility word: Holy Cross, Sacred Heart, St. Agnes. */
function facilityPair(c: WordScan, i: number): number | undefined {
  const { push, toks, n, tok, adjacent } = c;
  const t = c.toks[i] as Token;
  const w = t.low;
  if (i + 1 < n && FACILITY_PAIR_FIRST.has(w) && FACILITY_PAIRS.has(`${w} ${(toks[i + 1] as Token).low}`) && adjacent(t, toks[i + 1] as Token)) {
    const third = tok(i + 2);
    const withPart = third !== undefined && FACILITY_NAMEPART.has(third.low) && adjacent(toks[i + 1] as Token, third);
    push(t.s, (withPart ? third : (toks[i + 1] as Token)).e, 'LOCATION');
    i += withPart ? 2 : 1;
    return i;
  }
  return undefined;
}

/** saintPlace */
function saintPlace(c: WordScan, i: number): number | undefined {
  const { text, lex, push, toks, n, mode, gap } = c;
  const t = c.toks[i] as Token;
  const w = t.low;
  // St. John's wort is a herb.
  if ((w === 'st' || w === 'saint') && i + 1 < n && !/^[ \t]{1,2}wort\b/i.test(text.slice((toks[i + 1] as Token).e, (toks[i + 1] as Token).e + 8))) {
    const nt = toks[i + 1] as Token;
    const g = gap(t, nt);
    // "to ST MARY", "return to St Mary's": after a function word or at a line start "St" is Saint, not Street (Main St) or
    // the ST segment (ST ELEVATION: an English word follows), so an unlisted name follows it too.
    const pv = i > 0 ? toks[i - 1] as Token : undefined;
    const afterFunction = (pv === undefined || (STOP.has(pv.low) && /^[ \t]{1,2}$/.test(text.slice(pv.e, t.s))) || /\n\s*$/.test(text.slice(pv.e, t.s))) &&
      !/[\d/]$/.test(text.slice(0, t.s));
    const saintName = afterFunction && nt.low.length >= 3 && !lex.common.has(nt.low) && !lex.clinical.has(nt.low) && !STOP.has(nt.low) && !CLINICAL_NAME_SHAPE.test(nt.low) && !CLINICAL_SHAPE_STRICT.test(nt.low) &&
      (nt.cap || mode === 'upper');
    if (/^\.?[ \t]{1,2}$/.test(g) && (lex.firstNames.has(nt.low) || saintName || (mode !== 'upper' && nt.cap && !lex.clinical.has(nt.low) && (g.startsWith('.') || w === 'saint')))) {
      push(t.s, nt.e, 'LOCATION');
      i++;
      return i;
    }
  }
  return undefined;
}

/** University of X, U of X. */
function uOfPlace(c: WordScan, i: number): number | undefined {
  const { push, toks, n, adjacent } = c;
  const t = c.toks[i] as Token;
  const w = t.low;
  if (w === 'u' && t.cap && i + 1 < n && adjacent(t, toks[i + 1] as Token) && /^(?:maryland|md|mass|penn|michigan|chicago|virginia|va)$/.test((toks[i + 1] as Token).low)) {
    push(t.s, (toks[i + 1] as Token).e, 'LOCATION');
    i++;
    return i;
  }
  return undefined;
}

/** universityOfPlace */
function universityOfPlace(c: WordScan, i: number): number | undefined {
  const { push, toks, n } = c;
  const t = c.toks[i] as Token;
  const w = t.low;
  if ((w === 'university' || w === 'univ' || w === 'u') && i + 2 < n && (toks[i + 1] as Token).low === 'of' && (w !== 'u' || t.upper || t.cap)) {
    const nt = toks[i + 2] as Token;
    if (!STOP.has(nt.low) || STATES.has(nt.low)) { push(t.s, nt.e, 'LOCATION'); i += 2; return i; }
  }
  return undefined;
}

/** Wards named after places or people: QUARTERMAIN 2, Smith7. */
function wardName(c: WordScan, i: number): number | undefined {
  const { text, lex, push, toks, mode } = c;
  const t = c.toks[i] as Token;
  const w = t.low;
  const prevLow = i > 0 ? (toks[i - 1] as Token).low : '';
  // A ward number follows at once or after one space: test that first, it rules out almost every token.
  const d0 = text.charCodeAt(t.e);
  const d1 = d0 === 32 ? text.charCodeAt(t.e + 1) : d0;
  if (d1 >= 48 && d1 <= 57 && w.length >= 5 && /^[a-z]+$/.test(w) && !/[xq]$/.test(w) && (mode !== 'mixed' || t.cap || /^(?:to|from|on|at|in)$/.test(prevLow)) && !lex.common.has(w) && !lex.clinical.has(w) && !CLINICAL_SHAPE.test(w) &&
    /^ ?\d(?![\d,\/%a-z']|\.\d)(?!\s*(?:mg|gm|g|mcg|cc|ml|l|units?|u|hrs?|h|x|times|days?|min|tabs?|puffs?|mm|cm|meq|kg|lpm|liters?|amps?|doses?|%|-|to)\b)/i.test(text.slice(t.e, t.e + 14))) {
    push(t.s, /^\d/.test(text[t.e] ?? '') ? t.e + 1 : t.e, 'LOCATION');
    return i;
  }
  return undefined;
}

/** `/(?:H|MC)$/i.test(w)` by character codes (`| 32` lower-cases an ASCII letter and maps no other code unit onto one). */
function endsHOrMc(w: string): boolean {
  const z = w.charCodeAt(w.length - 1) | 32;
  return z === 104 || (z === 99 && (w.charCodeAt(w.length - 2) | 32) === 109);
}

/** Hospital abbreviations: GH, MGH, GBMC (ending in H or MC), unless clinical. */
function hospitalAbbreviation(c: WordScan, i: number): number | undefined {
  const { text, lex, push, toks, mode } = c;
  const t = c.toks[i] as Token;
  // The length and the last letters first: every token comes here (speed).
  if (t.raw.length >= 2 && t.raw.length <= 5 && endsHOrMc(t.raw) && (t.upper || (mode !== 'upper' && /^[a-z]+$/.test(t.raw))) && (tokenFlags(lex, t) & (IN_CLINICAL | IN_COMMON)) === 0 &&
    !/\d$/.test(text.slice(Math.max(0, t.s - 1), t.s)) && !/^(?:[\d\/]|\s*:)/.test(text.slice(t.e, t.e + 3)) &&
    t.raw.length <= 4 && ((i > 0 && /^(?:to|at|from|in|into|the|of|by|leave|left|@)$/.test((toks[i - 1] as Token).low)) || /(?:->|@|>)\s*$/.test(text.slice(Math.max(0, t.s - 4), t.s)) ||
      (mode !== 'upper' && t.upper && t.raw.length <= 3))) {
    push(t.s, t.e, 'LOCATION');
    return i;
  }
  return undefined;
}

/** "JOHN STATES", "Radu verbalizes", "bill called": a given name or an unknown capitalised word before a person verb. */
function personVerbName(c: WordScan, i: number): number | undefined {
  const { lex, toks, n, mode, gap, markName, listAfter } = c;
  const t = c.toks[i] as Token;
  const w = t.low;
  if (i + 1 < n && PERSON_VERBS.has((toks[i + 1] as Token).low) && /^[ \t]{1,2}$/.test(gap(t, toks[i + 1] as Token)) && !STOP.has(w) && !lex.clinical.has(w) && w.length > 2) {
    const given = (lex.firstNames.has(w) || lex.surnames.has(w)) && (mode !== 'mixed' || t.cap || !lex.common.has(w));
    const unknownCap = !lex.common.has(w) && !CLINICAL_NAME_SHAPE.test(w) && !t.raw.includes('-') && (mode === 'upper' || t.cap) && !LEX_ONLY_VERBS.has((toks[i + 1] as Token).low);
    // "social: bill called", "family- george visited": after a visitors label the word before a person verb is a name in
    // any case, even an English word; "..., and george called": after "and" a word no dictionary holds.
    const label = /\b(?:social|family|visitors?|psychosocial)[ \t]*(?::|-+>?|>)[ \t]*$/i.test(c.text.slice(Math.max(0, t.s - 16), t.s)) &&
      !RELATIONS.has(w) && !/^(?:family|pt|patient|none|no|nobody|staff|team)$/.test(w);
    const afterAnd = i > 0 && (toks[i - 1] as Token).low === 'and' && !lex.common.has(w) && w.length >= 4 && !CLINICAL_NAME_SHAPE.test(w) &&
      !RELATIONS.has(w);
    if (given || unknownCap || label || afterAnd) {
      const b = markName(i, i);
      listAfter(b, 'medium');
      return i;
    }
  }
  // "KEEP ROMERO FAMILY AWARE", "the Okafor family": a word no dictionary holds before "family" is the family's surname.
  if (i + 1 < n && (toks[i + 1] as Token).low === 'family' && /^[ \t]{1,2}$/.test(gap(t, toks[i + 1] as Token)) && w.length >= 4 && !STOP.has(w) &&
    !lex.common.has(w) && !lex.clinical.has(w) && !CLINICAL_NAME_SHAPE.test(w) && !RELATIONS.has(w) && (mode !== 'mixed' || t.cap) && !nearWord(lex, w)) {
    markName(i, i);
    return i;
  }
  return undefined;
}

/** "Ilsa Varnedo cell# 410-555-0100": two name-like words right before a phone number. */
function nameBeforePhone(c: WordScan, i: number): number | undefined {
  const { text, lex, toks, n, mode, adjacent, markName } = c;
  const t = c.toks[i] as Token;
  if (c.phoneDigits && i + 1 < n && adjacent(t, toks[i + 1] as Token) && PHONE_AFTER.test(text.slice((toks[i + 1] as Token).e, (toks[i + 1] as Token).e + 24))) {
    const nt = toks[i + 1] as Token;
    const nameWord = (x: Token): boolean => x.low.length >= 2 && !STOP.has(x.low) && !lex.clinical.has(x.low) && !RELATIONS.has(x.low) && !CREDENTIALS.has(x.low) &&
      (mode === 'upper' || x.cap) && (!lex.common.has(x.low) || lex.firstNames.has(x.low) || lex.surnames.has(x.low)) && !CLINICAL_NAME_SHAPE.test(x.low);
    if (nameWord(t) && nameWord(nt) && !/^(?:home|cell|work|phone|pager|beeper|fax|tel|office|mobile)$/.test(nt.low)) {
      markName(i, i + 1);
      i++;
      return i;
    }
  }
  return undefined;
}

/** "Hank Przybylo (son)", "URSLA MORETTI (DAUGHTER)": names before a relation in brackets. */
function nameBeforeBracketRelation(c: WordScan, i: number): number | undefined {
  const { toks, n, mode, gap, isName, markName } = c;
  const t = c.toks[i] as Token;
  if (i + 1 < n && RELATIONS.has((toks[i + 1] as Token).low) && /^\s*\(\s*$/.test(gap(t, toks[i + 1] as Token)) && isName(t, 'medium') && (mode !== 'mixed' || t.cap)) {
    markName(i, i);
    return i;
  }
  return undefined;
}

/** Two-word place names after a place preposition: San Diego, New Haven, Fort Meade, Glen Burnie. */
function twoWordPlace(c: WordScan, i: number): number | undefined {
  const { lex, push, toks, n, mode, adjacent } = c;
  const t = c.toks[i] as Token;
  const w = t.low;
  if (PLACE_PREFIX.has(w) && i > 0 && i + 1 < n && (LOC_PREP.has((toks[i - 1] as Token).low) || LIVE_CUE.has((toks[i - 1] as Token).low))) {
    const nt = toks[i + 1] as Token;
    if (adjacent(t, nt) && (mode === 'upper' ? !lex.common.has(nt.low) || lex.places.has(nt.low) : t.cap && nt.cap) && !STOP.has(nt.low) && !lex.clinical.has(nt.low) && (toks[i - 1] as Token).low !== 'via') {
      push(t.s, nt.e, 'LOCATION');
      i++;
      return i;
    }
  }
  return undefined;
}

/** A given name that is also an English word (John, Rob, Grace), capitalised inside a sentence of a note that is not all capitals: the capital is the signal. */
function capitalisedGivenWord(c: WordScan, i: number): number | undefined {
  const { text, lex, mode, markName, listAfter } = c;
  const t = c.toks[i] as Token;
  const w = t.low;
  if (mode !== 'upper' && t.cap && !t.upper && w.length >= 3 && lex.firstNames.has(w) && lex.common.has(w) && !lex.clinical.has(w) && !STOP.has(w) &&
    !GIVEN_WORDS.has(w) && !isSentenceStart(text, t.s)) {
    const b = markName(i, i);
    listAfter(b, 'medium', 1);
    i = b;
    return i;
  }
  return undefined;
}

/** A given name followed by a word that is in no dictionary, in the same case: pat quorvin. */
function givenThenUnknown(c: WordScan, i: number): number | undefined {
  const { text, lex, toks, adjacent, markName, listAfter } = c;
  const t = c.toks[i] as Token;
  const w = t.low;
  // The next word's own shape first: the given-name lookup only for a word that has such a neighbour (speed).
  const nt = toks[i + 1];
  if (w.length >= 3 && nt !== undefined && nt.low.length >= 4 && nt.cap === t.cap && (tokenFlags(lex, t) & (IN_FIRST | IN_CLINICAL)) === IN_FIRST && !STOP.has(w)) {
    const nl = nt.low;
    if (adjacent(t, nt) && nl.length >= 4 && (tokenFlags(lex, nt) & (IN_COMMON | IN_CLINICAL)) === 0 && !STOP.has(nl) && !CLINICAL_NAME_SHAPE.test(nl) &&
      !nt.raw.includes('-') && nt.cap === t.cap && /^[a-z']+$/.test(nl) && !/[\d]/.test(text.slice(nt.e, nt.e + 1))) {
      const b = markName(i, i + 1);
      listAfter(b, 'medium', 1);
      i = b;
      return i;
    }
  }
  return undefined;
}

/**
 * Weak: a known given name or surname standing alone, then its neighbours. Its comma list lends medium strength to the
 * one item right after it (a person's given name or place: "Hughes, Glenys", "Rohana binti Abdullah, Yaring", the
 * records-system and address orders) and weak strength to the later items (each must itself be a list name, as if it
 * stood alone): a list word alone is no cue, and on read letters the long comma lists such a word starts are lists of
 * brands, eponyms and greetings whose unknown items all became names; a list of three or more people is read by the
 * list readers (list-records, people-slots) from its label.
 */
function weakName(c: WordScan, i: number): number | undefined {
  const { isName, markName, listAfter } = c;
  const t = c.toks[i] as Token;
  if (isName(t, 'weak')) {
    const b = markName(i, i);
    listAfter(b, 'medium', 1);
    return b;
  }
  return undefined;
}

/**
 * The word rules in the order they are tried on each token. A rule returns the index of the last token it used
 * (the scan goes on after it) or undefined to let the next rule try; some rules mark names and still fall through.
 */
const WORD_RULES: readonly ((c: WordScan, i: number) => number | undefined)[] = [
  titleName, noteOpeningName, nameLabel, relationHyphenName,
  relationName, signatureName, facilityPlace, streetAddress,
  cityState, employerOrganisation, wardAfterRoomNumber, placeAfterPreposition,
  roleCueName, reportingCueName, initialName, facilityPair,
  saintPlace, uOfPlace, universityOfPlace, wardName,
  hospitalAbbreviation, personVerbName, nameBeforePhone, nameBeforeBracketRelation,
  twoWordPlace, capitalisedGivenWord, givenThenUnknown, weakName,
];

type WordRule = (typeof WORD_RULES)[number];

/**
 * The words each rule below acts on: the rule does nothing (no span, no mark, `undefined`) unless its token's lower-case
 * form is one of them, as its first test says. A rule not named here is tried on every token.
 */
const WORD_GATES: ReadonlyMap<WordRule, Iterable<string>> = new Map<WordRule, Iterable<string>>([
  [titleName, [...TITLES, ...MIXED_TITLES]], [noteOpeningName, ['is']], [nameLabel, ['name', 'named']],
  [relationName, [...RELATIONS, 'law']], [facilityPlace, FACILITY], [streetAddress, STREET],
  [employerOrganisation, ['employer', 'of', 'business', 'company', 'firm']], [wardAfterRoomNumber, ['to', 'from']],
  [placeAfterPreposition, [...LOC_PREP, ...LIVE_CUE, 'for', 'by', 'with']], [roleCueName, [...SANDWICH_ROLES, ...CREDENTIALS, ...ROLE_CUES]],
  [reportingCueName, AFTER_CUES], [facilityPair, FACILITY_PAIR_FIRST], [saintPlace, ['st', 'saint']], [uOfPlace, ['u']],
  [universityOfPlace, ['university', 'univ', 'u']], [twoWordPlace, PLACE_PREFIX],
  // A credential, or one letter (an initial of a credential written with full stops, "R.N.").
  [signatureName, [...CREDENTIALS, ...'abcdefghijklmnopqrstuvwxyz']],
]);
/** The same for rules that act only when the next token is one of their words (a person's verb, a relation in brackets). */
const NEXT_WORD_GATES: ReadonlyMap<WordRule, Iterable<string>> = new Map<WordRule, Iterable<string>>([
  [personVerbName, [...PERSON_VERBS, 'family']], [nameBeforeBracketRelation, RELATIONS],
]);
// Bit k stands for WORD_RULES[k]: the rules tried on every token, and per gate word the gated rules it lets through.
const UNGATED_RULES = WORD_RULES.reduce((bits, rule, k) => (WORD_GATES.has(rule) || NEXT_WORD_GATES.has(rule) ? bits : bits | (1 << k)), 0);
const gateBits = (gates: ReadonlyMap<WordRule, Iterable<string>>): Map<string, number> => {
  const bits = new Map<string, number>();
  WORD_RULES.forEach((rule, k) => { for (const w of gates.get(rule) ?? []) bits.set(w, (bits.get(w) ?? 0) | (1 << k)); });
  return bits;
};
const GATED_RULES = gateBits(WORD_GATES);
const NEXT_GATED_RULES = gateBits(NEXT_WORD_GATES);

/**
 * Names and places found by word context (titles, relations, signatures, facilities, prepositions, lexicons). Each token
 * is offered to the rules in order, skipping those whose gate word neither it nor the next token is (`WORD_GATES`,
 * `NEXT_WORD_GATES`): the same spans as offering it to every rule, without 19 calls per token that return at their first
 * test (speed).
 */
export function detectWords(text: string, lex: Lexicon, push: Push): void {
  scanWords(createScan(text, lex, push), undefined);
}

/**
 * Dev tooling (`scripts/deid-phi-free-blame.ts`): the spans of `detectWords`, each with the name of the word rule that
 * pushed it, so a false span can be traced to its rule without the text leaving the machine.
 */
export function detectWordsByRule(text: string, lex: Lexicon, push: (start: number, end: number, type: PhiType, rule: string) => void): void {
  let rule = '';
  scanWords(createScan(text, lex, (start, end, type) => push(start, end, type, rule)), (k) => { rule = (WORD_RULES[k] as WordRule).name; });
}

/** Offer each token to the word rules in order (`detectWords`); `trying` hears each rule's index before it is tried. */
function scanWords(c: WordScan, trying: ((k: number) => void) | undefined): void {
  for (let i = 0; i < c.n; i++) {
    const next = c.toks[i + 1];
    const rules = UNGATED_RULES | (GATED_RULES.get((c.toks[i] as Token).low) ?? 0) | (next === undefined ? 0 : NEXT_GATED_RULES.get(next.low) ?? 0);
    for (let k = 0; k < WORD_RULES.length; k++) {
      if ((rules & (1 << k)) === 0) continue;
      trying?.(k);
      const last = (WORD_RULES[k] as WordRule)(c, i);
      if (last !== undefined) { i = last; break; }
    }
  }
}


/**
 * A word flagged as a name or place somewhere in a note is flagged everywhere in that note ("Radu" after
 * "spoke with Radu Crosson"), if it is not an English or clinical word.
 */
/** Seed-key prefix for English words that propagate only where capitalised. */
const CAP_ONLY = '^';

export function propagationSeeds(text: string, spans: readonly { start: number; end: number; type: PhiType }[], lex: Lexicon, seen = new Map<string, PhiType>()): Map<string, PhiType> {
  for (const s of spans) {
    if (s.type !== 'NAME' && s.type !== 'LOCATION') continue;
    const part = text.slice(s.start, s.end);
    eachWord(part, false, (start, end) => {
      const raw = part.slice(start, end);
      const w = raw.toLowerCase().replace(/'s?$/, '');
      const minLen = s.type === 'LOCATION' ? (raw === raw.toUpperCase() && /h$/.test(w) ? 2 : 5) : 3;
      if (w.length < minLen || lex.clinical.has(w) || STOP.has(w) || STATES.has(w)) return;
      // A head-first place's kind word ("CSCom de …", "Hotel …") names no one place (place-spans.ts).
      if (s.type === 'LOCATION' && HEAD_KIND_WORDS.has(w)) return;
      if (s.type === 'LOCATION' && CLINICAL_SHAPE.test(w)) return;
      if (lex.common.has(w)) {
        // An English word used as a name (Seaport, Grace) is looked for again only where it is capitalised in mixed case.
        if (w.length >= 4 && capitalThenLower(raw) && !GENERIC_PLACES.has(w) && !FACILITY.has(w) && !(PLACE_SUFFIX.has(w) && /\s/.test(part)) && !GIVEN_WORDS.has(w) && !seen.has(CAP_ONLY + w)) seen.set(CAP_ONLY + w, s.type);
        return;
      }
      if (!seen.has(w)) seen.set(w, s.type);
    });
  }
  return seen;
}

export function propagate(text: string, spans: readonly { start: number; end: number; type: PhiType }[], lex: Lexicon, push: Push, seeds?: ReadonlyMap<string, PhiType>): void {
  const seen = seeds ?? propagationSeeds(text, spans, lex);
  if (seen.size === 0) return;
  // Hyphenated runs are matched part by part too: "Barnaby-who states".
  eachWord(text, false, (index, runEnd) => {
    const word = text.slice(index, runEnd);
    // Every word of the note passes here: the possessive strip only where there is an apostrophe.
    const lw = word.toLowerCase();
    const w = lw.includes("'") ? lw.replace(/'s?$/, '') : lw;
    const type = seen.get(w) ?? (capitalThenLower(word) && !isSentenceStart(text, index) ? seen.get(CAP_ONLY + w) : undefined);
    if (!type) return;
    let end = index + word.replace(/'s?$/, '').length;
    // A propagated given name carries a following capitalised surname with it (Radu → Radu Crosson).
    if (type === 'NAME') {
      const next = /^[ \t]{1,2}([A-Z][a-z'A-Z]+)/.exec(text.slice(end, end + 40));
      const nl = next?.[1]?.toLowerCase().replace(/'s?$/, '');
      if (next && nl && nl.length > 2 && !lex.common.has(nl) && !lex.clinical.has(nl) && !STOP.has(nl) && !CLINICAL_NAME_SHAPE.test(nl)) end += next[0].length;
    }
    push(index, end, type);
  });
}

function capRatio(toks: readonly Token[]): number {
  if (toks.length === 0) return 0;
  let c = 0;
  for (const t of toks) if (t.cap) c++;
  return c / toks.length;
}

function isSentenceStart(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 4), at);
  return at === 0 || /(?:[.!?:]\s+|\n\s*)$/.test(before);
}
