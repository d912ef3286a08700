/**
 * Places and employers in the slots of a short clinician text that hold a place whatever its words are (issue 14,
 * tenth pass): where a person comes from or goes ("originally from Hope", "back from a trip to Norwalk", "driving back
 * to Bath tonight", "lives alone in Salem"), where they work ("works nights at Home Depot"), and a town before a US
 * state's postal code ("Salem, IL"). Town names are often English words (Reading, Hope, Mobile) or words an eponym
 * list holds (Norwalk), which pass every dictionary test, so the slot is the evidence. Clinical words, countries and
 * states (the clinical list holds them: Safe Harbor keeps them), months, days and generic places ("home", "Ward 7")
 * are refused. Address grammar also names a place whatever its words: a post town before its postcode and (nineteenth
 * pass) a street of the USPS suffixes that clinical prose also uses, only as number + street + comma + town.
 */
import { allMatches } from './matches.js';
import { caseMode, type CaseMode } from './letter-case.js';
import { clinicalWord, type Lexicon } from './lexicon.js';
import { GENERIC } from './organisations.js';
import { COUNTRIES_CUE_LANGUAGES } from './lexicons/data.js';
import { fieldValueEnd } from './positions.js';
import type { PushSpan as Push } from './types.js';
import { stateCodeAlternation, US_STATE_NAMES } from './us-states.js';

// A job's noun in "as a machinist at", "is a nurse at": an agent noun (-er, -or, -ist, -ian, -ant, -ent, -man) or a job
// word of another shape; not any noun ("is a concern at Discharge", "was a problem at Night" name no workplace).
const JOB_NOUN = '(?:[a-z]+(?:er|or|ist|ian|ant|ent|man|woman|person|wright|smith)|nurse|clerk|chef|cook|guard|cashier|porter|maid|nanny|' +
  'barista|medic|midwife|surgeon|vet|pilot|soldier|marine|mechanic|volunteer|intern|fellow|trainee|apprentice|secretary|aide|tech)';
// Twenty-seventh session: the same slot in the other languages the letters are written in, each language's verbs and
// adjectives of residence and origin with their preposition (their grammars; the text arrives accent-folded, "à" reads
// "a"): Spanish "vive/reside/domiciliado en", "natural/oriundo de", "nacido en"; Portuguese "mora/reside/residente em",
// "natural de/do/da", "nascido em"; French "domicilié(e)/habite/demeurant/résidant à", "originaire de", "né(e) à";
// Italian "residente/abita/domiciliato a", "nato a", "originario di"; German "wohnhaft/wohnt/lebt in", "stammt aus";
// Dutch "woont/wonende/woonachtig in/te"; Indonesian and Malay "tinggal di", "berasal dari"; Tagalog "nakatira sa";
// Romanian "domiciliat(ă)/locuiește în"; Danish, Norwegian and Swedish "bor/bosat i", Icelandic "býr í", Afrikaans "woon
// in/te", Albanian "banon në", Swahili "mkazi wa", "anaishi", Indonesian "beralamat di", Vietnamese "sống/trú/cư trú tại".
// Left out: Spanish "procedente de", which also names the ward a patient comes
// from ("procedente de Urgencias"); Polish "mieszka w", after which a country stands inflected ("w Polsce"), as no
// list of country names holds it.
const ABROAD_CUE = '(?:vive|reside|residente|domiciliad[oa]|radicad[oa])\\s+en|(?:natural|oriund[oa])\\s+de|nacid[oa]\\s+en|' +
  '(?:mora|reside|residente)\\s+(?:em|no|na)|natural\\s+d[oa]|nascid[oa]\\s+(?:em|no|na)|' +
  '(?:domiciliee?|habite|demeurant|residant|residente?)\\s+(?:a|au)|originaire\\s+d(?:e|u)|nee?\\s+a|' +
  '(?:residente|abita|domiciliat[oa])\\s+a|nat[oa]\\s+a|originari[oa]\\s+di|' +
  '(?:wohnhaft|wohnt|lebt)\\s+in|stammt\\s+aus|(?:woont|wonende|woonachtig)\\s+(?:in|te)|' +
  'tinggal\\s+di|berasal\\s+dari|beralamat\\s+di|nakatira\\s+sa|(?:domiciliata?|locuieste)\\s+in|' +
  '(?:bor|bosat)\\s+i|byr\\s+i|woon\\s+(?:in|te)|banon\\s+ne|mkazi\\s+wa|anaishi|(?:song|tru|cu\\s+tru)\\s+tai';
// The slot: a movement, an origin, a residence or a job, then the place's first capital.
const PLACE_CUE = new RegExp('\\b(?:originally\\s+from|(?:born|raised|grew\\s+up)\\s+in|(?:moved|relocated|emigrated|immigrated)\\s+(?:here\\s+|back\\s+)?(?:from|to)|' +
  'trip\\s+(?:to|from)|(?:travel(?:l)?ed|flew|flying|driving|drove|drives|returned|returning|back|home)\\s+(?:back\\s+|home\\s+|up\\s+|down\\s+|over\\s+|in\\s+)?(?:to|from)|' +
  'visiting\\s+(?:family|relatives|friends|(?:her|his|their)\\s+[a-z]+)\\s+in|(?:lives?|living|resides?|residing|staying|stays|vacation(?:ing|ed)?|holiday(?:ing)?)\\s+(?:alone\\s+|locally\\s+|nearby\\s+|with\\s+(?:(?:her|his|their|a)\\s+)?[a-z]+\\s+)?in|' +
  'works?\\s+(?:nights\\s+|days\\s+|shifts\\s+|weekends\\s+|part[-\\s]time\\s+|full[-\\s]time\\s+)?(?:at|for)|worked\\s+(?:at|for)|employed\\s+(?:at|by)|job\\s+at|(?:\\bas|\\bis|\\bwas|\\bworks?\\s+as|worked\\s+as)\\s+an?\\s+(?:[a-z]+[\\s-]){0,1}' + JOB_NOUN + '\\s+at)[ \\t]{1,2}(?=[A-Z])', 'gi');
const ABROAD_SLOT = new RegExp(`\\b(?:${ABROAD_CUE})[ \\t]{1,2}(?=[A-Z])`, 'gi');
// The common nouns of a kind of home or care place in those languages: alone after the cue they name no place ("vive
// en Residencia", "mora em Lar"), as GENERIC's English words do.
const ABROAD_GENERIC = new Set('residencia casa hogar unidad centro hospital clinica clinique maison foyer ehpad heim pflegeheim lar asilo rumah panti'.split(' '));
let abroadCountries: ReadonlySet<string> | undefined;
// Eleventh pass: a form label that holds a place ("Nursery: Little Acorns", "Town: Bath"), anywhere on a line; the labels
// of a practice, a school, an employer or a pharmacy at a line start are read by positions.ts (PLACE_FIELD).
const PLACE_LABEL = /\b(?:nursery|daycare|day[ \t]care|pre-?school|kindergarten|church|parish|home[ \t]?town|town|city|place[ \t]of[ \t]birth|birthplace)[ \t]*:[ \t]{0,3}(?=[A-Z])/gi;
// Values of such a label that name no place: none, a status, a school year.
const NO_PLACE_VALUE = new Set('none nil unknown unemployed retired disabled student homemaker self yes no year grade class form not same local'.split(' '));
// Up to four capitalised words (hyphenated, possessive or "St." allowed), single-spaced.
// Lowercase words that join the parts of a place's name (Isle of Wight, Mar del Plata, Stratford upon Avon): they may
// stand inside a name but never end one.
const CONNECTORS = 'of|de|la|del|upon|on-the';
const CONNECTOR = new RegExp(`^(?:${CONNECTORS})$`);
const CAP_WORD = "(?:St\\.|[A-Z][A-Za-z'\u2019&]*(?:-[A-Z][A-Za-z'\u2019]*)*)";
const WORDS = new RegExp(`^${CAP_WORD}(?:[ \\t](?:${CAP_WORD}|${CONNECTORS})){0,3}`);
// A US state's postal code after a town; MD and PA are refused (degrees after a name: "Ana Roe, MD").
const STATE_CODE = `(?:${stateCodeAlternation(['MD', 'PA'])})`;
// A town before its state: the postal code where a clause or line ends or a ZIP follows, or the state's name as
// written ("Dayton, Ohio where ...") anywhere.
const TOWN_STATE = new RegExp(`(?<![A-Za-z'\\-])([A-Z][a-z]+(?:[ \\t-][A-Z][a-z]+){0,2}),[ \\t]{1,2}` +
  `(?:${STATE_CODE}(?=[ \\t]*(?:$|\\n|[.;,)]|\\d{5}))|(?:${US_STATE_NAMES.join('|')})(?![A-Za-z]))`, 'gm');
// Thirteenth pass: a numbered street with no house number ("lives on 3rd Street", "West 86th St", "5th ave" in a
// lowercase message): an ordinal then a street word names one street in one town (USPS Publication 28's street suffixes).
// "Dr" is left out (a doctor's title follows ordinals: "2nd Dr Lee"), and so are Place and Way ("1st place"); an ST
// segment written lower case is no street ("3rd st elevation"), nor is a road event ("her 2nd road traffic collision").
const NUMBERED_STREET = /(?<![A-Za-z\d\-])(?:(?:[NSEW]\.?|North|South|East|West|north|south|east|west)[ \t])?(?:\d{1,3}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)[ \t](?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Terrace|Lane|Ln\.?|Way)(?![A-Za-z])|(?<![A-Za-z\d\-])\d{1,3}(?:st|nd|rd|th)[ \t](?:street|st|avenue|ave|road|blvd)(?![A-Za-z])(?![ \t]+(?:segments?|elevations?|depressions?|changes?|waves?|traffic|accidents?|collisions?|crash(?:es)?|trips?|safety)\b)/g;

// Thirteenth pass: a town between an address's comma (or a line start) and a postcode of the UK, Canada or Australia
// ("14 Elm Grove, Bristol BS6 7QT", "Fitzroy VIC 3065"): the postcode says the words before it are the post town.
const TOWN_POSTCODE = /(?:^|[,\n][ \t]{0,2})([A-Z][a-z]+(?:[ \t-][A-Z][a-z]+){0,2})[ \t]{1,2}(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]\d[A-Z]\d|(?:VIC|NSW|QLD|SA|WA|TAS|NT|ACT)[ \t]\d{4})(?![A-Za-z\d])/gm;

// Nineteenth pass: a street line of USPS Publication 28's Appendix C1 suffixes that patterns.ts's STREET_LINE leaves out
// (with the UK's Green, Common, End, Side, Bank), because their words also follow a number in clinical prose ("4 Chamber
// View", "2 Mile Run"): a street only in an address line's grammar, a comma and a town after it ("5 Beacon View,
// Caerwent"), and only when no word of it is clinical and the town is no English word. The town is pushed with it.
const ADDRESS_ONLY_SUFFIXES = 'Views?|Parks?|Greens?|Points?|Gate|Gateway|Fields?|Mills?|Lodge|Manor|Orchard|Village|Valley|Brooks?|Bridge|Creek|' +
  'Cliffs?|Crest|Haven|Hills|Lakes?|Springs?|Summit|Trace|Turnpike|Expressway|Freeway|Bypass|Route|Oval|Passage|Shores?|Pines|Ranch|Harbou?r|' +
  'Island|Isle|Junction|Commons?|Corners?|Curve|Ford|Ferry|Bluffs?|Canyon|Beach|Forest|Forge|Run|Spur|Track|Mount|Mountain|River|End|Side|Banks?|Cross';
const ADDRESS_LINE = new RegExp(String.raw`(?<![\w.\-])\d{1,6}(?:-?[A-Z])?[ \t]{1,2}((?:[A-Z][a-z]+(?:['\u2019]s)?[ \t]{1,2}){1,3}(?:${ADDRESS_ONLY_SUFFIXES})),[ \t]{0,2}([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\b`, 'g');
// Twentieth pass: a count and its unit before such a word is an order, not an address ("Ordered 2 Units Platelet Bank,
// Patel aware"): the units of presentation of the FDA's Structured Product Labeling (tablet, vial, bag, pack...), the
// usual short forms and volumes, singular or plural, never open a street's name.
const COUNT_UNIT = new RegExp('^(?:units?|tabs?|tablets?|caps?|capsules?|vials?|amps?|ampoules?|ampules?|bags?|bottles?|box(?:es)?|packs?|packets?|sachets?|syringes?|' +
  'pens?|patch(?:es)?|puffs?|drops?|doses?|sprays?|strips?|tubes?|cans?|cartons?|cartridges?|cylinders?|inhalers?|kits?|pouch(?:es)?|' +
  'suppositor(?:y|ies)|lozenges?|applicators?|jars?|trays?|blisters?|containers?|pints?|litres?|liters?)$', 'i');

// Words before a town that belong to its name although an English dictionary holds them.
const TOWN_PART = new Set('new north south east west fort port mount mt lake san santa los las el la st saint glen grand little great upper lower palm cedar'.split(' '));
const NOT_PLACE = new Set(('the a an this that these those our your his her their its my there here home work school church college ' +
  'hospital clinic rehab ward unit floor room office practice town city village country abroad overseas upstate downstairs ' +
  'january february march april may june july august september october november december monday tuesday wednesday thursday ' +
  'friday saturday sunday christmas easter thanksgiving weekend today tonight tomorrow yesterday morning evening night er ed icu ' +
  'dr mr mrs ms and or but with for on in at to from by of after before since until via i we he she they it').split(' '));

// Generic words that may open a longer name (Home Depot, City Market, School Street) but are no place alone.
const INSIDE = new Set('home work school church college hospital clinic town city village country'.split(' '));

/** Whether a capitalised word may be part of a place's name in a place slot. */
function placeWord(raw: string, lex: Lexicon): boolean {
  const w = raw.toLowerCase().replace(/['\u2019]s$/, '');
  if (w === 'st.' || CONNECTOR.test(raw)) return true;
  return w.length >= 2 && !NOT_PLACE.has(w) && !lex.clinical.has(w) && !lex.medical.has(w);
}

/** A capitalised word that may name a town when its state and ZIP say so: no function, calendar or generic word. */
function looseTown(raw: string): boolean {
  const w = raw.toLowerCase();
  return w.length >= 3 && !NOT_PLACE.has(w) && !GENERIC.has(w);
}

/** Push an ADDRESS_LINE match's street and town when no word of the street is clinical and the town is no English word. */
function addressLine(m: RegExpMatchArray, lex: Lexicon, push: Push): void {
  const town = m[2] as string;
  const street = (m[1] as string).split(/[ \t]+/);
  if (COUNT_UNIT.test(street[0] as string) || street.some((w) => clinicalWord(lex, w)) || town.split(/[ -]/).some((w) => clinicalWord(lex, w) || lex.common.has(w.toLowerCase()))) return;
  const at = m.index ?? 0;
  const townAt = at + m[0].length - town.length;
  push(at, at + m[0].indexOf(',', m[0].length - town.length - 4), 'LOCATION');
  push(townAt, townAt + town.length, 'LOCATION');
}

/**
 * Whether a name after a cue of another language is a country named in one of the cue languages (folded, lower case):
 * Safe Harbor keeps countries ("vive en España", "originaire du Sénégal"), and `countries.ts` holds the English names
 * only. The names are CLDR's, compiled into `lexicons/data.ts` by `lexicons/import-cldr-names.ts` (never ICU at run
 * time, so spans do not change with the Node build).
 */
export function abroadCountry(name: string): boolean {
  abroadCountries ??= new Set(COUNTRIES_CUE_LANGUAGES.split(' ').map((key) => key.replace(/_/g, ' ')));
  return abroadCountries.has(name.toLowerCase());
}

/** The form labels that hold a place, whose value opens with a word that may name one. */
function labelled(text: string): RegExpMatchArray[] {
  return [...allMatches(PLACE_LABEL, text)].filter((m) => !NO_PLACE_VALUE.has((/^[A-Za-z]+/.exec(text.slice((m.index ?? 0) + m[0].length)) ?? [''])[0].toLowerCase()));
}

// Thirtieth session: the bare preposition of position. English "at" marks a point in space or in time (Quirk et al., A
// Comprehensive Grammar of the English Language, 1985, ch. 9, prepositions of place and of time): "seen at <place>", "teacher at <place>", "found at
// <place>". Mid-sentence, a capitalised run after a lower-case "at" names a place whatever its words are (house names,
// pubs, farms and hospitals are written in English words: "at Copper Beech Farm", "at Alder Hey"); the time sense
// takes the time nouns refused below ("at Night", "at Noon", "at Christmas") and a number after the run is a position
// ("at Bay 2", "at KES 184,200"). A possessive before a lower-case noun is a person's place ("at Nan's house").
const AT_SLOT = /(?<![\p{L}\p{N}'\u2019-])at[ \t]{1,2}(?=[A-Z])/gu;
const AT_TIME = new Set(('noon midnight night dawn dusk sunrise sunset daybreak lunch lunchtime breakfast dinner supper tea teatime bedtime ' +
  'baseline rest risk birth term discharge admission presentation present least most first last once times all best worst large ' +
  'handover rounds christmas easter weekend weekends halloween diwali eid ramadan hanukkah thanksgiving').split(' '));
const DEPARTMENT = new Set('unit units ward wards department dept service services clinic clinics team suite laboratory lab'.split(' '));
// "The" opens a house's or a pub's name ("at The Old Forge"); the article is part of that name.
const AT_RUN = new RegExp(`^(?:The[ \t])?${CAP_WORD}(?:[ \t](?:${CAP_WORD}|${CONNECTORS})){0,3}`);

/** Push the place after a bare lower-case "at" (mixed case only): a capitalised run of place words, no time noun. */
function atSlots(text: string, lex: Lexicon, push: Push, done: ReadonlySet<number>): void {
  for (const m of allMatches(AT_SLOT, text)) {
    const at = (m.index ?? 0) + m[0].length;
    if (done.has(at)) continue;
    const run = text.slice(at, at + 80);
    const whole = AT_RUN.exec(run.slice(0, fieldValueEnd(run)))?.[0] ?? '';
    const lead = whole.startsWith('The ') || whole.startsWith('The\t') ? 4 : 0;
    const ws = whole.slice(lead).split(/[ \t]/).filter(Boolean);
    let k = 0;
    while (k < ws.length && (placeWord(ws[k] as string, lex) || INSIDE.has((ws[k] as string).toLowerCase())) && !AT_TIME.has((ws[k] as string).toLowerCase())) k++;
    while (k > 0 && (!placeWord(ws[k - 1] as string, lex) || CONNECTOR.test(ws[k - 1] as string))) k--;
    const words = ws.slice(0, k);
    // Capitals alone are a unit, a code or an acronym (organisations.ts reads acronyms after "at"); a run of generic
    // words alone names a kind of place; a lone word of three letters or fewer is a clipping ("OOB at Lib"), and a lone
    // dictionary word may be a part of the hospital written with a capital ("at Triage", "at Reception", "at Theatre").
    const lone = (words[0] ?? '').toLowerCase().replace(/['\u2019]s$/, '');
    if (k === 0 || words.every((w) => !/\p{Ll}/u.test(w)) || words.every((w) => GENERIC.has(w.toLowerCase())) || (k === 1 && (lone.length <= 3 || lex.common.has(lone)))) continue;
    // A department's head after dictionary words is a service of the place, not the place ("at Fetal Medicine Unit").
    const head = [ws[k], words[k - 1]].some((w) => w !== undefined && DEPARTMENT.has(w.toLowerCase()));
    if (head && words.every((w) => GENERIC.has(w.toLowerCase()) || lex.common.has(w.toLowerCase()))) continue;
    const name = words.join(' ');
    const after = run.slice(lead + name.length);
    if (/^[ \t]{1,2}\d/.test(after) || (k === 1 && /['\u2019]s$/.test(name) && /^[ \t]+\p{Ll}/u.test(after))) continue;
    push(at, at + lead + name.length, 'LOCATION');
  }
}

/** Push LOCATION spans for places in origin, travel, residence and job slots and towns before a state code (mixed case only). */
export function detectPlaceSlots(text: string, lex: Lexicon, push: Push, mode: CaseMode = caseMode(text)): void {
  if (/\d(?:st|nd|rd|th)[ \t]|(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)[ \t]/.test(text)) {
    for (const m of allMatches(NUMBERED_STREET, text)) push(m.index, m.index + m[0].replace(/\.$/, '').length, 'LOCATION');
  }
  if (mode !== 'mixed') return;
  const abroadSlots = allMatches(ABROAD_SLOT, text);
  const abroad = new Set(abroadSlots.map((m) => (m.index ?? 0) + m[0].length));
  const done = new Set<number>();
  for (const m of [...allMatches(PLACE_CUE, text), ...abroadSlots, ...(text.includes(':') ? labelled(text) : [])]) {
    const at = (m.index ?? 0) + m[0].length;
    done.add(at);
    // The value ends at a sentence end or the next field's label ("Town: Bath Occupation: driver"), as in positions.ts.
    const run = text.slice(at, at + 80);
    const ws = (WORDS.exec(run.slice(0, fieldValueEnd(run)))?.[0] ?? '').split(/[ \t]/);
    let k = 0;
    // A state or country word opens a town's name when a place word follows it ("Wisconsin Rapids", "Spanish Fork").
    const opener = (i: number): boolean => i === 0 && lex.clinical.has((ws[0] as string).toLowerCase()) && ws.length > 1 && placeWord(ws[1] as string, lex) &&
      !GENERIC.has((ws[1] as string).toLowerCase());
    while (k < ws.length && (placeWord(ws[k] as string, lex) || INSIDE.has((ws[k] as string).toLowerCase()) || opener(k))) k++;
    // A generic word or a connector (of, de) does not end a name ("Home Depot", not "Home"); an all-capitals word of
    // two letters alone is a unit or a state.
    while (k > 0 && (!placeWord(ws[k - 1] as string, lex) || CONNECTOR.test(ws[k - 1] as string))) k--;
    if (k === 0 || (k === 1 && /^[A-Z]{1,2}$/.test(ws[0] as string))) continue;
    // Generic words alone name a kind of place ("drove to Urgent Care", "back to Primary Care"), not one.
    if (ws.slice(0, k).every((w) => GENERIC.has(w.toLowerCase()))) continue;
    const name = ws.slice(0, k).join(' ').replace(/['\u2019]s$/, '');
    if (abroad.has(at) && (abroadCountry(name) || ws.slice(0, k).every((w) => ABROAD_GENERIC.has(w.toLowerCase())))) continue;
    push(at, at + name.length, 'LOCATION');
  }
  // The cue slots read their "at" first (a job's or a residence's); the bare preposition reads the rest.
  if (text.includes('at ')) atSlots(text, lex, push, done);
  for (const m of /\d[A-Z]{2}\b|[A-Z] \d{4}\b/.test(text) ? allMatches(TOWN_POSTCODE, text) : []) {
    const town = m[1] as string;
    if (town.split(/[ \t-]/).every(looseTown)) {
      const at = (m.index ?? 0) + m[0].indexOf(town);
      push(at, at + town.length, 'LOCATION');
    }
  }
  if (/\d[ \t]{1,2}[A-Z][a-z]+[ \t][^,\n]{0,40},/.test(text)) for (const m of allMatches(ADDRESS_LINE, text)) addressLine(m, lex, push);
  // Every match holds a lower-case letter, its comma, a blank and a capital: a note without one skips the scan (speed).
  const townStates = /[a-z],[ \t]{1,2}[A-Z]/.test(text) ? allMatches(TOWN_STATE, text) : [];
  for (const m of townStates) {
    const ws = [...(m[1] as string).matchAll(/[A-Z][a-z]+/g)];
    const word = (i: number): string => (ws[i]?.[0] ?? '');
    // From the town's last word leftwards: words no dictionary holds, and the usual first words of towns (New, Fort).
    let k = ws.length - 1;
    // Thirteenth pass: a ZIP code after the state makes a town of a word the clinical list holds for another sense
    // (Salem sump, Jackson-Pratt, Wilson's disease): "Salem, OR 97301", "Jackson, MS 39201". A state written out
    // alone is not enough ("Foley, Texas").
    const sure = /^[ \t]*\d{5}(?!\d)/.test(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 8));
    if (!placeWord(word(k), lex) && !(sure && looseTown(word(k)))) continue;
    // A state written out that is also a given name, after an English word, is a person addressed or named: "Daughter,
    // Virginia called". Postal codes are no names ("Enterprise, AL" stays although a name list holds "Al").
    const state = m[0].slice(m[0].lastIndexOf(',') + 1).trim().toLowerCase();
    if (state.length > 2 && lex.firstNames.has(state) && lex.common.has(word(k).toLowerCase())) continue;
    while (k > 0 && placeWord(word(k - 1), lex) && (!lex.common.has(word(k - 1).toLowerCase()) || TOWN_PART.has(word(k - 1).toLowerCase()))) k--;
    push((m.index ?? 0) + (ws[k]?.index ?? 0), (m.index ?? 0) + m[0].length, 'LOCATION');
  }
}
