/**
 * Whole place and identifier spans (issue 14, sixteenth pass), from the regularities of the read letters' LOCATION and
 * identifier misses, each kept only where it also moved the never-opened letters3-9:
 * - an institution whose facility word comes first, as Spanish, Portuguese, French, Italian, Malay and Indonesian name
 *   them ("Hospital Barros Luco", "Hospital de Santa Maria", "Klinik Kesihatan Seksyen 7", "Hôtel-Dieu de Lévis",
 *   "Posta de Salud Chucuito") and English does before "of" ("Hospital of Saint Raphael", "University of Leeds");
 * - a motorway or numbered road ("on the M62", "BIA Road 27", "Highway 401"): a street (Safe Harbor (b)(2)(i)(B));
 * - a capitalised word no English, clinical, medical or eponym list holds after in/at/near/from, ending a clause
 *   ("call her in Vigo:", "a venous sample at Akureyri."), or (seventeenth pass) two capitalised words there, or one
 *   after near/from, that are no kind of place, time, title or clinical word ("at Alder Hey.", "near Porcupine.");
 * - a named building's "House" or "Hall" after a found place, where the name ends ("Trelawney House,");
 * - a registration number after a professional regulator's acronym ("IMC reg 428871", "GOC 01-33817");
 * - an identifier's last dash group that the code patterns left ("BIO-77120" + "-4"), and a plan or account number's
 *   last spaced group before the clause ends ("Medicaid NY 88 4410 72 W for ...");
 * - (seventeenth pass) an issuer's capital-letter prefix written apart from the number ("encounter HAR 300918274"), and
 *   a card or plan number of a letter group and spaced digit groups after an insurance or card word ("RAMQ DESM 5804 1127").
 * - (seventeenth pass) an SSN's masked groups before its last four ("xxx-xx-1234");
 * - (seventeenth pass) a device serial of capitals and digits right after a device noun or a serial mark ("CGM
 *   transmitter 8GM4R2", "S/N DMPXK2LQ9F").
 * - (seventeenth pass) the capitalised words before a found institution's head, with "of", "and" or "&" between them
 *   ("Queen of Sheba Restaurant", "Rahima Moosa Mother and Child Hospital"); a title, a role, an acronym, a month or a
 *   weekday ends the name, and a sentence's first word joins it only if no list holds it.
 * Tried and left off because letters3-9 did not move: a town after an institution's comma, a store after a shopping
 * centre, First Nations by "Nation", royal and compass words before an institution, bleeps, "ring" numbers, 0X XXX
 * XXXX numbers, web addresses without a scheme, plates before a lowercase word, "in" joining an institution and its town.
 */
import { allMatches } from './matches.js';
import { ISSUER_ACRONYMS } from './foreign-id-labels.js';
import type { CaseMode } from './letter-case.js';
import type { Lexicon } from './lexicon.js';
import { HEAD_FIRST_ABROAD } from './institutions-abroad.js';
import { GENERIC } from './organisations.js';
import { TITLE_BEFORE, TITLE_WORDS } from './titles.js';
import type { PhiSpan, PushSpan as Push } from './types.js';

// The facility acronyms of the francophone African health pyramids (see HEAD_FIRST).
const HEALTH_PYRAMID = ['CSCom', 'CSCOM', 'CSRef', 'CSREF', 'CSPS', 'CMA', 'CSI', 'CSB', 'CSU', 'HGR', 'CHD', 'CHUD', 'CNHU', 'CHP', 'EPH', 'EPSP'];
/**
 * The words of five letters or more among those heads, which say a place's kind, not which one (lower case): words.ts
 * does not look for them again across a patient's notes from a place found with them ("Fiche de suivi CSCom").
 */
export const HEAD_KIND_WORDS: ReadonlySet<string> = new Set(['cscom', 'csref', 'hotel', 'pompes', 'funebres', 'dispensaire']);

// Facility words that open an institution's name in languages that put the head first (text is accent-folded).
// Twenty-sixth session (deid-places10): the same order in more languages, each by its common word for a hospital, a
// health centre, a pharmacy or a care home: French "Centre de Santé", "Centre Hospitalier" and the CHU/CHR(U) of the
// French hospital law, Belgian Dutch "UZ" (Universitair Ziekenhuis), Colombia's IPS (Institución Prestadora de
// Servicios de Salud), Indonesia's RSUD/RSUP (Rumah Sakit Umum Daerah/Pusat), Portuguese "Casa de Saúde" and "Lar"
// (care home), Czech "nemocnice", Slovak "nemocnica", Polish "Przychodnia", Tagalog "Ospital",
// German "Apotheke", "Seniorenresidenz", "Sozialstation", "Pflegeheim", "Altenheim", Icelandic "Sjúkrahúsið" and
// "Heilsugæslan" (with "á"/"í", at/in), Vietnamese "Bệnh viện", "Trung tâm Y tế", "Trạm Y tế". Romanian "Spitalul"
// was left out: its names run into a following date ("Spitalul Județean Pitești 5 decembrie"), and the two became one
// span. French "Centre" only before a French word of its name: English writes "Centre" last.
const HEAD_FIRST = new RegExp(String.raw`(?<![A-Za-z\-])(Hospital|Hopital|Hospitalet|Hospicio|Clinica|Clinique|Klinik|Klinikum|Klinika|Ospedale|Policlinica|Policlinico|Poliklinik|Poliklinika|Posta|Centro|Sanatorio|Hotel-Dieu|Puskesmas|Rumah[ \t]Sakit|Instituto|Fundacion|Consultorio|Szpital|Ziekenhuis|Universidad|Universidade|Universite|Universitat|Universita|Facultad|Escuela|Colegio|Liceo|Ecole|Lycee|Sekolah|Escola|` +
  String.raw`Centre(?=[ \t](?:de|du|des|d'|Hospitalier|Medical|Medico)\b)|CHU|CHRU|CHR|UZ|IPS|RSUD|RSUP|Casa[ \t]de[ \t]Saude|Lar|Fakultni[ \t]nemocnice|Nemocnice|Nemocnica|Przychodnia|Ospital|` +
  String.raw`Apotheke|Seniorenresidenz|Sozialstation|Pflegeheim|Altenheim|Sjukrahusid(?:[ \t][ai](?=[ \t]))?|Heilsugaeslan(?:[ \t][ai](?=[ \t]))?|Benh[ \t]vien|Trung[ \t]tam[ \t]Y[ \t]te|Tram[ \t]Y[ \t]te|` +
  // Twenty-seventh session (deid-places11): more languages' facility words (institutions-abroad.ts).
  String.raw`${HEAD_FIRST_ABROAD}|` +
  // Twenty-eighth session (deid-places13): the facility acronyms of the francophone African health pyramids, named for
  // their place with "de"/"du"/"d'" as CHU is (Mali's CSCom and CSRéf, Burkina Faso's CSPS and CMA, Niger's and
  // Cameroon's CSI, Madagascar's and Tunisia's CSB, Côte d'Ivoire's CSU, the DRC's HGR, Benin's CHD, CHUD and CNHU,
  // Morocco's CHP, Algeria's EPH and EPSP: each ministry's facility levels); the hotel, a head first in most
  // languages ("Hotel Bellavista"), and the French undertaker's trade name "Pompes Funèbres".
  // Twenty-ninth session (deid-places15): the French dispensary and the mother-and-child protection centre (PMI, Code de
  // la santé publique art. L2111-1), named for their place the same way ("Dispensaire de …", "PMI de …").
  String.raw`(?:${HEALTH_PYRAMID.join('|')}|Dispensaire|PMI)(?=[ \t](?:de|du|des)[ \t]|[ \t]d['\u2019])|` +
  String.raw`Hotel|Pompes[ \t]Funebres)(?=[ \t]{1,2}\S)`, 'g');
// Twenty-eighth session: French, Italian and Catalan elide the article before a vowel ("à l'Hôpital …", "all'Ospedale
// …", "dell'Angelo"): an elided article before a head or a proper word is the sentence's or the name's joiner.
const ELIDED_BEFORE = /(?:^|[^A-Za-z])(?:[LlDd]|[Aa]ll|[Dd]ell|[Dd]all|[Nn]ell|[Ss]ull|[Qq]u)['\u2019]$/;
// English heads that take their proper part after "of" ("Hospital of Saint Raphael", "University of Leeds").
const HEAD_OF = /(?<![A-Za-z'\-])(Hospital|Infirmary|University|College|Institute|Hospice)(?=[ \t]of[ \t])/g;
// Words that join the proper parts of a head-first name; never its last word.
// Twenty-sixth session: German "am" ("Apotheke am Wallring"), Tagalog "ng" ("Ospital ng Maynila"). Icelandic "á"/"í"
// ("Sjúkrahúsið á Akureyri") is read with its head: folded it is the "a" that Spanish and Portuguese join places with.
// Twenty-eighth session: German "zum", "zur", "im" ("Apotheke zum Löwen", "Klinikum im Friedrichshain") and Polish "im."
// (imienia, "named for": "Szpital Wojewódzki im. Kopernika").
const JOINERS = new Set('de del della dello dei degli da do dos das di du des la le les el y e et of the al am ng zum zur im im.'.split(' '));
// Capitalised words after which a head word is a heading, not a name ("Hospital Course", "Hospital Number: 4").
const NOT_AFTER_HEAD = new Set(('course stay day days admission admissions discharge number no records record policy pharmacy ' +
  'transport bed beds staff doctor doctors nurse visit visits follow notes note letter summary team ward unit dr mr mrs ms').split(' '));
// The generic words of facility names in those languages (health, general, university, regional, community...): a name
// made of them alone ("Centro de Salud", "Hospital General", "Klinik Kesihatan") names a kind of place, not one.
const FOREIGN_GENERIC = new Set(('salud saude sante medico medica medical general geral universitario universitaria universitaire ' +
  'universitatsklinikum regional comunitario comunitaria familiar clinico clinica clinique hospital hospitalier nacional national ' +
  'provincial municipal infantil materno maternidad pediatrico kesihatan umum daerah rakyat desa mental psiquiatrico especialidades ' +
  'atencion primaria basica urgencias emergencias sanitario sanitaria').split(' '));
/** Whether a capitalised word is a proper part: no English, clinical or generic word (lists of the lexicon). */
function proper(w: string, lex: Lexicon): boolean {
  const low = w.toLowerCase();
  return !lex.common.has(low) && !lex.clinical.has(low) && !lex.medical.has(low) && !GENERIC.has(low) && !NOT_AFTER_HEAD.has(low) && !FOREIGN_GENERIC.has(low);
}

// One word of a head-first name's tail; with a doctor's title as one word where it joins the name (`headTail`).
// A number is read whole or not at all: "Kotor 01.12.2026" gives no "0" (twenty-seventh session).
const tailWord = (title: string): RegExp => new RegExp(String.raw`^[ \t]{1,2}(St\.|Ste\.|im\.|${title}[A-Za-z][A-Za-z'\u2019\-]*|\d{1,3}(?!\d)(?![\w.,]\d))`);
const TAIL_WORD = tailWord('');
// A doctor's title (Spanish and Portuguese write "Dra." for a woman).
const DOCTOR_TITLE = String.raw`[Dd]ra?\.`;
const TAIL_WORD_TITLE = tailWord(`${DOCTOR_TITLE}|`);

// Vietnamese writes a facility's descriptive words in lower case after a capitalised first syllable ("Bệnh viện Nhiệt
// đới", tropical diseases hospital; "Trạm Y tế xã Hòa Phong", the commune's health station): after its heads a run of
// one to three lower-case words belongs to the name where a capitalised word follows it or the clause ends.
const LOWER_RUN = /^(?:[ \t]{1,2}[a-z]+){1,3}/;
const VIETNAMESE_HEAD = /^(?:Benh|Trung|Tram)[ \t]/;

/**
 * Where a lower-case run at `at` ends inside a Vietnamese name: null when it does not belong to it; otherwise its end
 * and whether the name goes on (a capitalised word follows) or ends with it (the clause ends).
 */
function lowerRun(text: string, at: number): { end: number; goesOn: boolean } | null {
  const run = LOWER_RUN.exec(text.slice(at, at + 40));
  if (!run) return null;
  const after = text.slice(at + run[0].length, at + run[0].length + 3);
  if (/^[ \t]{1,2}[A-Z]/.test(after)) return { end: at + run[0].length, goesOn: true };
  return /^(?:[ \t]*[.,;:)\n]|[ \t]*$)/.test(after) ? { end: at + run[0].length, goesOn: false } : null;
}

/** Length of a head-first name's tail after its head word, or 0 when no proper word is in it. */
function headTail(text: string, from: number, lex: Lexicon, titleJoins: boolean, lowerJoins = false): number {
  const re = titleJoins ? TAIL_WORD_TITLE : TAIL_WORD;
  let at = from;
  let end = from;
  let properSeen = false;
  let prevProper = false;
  for (let k = 0; k < 6; k++) {
    const m = re.exec(text.slice(at, at + 40));
    if (!m?.[1]) break;
    const w = m[1];
    const low = w.toLowerCase();
    if (/^\d/.test(w)) {
      // A number ends a name only after a proper word ("Seksyen 7").
      if (prevProper) end = at + m[0].length;
      break;
    }
    // A doctor's title joins a hospital's name in Indonesian ("RSUP Dr. Sardjito"); after the English-shared "Hospital"
    // it opens a doctor's name as before ("Hospital Dr. Ames").
    if (JOINERS.has(low) || low === 'dr.' || low === 'dra.') { at += m[0].length; prevProper = false; continue; }
    if (lowerJoins && /^[a-z]+$/.test(w)) {
      const r = lowerRun(text, at);
      if (!r || (!r.goesOn && !properSeen)) break;
      at = r.end;
      if (r.goesOn) { prevProper = false; continue; }
      end = at;
      break;
    }
    // A Maltese or Arabic article joined to a proper word by a hyphen is part of it ("Dar il-Mediterran"); so is an
    // elided article before it ("dell'Angelo", "d'Orléans").
    if (!/^(?:[a-z]{1,2}-|(?:d|l|dell|dall|nell|all|sull)['\u2019])?[A-Z]/.test(w)) break;
    if (k === 0 && NOT_AFTER_HEAD.has(low)) return 0;
    // After a proper word, a capitalised word before a colon is a form's next label ("Dom zdravlja Nikšić Pacijent:
    // …"), not the name's; the name's own last word may end at a colon ("Hospital Universitario de Basurto:").
    if (properSeen && text[at + m[0].length] === ':') break;
    if (lex.clinical.has(low) && !lex.common.has(low) && !/^(?:san|santa|santo|sao|saint|st)$/.test(low)) break;
    prevProper = proper(w, lex);
    properSeen ||= prevProper;
    at += m[0].length;
    end = at;
  }
  return properSeen ? end - from : 0;
}

// Twenty-ninth session (deid-places15): Spanish and Portuguese name a hospital for a doctor with the title inside the
// name ("Hospital Dr. Luis Ortega", "Hospital Universitario Dr. …"), where English writes a doctor after a hospital's
// name ("… Hospital Dr. Ames saw him"). The title joins a name that "Hospital" opens (no capitalised word before it)
// and that runs to the clause's end.
const CAPITAL_BEFORE = /[A-Z][A-Za-z'\u2019\-]*[ \t]{1,2}$/;
const CLAUSE_END = /^[ \t]*(?:[,;:.)\n]|$)/;
const TITLE_IN_TAIL = new RegExp(String.raw`(?:^|[ \t])${DOCTOR_TITLE}[ \t]`);
// Sri Lanka's hospital grades, written before "Hospital" and its town (Ministry of Health, Annual Health Bulletin:
// teaching, provincial and district general, base and divisional hospitals): "Base Hospital Dambulla" is one name.
const GRADE_BEFORE = /(?<![A-Za-z])(?:Base|Divisional|District(?:[ \t]General)?|Provincial(?:[ \t]General)?|Teaching)[ \t]$/;

/** Length of the tail of a hospital named for a doctor after `head` ("Hospital" at `start`), or 0 (see above). */
function doctorsHospitalTail(text: string, start: number, head: number, lex: Lexicon): number {
  if (CAPITAL_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return 0;
  const len = headTail(text, head, lex, true);
  const tail = text.slice(head, head + len);
  return TITLE_IN_TAIL.test(tail) && CLAUSE_END.test(text.slice(head + len, head + len + 4)) ? len : 0;
}

/** Push LOCATION spans for institutions named head first (mixed-case text only, where capitals mark the name). */
export function detectHeadFirstPlaces(text: string, lex: Lexicon, push: Push, mode: CaseMode): void {
  if (mode !== 'mixed') return;
  for (const re of [HEAD_FIRST, HEAD_OF]) {
    for (const m of allMatches(re, text)) {
      const start = m.index ?? 0;
      // An apostrophe before the head closes an elided article, or the head is inside another word ("O'Hospital").
      if (/['\u2019]/.test(text[start - 1] ?? '') && !ELIDED_BEFORE.test(text.slice(Math.max(0, start - 6), start))) continue;
      const head = start + (m[1] as string).length;
      const hospital = re === HEAD_FIRST && m[1] === 'Hospital';
      const titled = hospital ? doctorsHospitalTail(text, start, head, lex) : 0;
      const len = titled || headTail(text, head, lex, re === HEAD_FIRST && !hospital, VIETNAMESE_HEAD.test(m[1] as string));
      const grade = hospital && len > 0 ? GRADE_BEFORE.exec(text.slice(Math.max(0, start - 20), start)) : null;
      if (len > 0) push(start - (grade?.[0].length ?? 0), head + len, 'LOCATION');
    }
  }
}

// Professional regulators' registers (UK Professional Standards Authority's list; Ireland's IMC and NMBI; AHPRA; the
// Canadian colleges): their acronym, an optional "reg"/"registration"/"no", then the registration number.
const REGULATORS = ['GMC', 'NMC', 'HCPC', 'GPhC', 'GPHC', 'GDC', 'GOC', 'GOsC', 'GCC', 'IMC', 'NMBI', 'PSI', 'CORU', 'AHPRA', 'CPSO', 'CPSA', 'CPSBC', 'CNO', 'MCNZ', 'NCNZ', 'HPCSA', 'SANC', 'MMC'];
const REGISTER = new RegExp(String.raw`\b(?:${REGULATORS.join('|')})[ \t]{1,2}(?:(?:reg(?:istration)?\.?|registered|no\.?|number|#)[ \t:#]{0,3}){0,2}((?=(?:[A-Z\-]*\d){4})[A-Z]{0,4}\d[\dA-Z\-]{3,14})(?![\w\-])`, 'g');
// A card or plan number written as a letter group and spaced digit groups ("RAMQ DESM 5804 1127", "Ins: Fidelis Care FC
// 71940 2283"), read after an insurance or card word in the 40 characters before it.
const SPACED_CODE = /(?<![\w\-])([A-Z]{2,6})[ \t]\d{3,6}[ \t]\d{3,6}(?:[ \t]\d{1,6})?(?![\w\-\/]|[.,]\d)/g;
const PLAN_CUE = /\b(?:ins(?:urance|urer)?|plan|card|member|policy|medicaid|medicare|RAMQ|OHIP|MSP|health[ \t](?:card|number)|cover|payer)\b/i;
// A device's serial right after its noun or a serial mark ("CGM transmitter 8GM4R2", "S/N DMPXK2LQ9F"): capitals and
// digits mixed, as makers print them.
const DEVICE_CODE = /\b(?:S\/N|SN|serial(?:[ \t](?:no\.?|number|#))?|transmitter|sensor|pump|pacemaker|defibrillator|implant|stimulator|hearing[ \t]aid|concentrator|glucometer|recorder|IMEI)[ \t:#]{1,3}([A-Z0-9][A-Z0-9\-]{4,17})(?![\w\-])/gi;
// The masked groups written before an SSN's last four ("xxx-xx-1234", "***-**-6789").
const MASKED_GROUPS = /(?<![\w*#])[xX*#]{3}-[xX*#]{2}-$/;
const CODE_HINT = /[0-9]-?[A-Z]|[A-Z]-?[0-9]/;
// The last group of a dashed identifier after a found span ("BIO-77120" + "-4").
const DASH_GROUP = /^-[A-Z0-9]{1,6}(?![\w\-])/;
// A plan or account number's last spaced group, a check letter or digits, before the clause ends ("NY 88 4410 72" + " W").
const LAST_GROUP = /^[ \t](?:[A-Z]|\d{2,5})(?=[ \t]*(?:[,;)\n]|\.(?!\d)|$)|[ \t](?:for|exp|expires|valid)\b)/;
const CODE_TYPES = new Set(['ID', 'MRN', 'ACCOUNT', 'HEALTH_PLAN', 'LICENSE', 'DEVICE', 'VEHICLE']);
// An issuer's letter prefix written apart from its number ("encounter HAR 300918274", "Medicaid LA-MCD 118840276"):
// capitals after a word, a space, then the number the code patterns found. The cue acronyms themselves stay out.
const LETTER_PREFIX = /(?<=[A-Za-z:#][ \t]{1,2}|^)(?<![A-Z][ \t]?)([A-Z]{2,6}(?:-[A-Z]{2,6})?)[ \t]$/;
const CUE_ACRONYMS = new Set([...('MRN MR ID NO REF NHS CHI NI NINO SSN SIN ACCT ACC NPI DEA LIC VIN UDI SN DOB PIN HCN OHIP RAMQ MSP IHI URN UR ' +
  'NHI MBI HICN PHN ULI CRN HRN PPS PPSN TIN EIN DNI NIE NIF CPF RUT CURP BSN PESEL AMKA CNP NIC MEDICARE MEDICAID ' +
  'INS POL GRP ICD CPT NDC LOT BATCH EXP TEL PH FAX IMEI MEID ICCID ESN MAC CDL DL CSN FIN EHR EMR PAS HIN CN ' +
  // National and hospital labels of identifiers.ts' LABEL_WORDS (Malaysia's IC, Singapore's NRIC, India's UHID...).
  'IC NRIC HKID MYKAD UHID IP OP CR PAN DVA NIR INSEE AHV AVS EGN OIB JMBG EMSO KVNR ABHA').split(' '),
  // The regulators' acronyms of REGISTER: a registration number's issuer is its cue.
  ...REGULATORS.map((r) => r.toUpperCase()),
  // Other countries' issuers (foreign-id-labels.ts): "SIS 2-40718362", "STR 3311200219148822".
  ...ISSUER_ACRONYMS]);

/**
 * Push registration numbers after a professional regulator's acronym (LICENSE), device serials after a device noun or
 * serial mark (DEVICE) and spaced plan numbers (HEALTH_PLAN).
 */
export function detectPlaceIdentifiers(text: string, push: Push): void {
  for (const m of allMatches(REGISTER, text)) push((m.index ?? 0) + m[0].length - (m[1] as string).length, (m.index ?? 0) + m[0].length, 'LICENSE');
  // Speed: a serial mixes capitals and digits, so a note with no capital beside a digit is not scanned.
  if (CODE_HINT.test(text)) for (const m of allMatches(DEVICE_CODE, text)) {
    const v = m[1] as string;
    if (/\d/.test(v) && /[A-Z]/.test(v) && v === v.toUpperCase() && !/^\d+(?:MG|MCG|ML|MMOL|U|IU|KG|CM|MM|HR|H)$/.test(v)) push((m.index ?? 0) + m[0].length - v.length, (m.index ?? 0) + m[0].length, 'DEVICE');
  }
  for (const m of allMatches(SPACED_CODE, text)) {
    const at = m.index ?? 0;
    // Seven digits or more in all, as the dashed record numbers: "Plan: BP 145 150", "card: HB 120 130" are values
    // (review-deid, seventeenth session).
    if (m[0].replace(/\D/g, '').length >= 7 && PLAN_CUE.test(text.slice(Math.max(0, at - 40), at)) && !CUE_ACRONYMS.has(m[1] as string)) push(at, at + m[0].length, 'HEALTH_PLAN');
  }
}

// A named building: "House" or "Hall" after a found place where the name ends ("Trelawney House, Truro"); before a
// facility's acronym ("X House NH") the nursing gold marks the proper part alone.
const HALL_AFTER = /^[ \t](?:House|Hall)(?=[ \t]*(?:[,.;:)]|\n|$))/;

/**
 * Spans grown to the whole place or identifier: an identifier over a trailing dash or spaced group and a separate
 * letter prefix, a place over a named building's "House" or "Hall" and, given the lexicon, an institution over the
 * capitalised words of its name before it (mixed case, where the capital marks the name).
 */
export function wholePlaceSpans(spans: readonly PhiSpan[], text: string, mode: CaseMode, lex?: Lexicon): PhiSpan[] {
  return spans.map((s) => {
    if (s.type === 'SSN') {
      const mask = MASKED_GROUPS.exec(text.slice(Math.max(0, s.start - 8), s.start));
      if (mask) return { ...s, start: s.start - mask[0].length };
    }
    if (CODE_TYPES.has(s.type)) {
      const d = DASH_GROUP.exec(text.slice(s.end, s.end + 8)) ?? LAST_GROUP.exec(text.slice(s.end, s.end + 8));
      const p = LETTER_PREFIX.exec(text.slice(Math.max(0, s.start - 16), s.start));
      const start = p?.[1] && !CUE_ACRONYMS.has(p[1].toUpperCase()) && /\d{5}/.test(text.slice(s.start, s.end)) ? s.start - p[0].length : s.start;
      return d || start !== s.start ? { ...s, start, end: d ? s.end + d[0].length : s.end } : s;
    }
    const h = s.type === 'LOCATION' && mode === 'mixed' ? HALL_AFTER.exec(text.slice(s.end, s.end + 8)) : null;
    const start = s.type === 'LOCATION' && mode === 'mixed' && lex && INSTITUTION_END.test(text.slice(s.start, s.end)) ? nameStart(text, s.start, lex) : s.start;
    return h || start !== s.start ? { ...s, start, end: h ? s.end + h[0].length : s.end } : s;
  });
}

// An institution's head word ending a found place: the capitalised words before it belong to its name.
const INSTITUTION_END = /(?:Hospital|Infirmary|Trust|Restaurant|Cent(?:re|er)|Clinic|Hospice|Pharmacy|University|College|School|Practice|Nation|Institute|Academy)$/;
const LEFT_WORD = /(?:^|[ \t])([A-Z][A-Za-z'\u2019\-]*|of|and|&)[ \t]$/;
const ROLE_WORD = /(?:ist|ician|consultant|registrar|nurse|surgeon|doctor|manager|lead|director|officer|worker|visitor)$/;
const SENTENCE_START = /(?:^|[.!?:;]\s{1,2}|\n\s*)$/;
// Months, weekdays and titles (titles.ts): no part of an institution's or a town's name (both lists below).
const CALENDAR = 'january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const NOT_NAME_PART = new RegExp(`^(?:${CALENDAR}|${TITLE_WORDS}|the|at|in|to|from|re|ref|seen|via|per|and|of|&)$`);

/** Where a found institution's name starts: over capitalised words (and "of", "and", "&" between them) to its left. */
function nameStart(text: string, start: number, lex: Lexicon): number {
  let at = start;
  let best = start;
  // Where the name started before the last "of", "and" or "&" was crossed: a title before the words left of it makes
  // them a person ("Dr. Chloe Ferreira of Holrell Hospital"), and the name starts after the joiner again.
  let beforeJoiner = start;
  for (let k = 0; k < 5; k++) {
    const m = LEFT_WORD.exec(text.slice(Math.max(0, at - 30), at));
    const w = m?.[1];
    if (!m || !w) break;
    const low = w.toLowerCase();
    const joiner = low === 'of' || low === 'and' || low === '&';
    // A title, a role ("Consultant Nephrologist"), a post-nominal or an acronym ("FRACP") ends the name on its left.
    if (!joiner && (NOT_NAME_PART.test(low) || ROLE_WORD.test(low) || /^[A-Z]{2,}$/.test(w) || ((lex.clinical.has(low) || lex.medical.has(low)) && !lex.common.has(low)))) break;
    // Another institution's head: two places listed ("Brigham and Women's Hospital and Mercy Hospice").
    if (!joiner && INSTITUTION_END.test(w)) break;
    const from = at - (m[0].length - (m[0].startsWith(w) ? 0 : 1));
    // A sentence's first word is capitalised anyway: there only a word no list holds is part of the name.
    if (!joiner && SENTENCE_START.test(text.slice(Math.max(0, from - 3), from)) && w.split('-').some((p) => lex.common.has(p.toLowerCase()) || lex.clinical.has(p.toLowerCase()))) break;
    if (joiner) beforeJoiner = best;
    at = from;
    if (!joiner) best = at;
  }
  return TITLE_BEFORE.test(text.slice(Math.max(0, best - 8), best)) ? beforeJoiner : best;
}

// A motorway or a numbered road ("on the M62", "BIA Road 27", "Highway 401", "Route 9"): the letters' gold marks a road
// named alone where an event happened (the never-opened letters3-9 gained 3 spans from a bare "Route N" alone).
const ROAD = /\b(?:(?:on|off|along|near|from|to|at|onto|via)[ \t]the[ \t](?:M|A|N)\d{1,4}(?:\(M\))?|(?:[A-Z]{2,4}[ \t])?(?:Route|Highway|Hwy|Interstate|Road|State[ \t]Route)[ \t]\d{1,4}|I-\d{1,3})(?![\w\-\/]|\.\d)/g;
// A capitalised word no list holds after a preposition of place, ending a clause ("call her in Vigo:", "at Akureyri.").
const PREP_UNKNOWN = /\b(?:in|at|near|from)[ \t]{1,2}([A-Z][a-z]{2,}(?:[ \t][A-Z][a-z]{2,})?)(?=[ \t]*(?:[.,;:)]|\n|$))/g;

// A word of going, coming, living or a road event before near/from in the same clause ("rollover on BIA Road 27 near"):
// the place slot of a person or a vehicle.
const MOVE_BEFORE = /\b(?:back|home|return(?:s|ed|ing)?|transfer(?:s|red|ring)?|mov(?:e|es|ed|ing)|travel(?:s|led|ed|ling|ing)?|came|come|comes|coming|arriv(?:e|es|ed|ing)|flew|flown|drove|driven|visit(?:s|ed|ing)?|relocated|emigrated|immigrated|lives?|lived|living|born|stays?|stayed|staying|rollover|crash|collision|accident|RTC|MVC|MVA|found|walking|hiking|camping|farm|house)\b[^.;:!?\n]{0,30}$/i;
const NOT_A_TOWN_PART = new RegExp(`^(?:${CALENDAR}|${TITLE_WORDS}|today|christmas|easter|night|home|work|school|church|theatre|surgery|recovery|holiday|sister|brother|father|mother|nurse|matron|auntie|aunt|uncle|nan|gran|grandma|grandpa|son|daughter)$`);

/** Push numbered roads and unknown capitalised words after a preposition of place (mixed-case text). */
export function detectRoadsAndTowns(text: string, lex: Lexicon, push: Push, mode: CaseMode): void {
  if (mode !== 'mixed') return;
  for (const m of allMatches(ROAD, text)) {
    const w = m[0].replace(/^(?:on|off|along|near|from|to|at|onto|via)[ \t]the[ \t]/, '');
    push((m.index ?? 0) + m[0].length - w.length, (m.index ?? 0) + m[0].length, 'LOCATION');
  }
  for (const m of allMatches(PREP_UNKNOWN, text)) {
    const run = m[1] as string;
    const words = run.toLowerCase().split(' ');
    // After "in" or "at" one word must be on no list ("in Pain.", "at Rest." are no places). Two capitalised words, or
    // one after "near" or "from" ("rollover near Porcupine."), name a place even when English holds them, unless a
    // word is a kind of place, a time, a person's title or a clinical word.
    // One English word after near/from names a place only in a slot of a person's or a vehicle's movement or dwelling
    // ("rollover near Porcupine", "back from Reading"); "improved from Baseline", "weaned from Oxygen", "worse near
    // Bedtime" are the writer's capitals (review-deid, seventeenth session).
    const englishOk = words.length > 1 || (/^(?:near|from)/.test(m[0]) && MOVE_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 48), m.index ?? 0)));
    if (englishOk ? words.some((w) => !townPart(w, lex)) : !unlisted(words[0] ?? '', lex)) continue;
    const at = (m.index ?? 0) + m[0].length - run.length;
    push(at, at + run.length, 'LOCATION');
  }
}

/** Whether a word may be part of a town's name in a place slot although English holds it (no kind of place, time, title or clinical word). */
function townPart(low: string, lex: Lexicon): boolean {
  return !NOT_A_TOWN_PART.test(low) && !GENERIC.has(low) && !lex.clinical.has(low) && !lex.medical.has(low) && !lex.eponyms.has(low);
}

/** A word no English, clinical, medical, eponym or generic list holds. */
function unlisted(low: string, lex: Lexicon): boolean {
  return !lex.common.has(low) && !lex.clinical.has(low) && !lex.medical.has(low) && !lex.eponyms.has(low) && !GENERIC.has(low);
}
