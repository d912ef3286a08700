/**
 * Places and organisations read by the head of their name, not by the proper part (issue 14, ninth pass): "Rose
 * Primary School", "Banks Academy", "Orange County", "Bell Rd", "Wolf Junction", "Pike Pediatrics", "Bird Medical
 * Group". The proper part is often an English word (a surname such as Bell or Pike), which passes every dictionary
 * test; the head says a proper name stands before it. Generic and clinical words before a head name a kind of place,
 * not one place ("Fracture Clinic", "General Pediatrics", "Recurrent Falls"), and are refused. Institution acronyms
 * in a care-setting slot ("transferred to GVRMC", "UCSF ED") are read here too, and (twentieth pass) establishments
 * named by the prefix of their kind ("HMP Cranford", "RAF Linwood", "Fort Myers").
 */
import { allMatches } from './matches.js';
import { caseMode, type CaseMode } from './letter-case.js';
import { clinicalWord, type Lexicon } from './lexicon.js';
import { clippedOrPlural } from './clipped-words.js';
import { TITLE_BEFORE, TITLE_WORD } from './titles.js';
import type { PushSpan as Push } from './types.js';


// Up to three capitalised words (a possessive or a hyphenated pair allowed) right before a head.
const PROPER = "((?:[A-Z][a-z]+(?:['\\u2019]s)?(?:-[A-Z][a-z]+)?[ \\t]{1,2}){1,3})";
// Eleventh pass: heads of businesses, care homes and places of worship, which follow a proper name as the heads above do
// ("Golden Lotus Buffet", "Hill Trucking", "Riverbend Assisted Living", "Grace Covenant Church").
const BUSINESS_HEAD = 'Restaurant|Buffet|Diner|Bakery|Brewery|Supermarket|Construction|Plumbing|Trucking|Landscaping|Foods|Farms|Dairy|' +
  'Kindergarten|Preschool|Daycare|Day[ \\t]Care|Nursery[ \\t]School|Montessori|Assisted[ \\t]Living|Retirement[ \\t](?:Home|Village|Community)|Rest[ \\t]Home|' +
  'Senior[ \\t]Living|Group[ \\t]Home';
const WORSHIP_HEAD = 'Church|Chapel|Mosque|Masjid|Synagogue|Temple|Cathedral|Gurdwara|Tabernacle';
// Faith words alone before a worship head name a denomination, not one congregation ("the Catholic Church").
const FAITH = new Set(('catholic roman baptist methodist lutheran presbyterian episcopal anglican orthodox evangelical pentecostal ' +
  'adventist mormon christian reformed unitarian greek coptic jewish hindu sikh buddhist muslim islamic apostolic').split(' '));
const WORSHIP = new RegExp(`^(?:${WORSHIP_HEAD})$`);
// Heads that only follow a proper name: schools, counties, streets with unambiguous words, towns' generic parts.
const STRONG_HEAD = new RegExp(`(?<![A-Za-z'\\-])${PROPER}(Elementary(?:[ \\t]School)?|Middle[ \\t]School|High[ \\t]School|Primary[ \\t]School|Junior[ \\t]High|Academy|Community[ \\t]College|Preparatory[ \\t]School|County|Parish|Township|Street|Avenue|Ave\\.|Road|Rd\\.?|Boulevard|Blvd\\.?|Terrace|Parkway|Pkwy\\.?|Highway|Hwy\\.?|Springs|Heights|Junction|Crossing|Hills|Creek|Medical[ \\t]Group|Family[ \\t]Practice|Family[ \\t]Medicine|Pediatrics|Paediatrics|Urgent[ \\t]Care|Medical[ \\t]Practice|Health[ \\t]Centre|Health[ \\t]Center|Care[ \\t]Home|Nursing[ \\t]Home|Surgery[ \\t]Cent(?:er|re)|Dialysis[ \\t]Cent(?:er|re)|Medical[ \\t]Cent(?:er|re)|Hospital|Clinic|Hospice|Infirmary|${BUSINESS_HEAD}|${WORSHIP_HEAD})(?![A-Za-z])`, 'g');
// Heads a proper name takes only where a place is expected: "on Bush Court", "from Sport Falls", "at Salem Medical" (tenth pass:
// the short forms of an organisation's name, Medical/Health/Memorial/Regional, after at/from/to).
const PLACE_PREP = /(?:\b(?:on|off|at|to|from|in|near|outside|into|of)|,)[ \t]{1,2}$/;
// Thirteenth pass: the heads of a practice named for its specialty or service and of an employer's works ("at Summit
// Orthopedics", "from Touchstone Imaging", "at Bath Iron Works"); only where a place is expected, as for the heads above, and
// never after a clinical or generic word ("to Pediatric Cardiology", "from Interventional Radiology" stay).
const SERVICE_HEAD = 'Orthopedics|Orthopaedics|Radiology|Imaging|Diagnostics|Laboratories|Labs|Cardiology|Dermatology|Neurology|Oncology|' +
  'Urology|Podiatry|Chiropractic|Dental|Dentistry|Optometry|Eye[ \\t]Care|Physical[ \\t]Therapy|Physiotherapy|' +
  'Counseling|Counselling|Psychiatry|Works|Industries|Manufacturing|Motors|Mills|Company|Corporation|Bank|Hotel|Motel|Resort|Casino';
const SERVICE = new RegExp(`^(?:${SERVICE_HEAD})$`);
// The modifiers of a specialty's or a service's name (subspecialties as the training bodies name them): "Radiation
// Oncology", "Consult Liaison Psychiatry", "Gynae Oncology", "Hand Orthopaedics" name a service, not a practice.
const SERVICE_MODIFIER = new Set(('radiation gynae gyn gynaecological gynecologic gynecological consult consultation liaison surgical medical ' +
  'clinical paediatric pediatric adult geriatric neuro interventional diagnostic therapeutic nuclear molecular musculoskeletal msk body ' +
  'breast cardiac thoracic head neck hand foot ankle knee hip shoulder spine sports oral dental plastic vascular transplant addiction ' +
  'forensic perinatal child adolescent cosmetic procedural reproductive cognitive movement epilepsy headache neuromuscular pulmonary ' +
  'respiratory fetal maternal neonatal hematology haematology oncology psychiatric psychiatry cardiology neurology orthopaedic ' +
  'orthopedic physical occupational speech cardiopulmonary vestibular pelvic hepatobiliary colorectal upper lower gi gu uro ' +
  'men\'s women\'s mens womens specialist specialty student trainee residents resident public water').split(' '));
const WEAK_HEAD = new RegExp(`(?<![A-Za-z'\\-])((?:[A-Z][a-z]+[ \\t]{1,2}){1,2})(Falls|Lane|Ln\\.?|Drive|Court|Ct\\.?|Way|Place|Close|Crescent|Valley|Park|Bay|Medical|Health|Healthcare|Memorial|Regional|Physicians|Associates|Grove|Ridge|Harbou?r|Point|Landing|Village|Estates|Gardens|Manor|Lodge|Pines|Oaks|Meadows|Market|Pharmacy|Cafe|Café|Grill|Inn|Plaza|Mall|Center|Centre|${SERVICE_HEAD})(?![A-Za-z])`, 'g');
// Words that say what kind of place it is, not which one: no proper part (with the clinical and eponym lists).
/** Generic words of place and organisation names (Urgent, Care, Regional): alone they name a kind of place, not one. */
export const GENERIC = new Set(('the a an and of our your their his her this that new old main general internal family community regional ' +
  'memorial university county city state national royal central district teaching children\'s women\'s veterans specialty surgical ' +
  'outpatient outpatients inpatient day walk-in urgent primary secondary tertiary private public mental behavioral behavioural health ' +
  'medical nursing care home rehabilitation rehab cancer heart eye ear dental sleep pain wound memory fracture diabetes diabetic stroke ' +
  'trauma burn burns fertility travel breast spine sports vein vascular kidney renal liver lung chest infusion dialysis imaging radiology ' +
  'laboratory lab hospital clinic center centre medicine pediatrics paediatrics practice group unit ward department dept service services ' +
  'local nearest nearby same other another previous prior outside different high middle elementary junior senior upper lower north south ' +
  'east west recurrent multiple frequent mechanical unwitnessed witnessed several two three no any emergency acute chronic step down ' +
  'intensive critical coronary palliative hospice respite residential assisted living independent nurse nurses doctor doctors patient adult adults').split(' '));
// Care units and settings written as acronyms: no institution.
export const UNITS = new Set('ICU HDU ITU TCU CCU CICU CVICU SICU MICU NICU PICU PACU LTAC LTACH IRF SNF ALF CDU AMU MAU SAU EAU ACU OPD OPAT ED ER OR IR CT MRI EEG ECG EKG GP PCP ENT EMS EMT ALS BLS CPR DNR DNAR USA NHS VA'.split(' '));
const CARE_VERB = /\b(?:transferred|transfer|transported|ambulance|flown|airlifted|taken|sent|admitted|brought|diverted|discharged|moved|arrived|en route|referred)\b/gi;
const ACRONYM_SLOT = /\b(?:from|to|at)[ \t]{1,2}([A-Z]{3,7})(?![A-Za-z&\-])/g;
// A hyphenated pair of capitalised words where a place is expected names an institution ("at Cedars-Sinai", "from
// Dana-Farber"), unless a part is an eponym or a clinical word (Guillain-Barre, Non-Hodgkin).
const HYPHEN_PLACE = /\b(?:at|from|to)[ \t]{1,2}([A-Z][a-z]+(?:-[A-Z][a-z]+)+)(?![A-Za-z\-])/g;
// An acronym after "at" or "from" in mixed-case text is a place more often than not ("seen at MUSC", "records from OHSU").
const ACRONYM_AT = /\b(?:at|from)[ \t]{1,2}([A-Z]{3,6})(?![A-Za-z&\-\d])(?![ \t]*\d)/g;
// A saint's name where a place is expected names a hospital or a church ("seen at St Murase's", "from Saint Oda").
const SAINT_PLACE = /\b(?:at|from|to)[ \t]{1,2}((?:St\.?|Saint)[ \t]{1,2}[A-Z][a-z]+(?:['\u2019]s)?)(?![A-Za-z'\-])/g;
// Twelfth pass: a hospital named before its emergency department ("Advised Children's Mercy ED", "to Good Samaritan ER");
// the department is no part of the name.
const NAMED_ED = /(?<![A-Za-z'\u2019\-])((?:[A-Z][a-z]+(?:['\u2019]s)?[ \t]){1,3})(?:ED|ER|A&E|Emergency[ \t](?:Department|Room))(?![A-Za-z&])/g;
const ACRONYM_DEPT = /(?<![A-Za-z])([A-Z]{3,7})[ \t]{1,2}(?:ED|ER|A&E|Emergency|ICU|NICU|PICU|campus|Campus)\b/g;

// Eleventh pass: the proper words after an institution's acronym belong to its name ("NYU Langone", "UPMC Shadyside").
const ACRONYM_TAIL = /^(?:[ \t][A-Z][a-z]+(?:['\u2019]s)?){1,2}/;
// A state's or a country's name before "City" names a city (Mexico City, Kansas City, Panama City, Iowa City), which
// Safe Harbor removes though it keeps the state: the clinical list's place words veto the first word everywhere else.
const STATE_CITY = /(?<![A-Za-z'\-])([A-Z][a-z]+)[ \t]City(?![A-Za-z])/g;
// "St." after one or two capitalised words is a street where a place is expected and no name follows it ("on Birch St.
// with her son", "Mills St.,"); before a capital it is a saint ("Mary St. Clair").
const STREET_ABBR = /(?<![A-Za-z'\-])((?:[A-Z][a-z]+[ \t]){1,2})St\.?(?=[ \t]*(?:$|[.,;)\n]|[ \t][a-z]))/gm;
// Twentieth pass: establishments named by a prefix of their kind: prisons and young offender institutions (HMP, HMYOI),
// military stations, ships and bases (RAF, HMS, RNAS, RAAF, RCAF, CFB, MCAS, NAS, USS, Camp, Fort): "HMP Cranford", "RAF
// Linwood". The proper word after the prefix is the place; a generic, clinical or calendar word there is none.
const INSTITUTION_PREFIX = /(?<![A-Za-z])(?:HMP|HMYOI|HMS|RAF|RNAS|RAAF|RCAF|CFB|MCAS|NAS|USS|Camp|Fort)[ \t]([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)(?![A-Za-z])/g;
const CALENDAR = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/;

/** Length of the proper words after an acronym: none generic, clinical, a month or a day, and no sentence after them. */
function acronymTail(text: string, end: number, lex: Lexicon): number {
  const m = ACRONYM_TAIL.exec(text.slice(end, end + 40));
  if (!m) return 0;
  const words = m[0].trim().split(/[ \t]/);
  let k = 0;
  while (k < words.length) {
    const low = (words[k] as string).toLowerCase().replace(/['\u2019]s$/, '');
    if (GENERIC.has(low) || lex.clinical.has(low) || lex.medical.has(low) || CALENDAR.test(low) || (lex.common.has(low) && !lex.surnames.has(low))) break;
    k++;
  }
  return k === 0 ? 0 : m[0].split(/(?=[ \t])/).slice(0, k).join('').length;
}

/** Whether the words before a head are a proper part: none generic, clinical or an eponym, and the first not just a sentence opening. */
function properPart(text: string, start: number, words: readonly string[], lex: Lexicon): boolean {
  if (words.length === 0) return false;
  for (const w of words) {
    const low = w.toLowerCase().replace(/['\u2019]s$/, '');
    if (GENERIC.has(low) || (lex.clinical.has(low) && !lex.eponyms.has(low)) || lex.medical.has(low)) return false;
  }
  // A capitalised English word that opens a sentence or a line may be capitalised for that reason alone.
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  const opens = i < 0 || /[\n.!?:*•>-]/.test(text[i] ?? '');
  const first = (words[0] as string).toLowerCase().replace(/['\u2019]s$/, '');
  return !(opens && lex.common.has(first) && !lex.surnames.has(first) && !lex.firstNames.has(first));
}

/**
 * Whether a prefix's proper words may name an establishment: none generic, clinical or medical (the medical list holds
 * "inhibitor": "RAF inhibitor" is the kinase's drug) or a calendar word; and after a capitals prefix, which a clinician
 * also writes as an abbreviation (USS an ultrasound scan, NAS neonatal abstinence syndrome, RAF the kinase), a lone
 * English word no name or place list holds is what was scanned or scored ("USS Pelvis", "NAS Score"), not a base.
 */
function prefixProper(prefix: string, words: readonly string[], lex: Lexicon): boolean {
  if (words.some((w) => GENERIC.has(w) || clinicalWord(lex, w) || CALENDAR.test(w))) return false;
  const w = words[0] as string;
  return !(words.length === 1 && /^[A-Z]+$/.test(prefix) && lex.common.has(w) && !lex.places.has(w) && !lex.surnames.has(w) && !lex.firstNames.has(w));
}

// Twenty-eighth session (deid-places13): the heads of a hospital's or a service's named unit, as the NHS names them
// ("Oakvale Renal Unit", "Brookfield Satellite", "Ashdown Maternity", "Larkmoor IRC", NHS Data Dictionary's site and
// service names; immigration removal centres, sexual assault referral centres, community mental health teams), and a
// laboratory or service named for its place. One to four capitalised words before the head, read from the first one
// that no English, clinical, medical, eponym or generic list holds: a ward named by common words ("Hibiscus Unit",
// "Coronary Care Unit", "Delivery Suite") names a kind of unit or one any hospital may have, and stays.
const UNIT_HEAD = /(?<![A-Za-z'’\-])((?:[A-Z][a-z]+(?:['’]s)?(?:-[A-Z][a-z]+)?[ \t]){1,4}|(?:[A-Z][a-z]+[ \t]){1,3}[A-Z]{2,4}[ \t])(Unit|Suite|Satellite|Maternity|Nursery|Laboratory|Laboratories|Service|Services|IRC|SARC|CMHT)(?![A-Za-z])/g;
const UNIT_HINT = /Unit|Suite|Satellite|Maternity|Nursery|Laborator|Service|IRC|SARC|CMHT/;

/**
 * Whether a capitalised word no list holds: it says which unit ("Oakvale"), where a listed word says what kind; a
 * clinical clipping ("Chemo", "Paeds": clipped-words.ts) and a given name (a person's, before "Unit manager") are none.
 */
function unlistedWord(w: string, lex: Lexicon): boolean {
  const low = w.toLowerCase().replace(/['\u2019]s$/, '');
  return !lex.common.has(low) && !clinicalWord(lex, low) && !clippedOrPlural(lex, low) && !lex.eponyms.has(low) && !lex.firstNames.has(low) &&
    !GENERIC.has(low) && !UNITS.has(w);
}

/** Push a named unit or service (`UNIT_HEAD`) from its first unlisted word to its head; a title before or in it makes it a person's. */
function detectNamedUnits(text: string, lex: Lexicon, push: Push): void {
  if (!UNIT_HINT.test(text)) return;
  for (const m of allMatches(UNIT_HEAD, text)) {
    const words = (m[1] as string).trim().split(/[ \t]+/);
    const first = words.findIndex((w) => unlistedWord(w, lex));
    if (first < 0 || words.some((w) => TITLE_WORD.test(w)) || TITLE_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 8), m.index ?? 0))) continue;
    let at = m.index ?? 0;
    for (let k = 0; k < first; k++) at = text.indexOf(words[k + 1] as string, at + (words[k] as string).length);
    push(at, (m.index ?? 0) + m[0].length, 'LOCATION');
  }
}

/** Push establishments named by their kind's prefix (`INSTITUTION_PREFIX`) whose proper words pass `prefixProper`. */
function detectPrefixedInstitutions(text: string, lex: Lexicon, push: Push): void {
  for (const m of allMatches(INSTITUTION_PREFIX, text)) {
    const prefix = m[0].slice(0, m[0].length - (m[1] as string).length - 1);
    if (prefixProper(prefix, (m[1] as string).toLowerCase().split(/[ \t]/), lex)) push(m.index ?? 0, (m.index ?? 0) + m[0].length, 'LOCATION');
  }
}

/** Push LOCATION spans for names read by their head and for institution acronyms in a care-setting slot (mixed case only). */
export function detectOrganisations(text: string, lex: Lexicon, push: Push, mode: CaseMode = caseMode(text)): void {
  if (mode !== 'mixed') return;
  const headed = (re: RegExp, needPrep: boolean): void => {
    for (const m of allMatches(re, text)) {
      let at = m.index ?? 0;
      let words = (m[1] as string).trim().split(/[ \t]+/);
      // Drop generic or sentence words on the left ("Son attends Rose Primary School" starts at Rose): the proper part is on the right.
      while (words.length > 1 && !properPart(text, at, words, lex)) {
        at = text.indexOf(words[1] as string, at + (words[0] as string).length);
        words = words.slice(1);
      }
      if (!properPart(text, at, words, lex)) continue;
      if (WORSHIP.test(m[2] as string) && words.every((w) => FAITH.has(w.toLowerCase()))) continue;
      if (SERVICE.test(m[2] as string) && words.some((w) => SERVICE_MODIFIER.has(w.toLowerCase()))) continue;
      if (needPrep && !PLACE_PREP.test(text.slice(Math.max(0, at - 10), at))) continue;
      const end = (m.index ?? 0) + m[0].length;
      // A head read before a disease word (fever, virus, disease, syndrome) is part of a disease name, not a place.
      if (/^[ \t]{1,2}(?:fever|virus|disease|syndrome)\b/i.test(text.slice(end, end + 10))) continue;
      push(at, end, 'LOCATION');
    }
  };
  headed(STRONG_HEAD, false);
  headed(WEAK_HEAD, true);
  const acronym = (w: string): boolean => !UNITS.has(w) && !lex.clinical.has(w.toLowerCase()) && !lex.common.has(w.toLowerCase());
  for (const m of allMatches(HYPHEN_PLACE, text)) {
    const w = m[1] as string;
    if (w.toLowerCase().split('-').some((p) => lex.eponyms.has(p) || lex.clinical.has(p) || lex.medical.has(p) || GENERIC.has(p) || /^(?:non|pre|post|anti|self|co|re|mid|semi|multi|follow|check|drop|walk|step|sign|day|night|long|short|full|part|half|well|x|t)$/.test(p))) continue;
    const at = (m.index ?? 0) + m[0].length - w.length;
    push(at, at + w.length, 'LOCATION');
  }
  for (const m of text.includes(' St') ? allMatches(STREET_ABBR, text) : []) {
    const words = (m[1] as string).trim().split(/[ \t]/);
    const at = m.index ?? 0;
    if (properPart(text, at, words, lex) && PLACE_PREP.test(text.slice(Math.max(0, at - 10), at))) push(at, at + m[0].length, 'LOCATION');
  }
  for (const m of text.includes(' City') ? allMatches(STATE_CITY, text) : []) {
    const w = (m[1] as string).toLowerCase();
    if (lex.clinical.has(w) && !lex.common.has(w) && !lex.medical.has(w)) push(m.index ?? 0, (m.index ?? 0) + m[0].length, 'LOCATION');
  }
  for (const m of allMatches(ACRONYM_AT, text)) {
    const w = m[1] as string;
    const at = (m.index ?? 0) + m[0].length - w.length;
    if (acronym(w)) push(at, at + w.length + acronymTail(text, at + w.length, lex), 'LOCATION');
  }
  for (const m of allMatches(SAINT_PLACE, text)) {
    const w = m[1] as string;
    const at = (m.index ?? 0) + m[0].length - w.length;
    // A saint's herb or a clinical word after "St." (St. John's wort) is no place.
    if (!/^[ \t]{1,2}wort\b/i.test(text.slice(at + w.length, at + w.length + 6))) push(at, at + w.length, 'LOCATION');
  }
  for (const m of text.includes('E') ? allMatches(NAMED_ED, text) : []) {
    let at = m.index ?? 0;
    let words = (m[1] as string).trim().split(/[ \t]+/);
    while (words.length > 1 && !properPart(text, at, words, lex)) {
      at = text.indexOf(words[1] as string, at + (words[0] as string).length);
      words = words.slice(1);
    }
    if (properPart(text, at, words, lex)) push(at, (m.index ?? 0) + (m[1] as string).trimEnd().length, 'LOCATION');
  }
  detectPrefixedInstitutions(text, lex, push);
  detectNamedUnits(text, lex, push);
  for (const m of allMatches(ACRONYM_DEPT, text)) if (acronym(m[1] as string)) push(m.index ?? 0, (m.index ?? 0) + (m[1] as string).length, 'LOCATION');
  for (const v of allMatches(CARE_VERB, text)) {
    const from = (v.index ?? 0) + v[0].length;
    const stop = text.slice(from, from + 60).search(/[.;\n]/);
    const span = text.slice(from, from + (stop < 0 ? 60 : stop));
    for (const m of allMatches(ACRONYM_SLOT, span)) {
      const w = m[1] as string;
      const at = from + (m.index ?? 0) + m[0].length - w.length;
      if (acronym(w)) push(at, at + w.length + acronymTail(text, at + w.length, lex), 'LOCATION');
    }
  }
}
