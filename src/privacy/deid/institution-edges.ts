/**
 * The edges of a found institution's name (issue 14, twenty-seventh session): the parts a reader leaves outside the
 * span although they belong to the name. A name is written with its partners' names and initials before a firm's head
 * ("A. Quarrington & Sons", "Brewis & Tallent Funeral Directors"), a church school's designation before its kind (DfE
 * school names: "St Wendreda's RC Primary", "St Anne's C of E Junior"), its branch number after it ("Varlow Pharmacy
 * No. 4"), and a service or laboratory word after a department's name ("Varlow Hospital Laboratory"). This step only
 * grows LOCATION spans that hold an institution's word (or a saint's name before a school designation); it never
 * starts a span. Text is accent-folded. Pure.
 */
import { clinicalWord, type Lexicon } from './lexicon.js';
import type { PhiSpan } from './types.js';

// Institution words, head last (English) and head first (the languages of place-spans.ts' head-first reader): a span
// holding one names an institution.
const INSTITUTION_WORD = new RegExp(String.raw`(?:^|[ \t])(?:Hospital|Infirmary|Hospice|Clinic|Cent(?:re|er)|Pharmacy|Chemists?|Surgery|Practice|` +
  String.raw`Nursery|Primary|School|Academy|College|University|Institute|Laboratory|Service|Services|Unit|Home|Hostel|` +
  String.raw`Church|Chapel|Mosque|Temple|Solicitors|Directors|Sons|Club|Hospitaal|Ziekenhuis|Hopital|Clinica|Clinique|` +
  String.raw`Klinik|Klinika|Centro|Escuela|Colegio|Universidad|Farmacia|Bolnica|bolnica|poliklinika|Masjid)(?=[ \t,.]|$)`);
// A firm's head (a span holding one), before which partners' names joined by "&" and initials are part of the name.
const FIRM_END = /(?:^|[ \t])(?:Sons?|Solicitors|Directors|Accountants|Partners|Builders|Ltd\.?)(?=[ \t,]|$)/;
// A partner's surname and "&" before the span ("Brewis & " + "Tallent Funeral Directors").
const PARTNER_BEFORE = /([A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]&[ \t]$/;
// Initials before a firm's name ("A. " + "Quarrington & Sons", "W. H. ").
const INITIALS_BEFORE = /(?:^|[ \t(])((?:[A-Z]\.[ \t]?){1,3})[ \t]?$/;
// A church school's designation and kind after a saint's name (Department for Education register of schools).
const SCHOOL_AFTER = /^[ \t](?:C[ \t]of[ \t]E|CofE|CE|C\.E\.|RC|R\.C\.|CiW|CW|Catholic|Methodist|URC)(?:[ \t](?:VA|VC))?(?:[ \t](?:Primary|Infants?|Junior|Middle|High|Secondary|First|Academy|School|College))+(?![A-Za-z])/;
// A branch number after an institution ("Pharmacy No. 4", "Hospital No. 1", "Escuela N° 2217").
const NUMBER_AFTER = /^[ \t](?:No\.?|Nr\.?|N°|N\.?º|#)[ \t]?\d{1,4}(?![\d\/\-]|[.,]\d)/;
// A service or laboratory word after a department's name ("… Regional Genetics" + " Laboratory").
const SERVICE_AFTER = /^[ \t](?:Service|Services|Laboratory|Laboratories|Directors)(?![A-Za-z])/;

/** Where an institution's name starts once partners and initials before it are read. */
function firmStart(text: string, s: PhiSpan, lex: Lexicon): number {
  let start = s.start;
  const partner = PARTNER_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  // A clinical or medical word is no partner's surname; English words are surnames too (Wood), so they stay.
  if (partner?.[1] && !clinicalWord(lex, partner[1])) start -= partner[0].length;
  const from = Math.max(0, start - 12);
  const initials = INITIALS_BEFORE.exec(text.slice(from, start));
  if (initials?.[1] && /&/.test(text.slice(start, s.end))) start = from + initials.index + (initials[0].startsWith(initials[1]) ? 0 : 1);
  return start;
}

/** Where an institution's name ends once a school designation, a branch number or a service word after it is read. */
function institutionEnd(text: string, end: number): number {
  const after = text.slice(end, end + 48);
  const m = SCHOOL_AFTER.exec(after) ?? NUMBER_AFTER.exec(after) ?? SERVICE_AFTER.exec(after);
  return m ? end + m[0].length : end;
}

/** Grow institutions' LOCATION spans over the parts of their names left outside (`firmStart`, `institutionEnd`). */
export function institutionEdges(spans: readonly PhiSpan[], text: string, lex: Lexicon): PhiSpan[] {
  return spans.map((s) => {
    if (s.type !== 'LOCATION') return s;
    const body = text.slice(s.start, s.end);
    const saint = /^(?:St\.?|Saint)[ \t][A-Z][a-z]+['\u2019]s$/.test(body);
    if (!saint && !INSTITUTION_WORD.test(body)) return s;
    const start = FIRM_END.test(body) ? firmStart(text, s, lex) : s.start;
    const end = institutionEnd(text, s.end);
    return start !== s.start || end !== s.end ? { ...s, start, end } : s;
  });
}
