/**
 * Identifier formats outside the US shapes of `patterns.ts`, as letters and forms from other health systems write
 * them: UK and Canadian postcodes, day-first dates, web addresses without a scheme, IPv6, international and UK national phone numbers, national health numbers written in
 * spaced digit groups (NHS, CHI, Medicare AU), and identifiers after a record label whatever their shape
 * ("Accession: SP24-018833", "Lot U7734AA", "Medicaid MCD 77-3390182"). Shapes are taken from the public numbering
 * plans (Royal Mail PAF, Canada Post, ITU-T E.164, Ofcom); none from a note.
 */
import { PAYER_NAMES } from './payers.js';
import { CLOCK, DAYS, HOURS, LENGTH, MASS, only, quantityAlternation, SUBSTANCE, VOLUME, without, YEARS } from './quantity-words.js';
import type { PhiType, PushSpan as Push } from './types.js';


// UK postcode: outward code (area letters, district digit, optional letter or digit), space, inward code (digit and two
// letters, which never use C, I, K, M, O or V). Doses in capitals ("B12 1MG") end on a unit, which these letters exclude.
const UK_POSTCODE = /(?<![\w-])(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?)[ \t]{1,2}\d[ABD-HJLNP-UW-Z]{2}(?![\w-])/g;
// Canadian postal code: letter digit letter, space or not, digit letter digit (D F I O Q U never used; W Z not first).
const CA_POSTAL = /(?<![\w-])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ \t]?\d[ABCEGHJ-NPRSTV-Z]\d(?![\w-])/g;
// An international number: "+" and a country code, then groups of digits (8 to 15 digits in all, E.164).
const INTL_PHONE = /(?<![\w+])\+[1-9]\d{0,2}(?:[ \t.\-]?\(?0?\)?[ \t.\-]?\d{1,5}){2,6}(?![\d])/g;
// A UK-style national number: a trunk 0, then 9 or 10 more digits in two or three groups (07700 900461, 020 7946 0958);
// an Australian landline as the ACMA numbering plan writes it, a one-digit area code and two fours (07 3555 0142).
const TRUNK_PHONE = /(?<![\w.\/\-])(?:0\d{2,4}[ \t\-]\d{3,6}(?:[ \t\-]\d{3,4})?|0[2378][ \t]\d{4}[ \t]\d{4})(?![\w\/\-]|[.,]\d)/g;
// The same with the trunk and area code in brackets, as Australia and the UK write landlines ((02) 9876 5432, (020) 7946 0958).
const BRACKET_TRUNK_PHONE = /(?<![\w)])\(0\d{1,4}\)[ \t]?\d{3,4}[ \t\-]?\d{3,4}(?![\w\/\-]|[.,]\d)/g;
// A national number with its trunk 0 written in pairs or short groups, as continental Europe, Ireland and New Zealand
// group them (ITU-T E.164 national plans: French 01 23 45 67 89, Dutch 0612 55 48 30, Irish 01 555 0231, New Zealand
// 09 555 0187, Belgian 02 555 12 34): one separator throughout, 9 to 11 digits. Dates ("05 12 2024") are left.
const GROUPED_TRUNK_PHONE = /(?<![\w.\/\-+])0\d{1,4}([ .\-])\d{2,4}(?:\1\d{2,4}){1,3}(?![\w\/\-]|[.,]\d)/g;
const DATE_OPENING = /^0\d[ .\-](?:0?[1-9]|1[0-2])[ .\-](?:19|20)\d\d/;
// Day-first numeric dates as most of the world writes them, where the day cannot be a month (17/03/2024, 25-12-23).
// The year is required: "17/3" alone reads as a ratio or a score.
const DAY_FIRST_DATE = /(?<![\d\/.\-])(?:1[3-9]|2\d|3[01])([\/\-])(?:0?[1-9]|1[0-2])\1(?:(?:19|20)\d\d|\d\d)(?![\d\/\-]|\.\d)/g;
// A web address written without a scheme or www ("portal.northbaycardio.com/results"), and IPv6 addresses (a double
// colon or eight groups, with a hex letter so clock times never match).
const BARE_DOMAIN = /(?<![\w@.\-\/])[a-z0-9](?:[a-z0-9\-]{0,62}\.){1,4}(?:com|org|net|edu|gov|info|health|io|nhs\.uk|co\.uk|org\.uk|ac\.uk|ca|com\.au|org\.au)(?:\/[^\s<>"']{0,200})?(?![\w@\-])/gi;
const IPV6 = /(?<![\w:])(?:[0-9a-f]{1,4}:){1,7}(?::[0-9a-f]{1,4}){1,7}(?![\w:])|(?<![\w:])(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}(?![\w:])/gi;
// Labels of identifiers, any health system: the value after them is an identifier whatever its letters and dashes.
// Cheap tests run before the scans above, whose lookbehinds and alternations cost time at every position of every note.
const DOMAIN_HINT = /\.(?:com|org|net|edu|gov|info|health|io|uk|ca|au)\b/i;
const IPV6_HINT = /:[0-9a-f]{0,4}:/i;
// A payer's name labels its member number with no word between ("Cigna U7714 2091 01", "AARP AA 418 220 917"): payers.ts.
// Health cards and insurance numbers as other countries label them (eighteenth pass): Brazil's cartão SUS / CNS, Spain's
// tarjeta sanitaria, France's carte Vitale / NIR, Germany's Versichertennummer, Italy's tessera sanitaria, the Dutch zorgpas
// and polisnummer, the Danish sygesikringsbevis, the European EHIC.
const CARD_WORDS = 'cartao(?:[ \\t]sus)?|tarjeta(?:[ \\t]sanitaria)?|carte[ \\t]vitale|carte|versichertenkarte|versichertennummer|versicherungsnummer|krankenversicherungsnummer|tessera(?:[ \\t]sanitaria)?|zorgpas|polisnummer|sygesikringsbevis|ehic|cns|sus|nir';
const ID_LABEL = new RegExp('\\b(?:(' + CARD_WORDS + '|nhs|chi|ohip|health card|health insurance|insurance|ihi|phn|member|policy|subscriber|group|plan|coverage|medical aid|ins\\.|' +
  `${PAYER_NAMES})|(accession|specimen|lab[ \\t](?:no\\.?|number|#)|case|claim|csn|fin|encounter|visit|episode|requisition|ref(?:erence)?|patient|hospital|unit|record|chart|mrn|id)|` +
  '(lot|batch|serial|s\\/n|sn|model|udi|device))\\b(?:[ \\t]{1,2}(?:card|no\\.?|number|num|#|id)){0,2}[ \\t]{0,2}[:#.]?[ \\t]{0,2}', 'gi');
// The value: digit groups with single spaces (485 777 3456) or a token of letters, digits and dashes holding a digit,
// possibly behind a short capitals prefix and a space ("MCD 77-3390182").
const ID_SPACED = /^\d{2,5}(?:[ \t]\d{2,5}){0,2}[ \t]\d{1,5}(?![\w\/]|[.,]\d)/;
// A plan number written as a payer's capitals code and digit groups, the last group possibly ending on a letter:
// "ZGP 4412 8890 01", "MDCR 5521 7730 1A" (plan labels only: elsewhere capitals before digits are a word and a count).
const ID_PREFIXED_SPACED = /^[A-Z]{2,4}[ \t]\d{2,5}(?:[ \t]\d{1,5}[A-Z]?){1,3}(?![\w\/]|[.,]\d)/;
// Digit groups after a plan number's first token, as cards print them ("U7714 2091 01"); not before a word ("12 visits").
const PLAN_GROUPS = /^(?:[ \t]\d{2,5}){1,3}(?![\w\/]|[.,]\d|[ \t]+[a-z])/;
// A check group after a plan number, at the end of its line or field: "U44128890 01".
const CHECK_GROUP = /^[ \t]\d{2,3}(?=[ \t]*(?:$|\n|[,;|)]))/;
// A payer's name between the label and the number: "Insurance: Humana H1234-567".
const PAYER = /^[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?,?[ \t]+(?=[A-Z0-9]*\d)/;
// Groups may be joined by dots too ("RQ666.5364", "09.253.628"), as some registries print them.
const ID_TOKEN = /^(?:[A-Z]{2,4}[ \t])?(?=[A-Za-z\-\/:.]*\d)[A-Za-z0-9]+(?:[\-\/:.][A-Za-z0-9]+){0,4}(?![\w\/]|[.,]\d)/;
// field-ids.ts's words but "h", months and "x", as this rule has always read them (quantity-words.ts).
const UNIT_WORDS = quantityAlternation(without(MASS, ['µg', 'ug', 'pounds', 'kilos']), without(VOLUME, ['mls']),
  without(SUBSTANCE, ['ui', 'u']), only(LENGTH, ['mm', 'cm']), only(HOURS, ['hr', 'hrs', 'min']), DAYS,
  without(YEARS, ['month', 'months', 'y\\/o']), CLOCK);
const UNIT = new RegExp(`^(?:${UNIT_WORDS}|%)$`, 'i');

function scan(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) fn(m);
}

/** How many digits `s` holds (identifier rules count digits, not characters). */
export const digitCount = (s: string): number => s.replace(/\D/g, '').length;

/** The value after an identifier label, if it looks like one: five digits or more, or letters mixed with digits. */
function labelValue(text: string, at: number, health: boolean, numbered: boolean): { start: number; end: number } | undefined {
  if (health) {
    const payer = PAYER.exec(text.slice(at, at + 40));
    if (payer) at += payer[0].length;
  }
  const rest = text.slice(at, at + 48);
  const spaced = ID_SPACED.exec(rest) ?? (health ? ID_PREFIXED_SPACED.exec(rest) : null);
  if (spaced && digitCount(spaced[0]) >= 8) return { start: at, end: at + spaced[0].length };
  const tok = ID_TOKEN.exec(rest);
  if (!tok) return undefined;
  let v = tok[0];
  // A capitals prefix and space belong to the value for plan numbers ("MCD 77-3390182"), and after a label that says
  // number or ID before five digits or more ("SN: REZ 036945"); elsewhere it is a word.
  if (/^[A-Z]{2,4}[ \t]/.test(v) && !health && !(numbered && /^[A-Z]{2,4}[ \t]\d{5}/.test(v))) return undefined;
  const core = v.replace(/^[A-Z]{2,4}[ \t]/, '');
  const digits = digitCount(core);
  const letters = core.replace(/[^A-Za-z]/g, '').length;
  // Digits alone need six or more and no range shape ("episode 130-140").
  if (digits < 4 || (letters === 0 && (digits < 6 || rangeShape(core)))) return undefined;
  // Doses and measures ("lot 5000 units") are numbers with a unit.
  const after = /^[ \t]*([A-Za-z%]+)/.exec(text.slice(at + v.length, at + v.length + 8));
  if (after?.[1] && UNIT.test(after[1])) return undefined;
  v = v.replace(/[.\-\/]+$/, '');
  const check = health ? (PLAN_GROUPS.exec(text.slice(at + v.length, at + v.length + 24)) ?? CHECK_GROUP.exec(text.slice(at + v.length, at + v.length + 8))) : null;
  return { start: at, end: at + v.length + (check?.[0].length ?? 0) };
}

/**
 * Two short numbers joined by a dash read as a range ("130-140", "1900-0700", a season "2019-20"). Four digits and a
 * two-digit group after an identifier's label are a record number and its check group ("7731-04", "REF 7200-45"):
 * ranges are written in full or by their last digits, and a label says an identifier follows.
 */
function rangeShape(core: string): boolean {
  return /^\d{1,4}-\d{1,4}$/.test(core) && !/^(?!19|20)\d{4}-\d{2}$/.test(core);
}

/** International and national phone numbers: E.164 with its country code, and the national plans above. */
function detectNationalPhones(text: string, push: Push): void {
  if (text.includes('+')) scan(INTL_PHONE, text, (m) => {
    const d = digitCount(m[0]);
    if (d >= 8 && d <= 15) push(m.index, m.index + m[0].length, 'PHONE');
  });
  scan(TRUNK_PHONE, text, (m) => {
    const d = digitCount(m[0]);
    if (d === 10 || d === 11) push(m.index, m.index + m[0].length, 'PHONE');
  });
  if (text.includes('(0')) scan(BRACKET_TRUNK_PHONE, text, (m) => {
    const d = digitCount(m[0]);
    if (d >= 9 && d <= 11) push(m.index, m.index + m[0].length, 'PHONE');
  });
  scan(GROUPED_TRUNK_PHONE, text, (m) => {
    const d = digitCount(m[0]);
    if (d >= 9 && d <= 11 && !DATE_OPENING.test(m[0])) push(m.index, m.index + m[0].length, 'PHONE');
  });
}

/** Push spans for the international identifier formats above. */
export function detectInternational(text: string, push: Push): void {
  scan(UK_POSTCODE, text, (m) => push(m.index, m.index + m[0].length, 'ZIP'));
  scan(CA_POSTAL, text, (m) => push(m.index, m.index + m[0].length, 'ZIP'));
  detectNationalPhones(text, push);
  if (DOMAIN_HINT.test(text)) scan(BARE_DOMAIN, text, (m) => push(m.index, m.index + m[0].replace(/[.,;:)]+$/, '').length, 'URL'));
  if (IPV6_HINT.test(text)) scan(IPV6, text, (m) => { if (/[a-f]/i.test(m[0]) || m[0].includes('::')) push(m.index, m.index + m[0].length, 'IP'); });
  scan(DAY_FIRST_DATE, text, (m) => {
    // Ventilator settings read the same way ("AC 600x16/5/40%", "PSV/CPAP 15/10/40%").
    if (/^[ \t]*%/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)) || /[xX][ \t]?$/.test(text.slice(Math.max(0, m.index - 2), m.index)) ||
      /\b(?:ps|psv|peep|cpap|bipap|ac|simv|imv|vent\w*|mode|settings?|fio2)\b[\s:\/]*$/i.test(text.slice(Math.max(0, m.index - 16), m.index))) return;
    push(m.index, m.index + m[0].length, 'DATE');
  });
  scan(ID_LABEL, text, (m) => {
    const v = labelValue(text, m.index + m[0].length, m[1] !== undefined, m[3] !== undefined || /(?:no|number|num|#|id|:)\W*$/i.test(m[0]));
    if (!v) return;
    const type: PhiType = m[1] ? 'HEALTH_PLAN' : m[3] ? 'DEVICE' : 'ID';
    push(v.start, v.end, type);
  });
}
