/**
 * A code of capitals, a hyphen and four or more digits is an identifier wherever it stands (issue 14, session 42,
 * deid-ids8): a record's, sample's, donor's, badge's or incident's number is written as its issuer's prefix, a hyphen
 * and a serial ("MEM-2291", "DNR-TX-0441", "LB26-0447128", "FLT-0447", "ZZ-TRM-4471"), often with no label at all (a
 * screening log's line start, a table's cell). The number rules read such a code after a label they know; this reads
 * the shape alone. In the read letters (letters10-37) 574 such tokens lie in a gold span and 4 do not (a year, a
 * sponsor's protocol number, a software ticket, one more); the clinical words that share the shape mostly write three
 * digits or fewer ("CA-125", "UVB-311", "TJ-54") or a year ("GLI-2012").
 * Refused: a year alone as the serial (1900-2099), a unit after it, a standard's or a drug maker's development code
 * (their prefixes below), and a token another rule already read. Pure; a text with no capital, hyphen and four digits
 * in a row is skipped unread.
 */
import { allMatches } from './matches.js';
import type { PhiSpan, PushSpan as Push } from './types.js';

// Prefix: one to six capitals and at most two digits (two characters at least), a second group of capitals perhaps,
// then a hyphen and four digits or more, perhaps further groups; a whole token (not inside a longer code or a path).
const CODE = /(?<![\p{L}\p{N}\-/.#])(?=[A-Z0-9]{2,8}-)([A-Z]{1,6})\d{0,2}(?:-[A-Z]{1,4})?-(\d{4,})((?:-[A-Z0-9]{1,6})*)(?![\p{L}\p{N}\-/]|\.\d)/gu;
const QUICK = /[A-Z]\d{0,2}-\d{4}/;
// A unit after the number makes it a value ("HX-2000 mg").
const UNIT_AFTER = /^[ \t]?(?:mg|mcg|µg|ug|g|kg|ml|mL|l|L|nm|mm|cm|m|IU|iu|units?|mmol|mol|Hz|kHz|MHz|V|W|%)(?![\p{L}\p{N}])/u;
// Prefixes of codes that name no one: standards (ISO, IEC, EN, DIN, ASTM, BS, ANSI, IEEE, UN dangerous-goods numbers)
// and classifications (ICD, DSM, CPT, ATC), and drug makers' development codes as they are written in trial reports
// and the INN/USAN applications (Merck MK-, Pfizer PF-, Lilly LY-, AbbVie ABT-/ABBV-, Gilead GS-, Bayer BAY-,
// AstraZeneca AZD-/MEDI-, BMS-, J&J JNJ-, Roche RO-/RG-/GDC-, Sanofi SAR-, GSK-, Boehringer BI-, Takeda TAK-, Amgen AMG-,
// Novartis NVP-/LGX-, Daiichi DS-, Incyte INCB-, Vertex VX-, Regeneron REGN-, Biogen BIIB-, Celgene CC-, Seagen SGN-).
const NOT_PERSONAL = new Set(('ISO IEC EN DIN ASTM BS ANSI IEEE UN NF JIS AS CSA ICD DSM CPT ATC SNOMED LOINC HL ' +
  'MK PF LY ABT ABBV GS BAY AZD MEDI BMS JNJ RO RG GDC SAR GSK BI TAK AMG NVP LGX DS INCB VX REGN BIIB CC SGN').split(' '));

/** Push an ID span for each code of the shape above that no found span overlaps. */
export function detectHyphenCodes(text: string, found: readonly PhiSpan[], push: Push): void {
  if (!text.includes('-') || !QUICK.test(text)) return;
  for (const m of allMatches(CODE, text)) {
    const prefix = m[1] ?? '';
    const serial = m[2] ?? '';
    if (NOT_PERSONAL.has(prefix)) continue;
    if (m[3] === '' && /^(?:19|20)\d\d$/.test(serial)) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (UNIT_AFTER.test(text.slice(end, end + 8))) continue;
    if (found.some((s) => s.start < end && start < s.end)) continue;
    push(start, end, 'ID');
  }
}
