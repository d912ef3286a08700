/**
 * Identifier labels of other languages (issue 14, session 25): letters and forms from other health systems name an
 * identifier's scheme in their own words ("cédula 1.014.227.893", "n.º utente SNS 284 119 306", "r. č. 335817/118",
 * "card de sănătate 80642000441902", "pecsétszám 71842", "fatura FT 2026/44817", "mã BN BV175-0441720"), and by issuer
 * acronyms the English word lists shadow ("C.C.", "CI", "SIS", "STR", "TAJ"). The rule is a grammar, not a list of
 * numbers: a label word (identity card, patient record, insurance, invoice or account, professional register), compiled
 * from the national schemes' own names in Spanish, Portuguese, French, Italian, German, Dutch, Polish, Czech, Slovak,
 * Hungarian, Romanian, Turkish, Indonesian, Vietnamese, Icelandic, Russian, Mongolian, Thai and Arabic, then perhaps
 * a numbering word of those languages (nº, nr., número, číslo, szám, số, номер...), a connective ("de", "do"), and a
 * colon or a dash; then the value: perhaps a capitals prefix of any script, digit groups joined
 * by dots (thousands only), dashes or slashes or single spaces, perhaps one or two check letters; five digits or more
 * (six after a bare two-letter acronym). Stays out: a date, a decimal, a range of two short numbers, a value with a
 * unit, a currency or an age word after it, and notes in capitals (every word there has an acronym's shape).
 */
import type { CaseMode } from './letter-case.js';
import { mayOpen, wordGate } from './note-words.js';
import type { PhiType, PushSpan as Push } from './types.js';

// Label words by the kind of number they name, most specific first (a professional "cédula profesional" before the
// identity "cédula"). Case-insensitive, written as `foldAccents` leaves the text (base letters:
// "cedula", "pecsetszam", "r. c." for "r. č.").
const WORD_LABELS: readonly (readonly [PhiType, string])[] = [
  ['LICENSE', 'cedula[ \\t]+profesional|matricula(?:[ \\t]+(?:profesional|nacional|provincial))?|colegiad[oa]|registro[ \\t]+(?:medico|profesional)|' +
    'iscrizione(?:[ \\t]+(?:all[\'’][ \\t]?)?albo)?|approbation|arztnummer|big-(?:nummer|registratie)|prawo[ \\t]+wykonywania[ \\t]+zawodu|' +
    'pecsetszam|orvosi[ \\t]+pecset|(?:cod[ \\t]+)?parafa|(?:diploma[ \\t]+)?tescil|inscricao'],
  ['MRN', 'historia[ \\t]+clinica|expediente|utente|processo[ \\t]+clinico|prontuario|dossier[ \\t]+medical|' +
    'patientennummer|pat\\.?-nr|cartella[ \\t]+clinica|nosologico|patientnummer|rekam[ \\t]+medis|ma[ \\t]+(?:bn|benh[ \\t]+nhan)|' +
    'so[ \\t]+benh[ \\t]+an|journalnummer'],
  ['HEALTH_PLAN', 'poliza|apolice|polizza|polisa|afiliacion|afiliad[oa]|mutuelle|adherent|securite[ \\t]+sociale|' +
    'card(?:ul)?[ \\t]+de[ \\t]+sanatate|asigurat|pojistence|pojistenec|sigorta|' +
    // Health-insurance funds and cards by their schemes' own words (session 32, deid-formats9; the schemes as the ISSA
    // country profiles and the SSA's Social Security Programs Throughout the World name them): "secu" (France's sécurité
    // sociale as written), the Spanish regions' health cards (tarjeta / tarxeta / targeta sanitaria), Belgium's and the
    // Netherlands' sickness funds, Germany's, Austria's and Switzerland's Krankenkasse, Argentina's obra social, Israel's
    // kupat holim, Finland's Kela, Austria's e-card, Algeria's Chifa card, Abu Dhabi's Thiqa, Pakistan's Sehat card,
    // the Philippines' PhilHealth, Peru's EsSalud, Mexico's Seguro Popular, Singapore's MediShield and MediSave. A fund's
    // own name may stand between the word and the number ("mutualité Solidaris 317-448217", "Krankenkasse AOK …"); a
    // word glued to the number by a dash is the number's prefix ("SSP-3310-…"), read by the value.
    '(?:secu|tar[jx]eta[ \\t]+(?:individual[ \\t]+)?sanitaria|targeta[ \\t]+sanitaria|mutualite|mutualiteit|ziekenfonds|krankenkasse|' +
    'obra[ \\t]+social|kupat[ \\t]+c?holim|kela|e-card|chifa|thiqa|sehat[ \\t]+(?:card|sahulat)|philhealth|essalud|' +
    'seguro[ \\t]+popular|medishield|medisave)(?:[ \\t]+\\p{Lu}\\p{L}+(?=[ \\t]))?'],
  ['ACCOUNT', 'factura|fatura|facture|fattura|faktura|faktur|rechnung(?:snummer)?|factuur|szamla|hoa[ \\t]+don|' +
    'cuenta|compte|conto|konto|rekening|ucet|hesap'],
  ['ID', 'cedula(?:[ \\t]+de[ \\t]+(?:identidad|ciudadania|identidade))?|documento[ \\t]+(?:de[ \\t]+identidad|nacional(?:[ \\t]+de[ \\t]+identidad)?)|' +
    'carnet[ \\t]+de[ \\t]+identidad|cartao[ \\t]+de[ \\t]+cidadao|carte[ \\t]+d[\'’]identite|carta[ \\t]+d[\'’]identita|' +
    '(?:personal)?ausweis(?:nummer)?|fallnummer|aktenzeichen|dowod[ \\t]+osobisty|nr[ \\t]+dowodu|rodne[ \\t]+cislo|r\\.[ \\t]?c\\.|' +
    'szemelyi[ \\t]+(?:igazolvany|szam)|kimlik|kennitala|nomor[ \\t]+induk(?:[ \\t]+kependudukan)?'],
];
// The same in Cyrillic, Thai and Arabic script, scanned only in a note that holds such letters (speed).
const SCRIPT_LABELS: readonly (readonly [PhiType, string])[] = [
  ['HEALTH_PLAN', 'полис'],
  ['ID', 'паспорт|снилс|инн|регистр(?:ийн[ \\t]+дугаар)?|เลขประจำตัว(?:ประชาชน)?|الرقم[ \\t]+الوطني|رقم[ \\t]+الهوية'],
];
const SCRIPT_LETTER = /[\u0400-\u04ff\u0600-\u06ff\u0e00-\u0e7f]/;
// Issuers' and documents' acronyms, in capitals (case-sensitive: "cc" and "ci" are units and intervals in lower case):
// identity documents (Latin American cédula and carné, Brazil's RG, Portugal's BI, Mexico's NSS, Indonesia's KTP,
// Vietnam's CCCD and CMND, Sri Lanka's NIC, Russia's СНИЛС and ИНН); record numbers (Spanish HC
// and NHC, French IPP, Thai HN); health insurance (Hungary's TAJ, Vietnam's BHYT, Indonesia's BPJS, Peru's SIS,
// Colombia's EPS, Guatemala's IGSS, Ecuador's IESS, Mexico's IMSS, Ghana's NHIS, Kenya's NHIF, Greece's AMKA, Russia's
// ОМС, Mongolia's ЭМД); professional registers (Colombia's R.M., Argentina's M.N. and M.P., Brazil's CRM, Peru's CMP,
// Indonesia's STR and SIP, France's RPPS and ADELI, Germany's LANR, Poland's NPWZ, Vietnam's CCHN).
const ACRONYM_LABELS: readonly (readonly [PhiType, string])[] = [
  ['LICENSE', 'R\\.M\\.|M\\.[NP]\\.|MN|MP|CRM|CMP|STR|SIP|RPPS|ADELI|LANR|NPWZ|CCHN'],
  ['MRN', 'N?HC|IPP|HN'],
  ['HEALTH_PLAN', 'TAJ|BHYT|BPJS|SIS|EPS|IGSS|IESS|IMSS|NHIS|NHIF|AMKA|ΑΜΚΑ|ОМС|ЭМД|' +
    // More public health-insurance schemes and funds (session 32; ISSA country profiles, SSA Social Security Programs
    // Throughout the World): Canada's provincial plans (Newfoundland and Labrador's MCP, Nova Scotia's MSI, Alberta's
    // AHCIP, Saskatchewan's HSN, Manitoba's PHIN and its department MHSAL, Quebec's NAM, Yukon's YHCIP); France's AME, CMU,
    // CSS, CPAM and MSA, New Caledonia's CAFAT, French Polynesia's CPS; Luxembourg's and Bolivia's CNS; Algeria's CNAS and
    // CASNOS, Romania's CNAS, Morocco's CNSS, CNOPS, AMO and RAMED, Tunisia's and Moldova's CNAM, Gabon's CNAMGS;
    // Poland's NFZ, Czechia's VZP, Croatia's HZZO and MBO, Serbia's RFZO and LBO, Slovenia's ZZZS, Bulgaria's NZOK and
    // НЗОК, Greece's EOPYY and ΕΟΠΥΥ, Cyprus's GESY, Spain's CIP, TSI, NUSS, NASS and MUFACE, Portugal's
    // ADSE, Kazakhstan's OSMS and ОСМС; Nigeria's NHIA, Kenya's SHA, Rwanda's RSSB and CBHI, Zambia's NHIMA,
    // Namibia's PSEMAS, Zimbabwe's PSMAS; India's PMJAY, CGHS, ESIC and ECHS, Indonesia's JKN and KIS;
    // Mexico's ISSSTE, El Salvador's ISSS, Honduras's IHSS, Nicaragua's INSS, Costa Rica's CCSS, Panama's CSS, Paraguay's
    // IPS, Venezuela's IVSS, Chile's FONASA and ISAPRE, Argentina's PAMI and IOMA, the Dominican Republic's SENASA and
    // ARS; Aruba's AZV, Sint Maarten's SZV, Jamaica's NHF, the Cayman Islands' CINICO.
    // Left out: acronyms other meanings give numbers after (Italy's SSN, the US Social Security number; Romania's CAS, a
    // CAS registry number; Nepal's HIB, the Hib vaccine's lot; Indonesia's SIP, a licence above), and Turkey's SGK, whose
    // label the field-opening acronym rule of field-ids.ts already reads.
    'MCP|MSI|AHCIP|HSN|PHIN|MHSAL|NAM|YHCIP|AME|CMU|CSS|CPAM|MSA|CAFAT|CPS|CNS|CNAS|CASNOS|CNSS|CNOPS|AMO|RAMED|CNAM|CNAMGS|' +
    'NFZ|VZP|HZZO|MBO|RFZO|LBO|ZZZS|NZOK|НЗОК|EOPYY|ΕΟΠΥΥ|GESY|CIP|TSI|NUSS|NASS|MUFACE|ADSE|OSMS|ОСМС|' +
    'NHIA|SHA|RSSB|CBHI|NHIMA|PSEMAS|PSMAS|PMJAY|CGHS|ESIC|ECHS|JKN|KIS|' +
    'ISSSTE|ISSS|IHSS|INSS|CCSS|IPS|IVSS|FONASA|ISAPRE|PAMI|IOMA|SENASA|ARS|AZV|SZV|NHF|CINICO'],
  ['ID', 'C\\.[CI]\\.|CC|CI|RG|BI|NSS|KTP|CCCD|CMND|NIC|СНИЛС|ИНН'],
];

/**
 * The issuers' acronyms above written as plain capitals (not the dotted "R.M.", "C.C."), with "HC" and "NHC": the
 * labels of their numbers, which `wholePlaceSpans` leaves out of the span as it does the English cue acronyms (the
 * read letters' gold marks "SIS 2-40718362" and "STR 3311…" without the acronym).
 */
export const ISSUER_ACRONYMS: readonly string[] = ['HC', 'NHC', ...ACRONYM_LABELS.flatMap(([, p]) => p.split('|')).filter((a) => /^\p{Lu}+$/u.test(a))];

// Between the label and the value: numbering words of these languages and connectives, then perhaps a colon, a number
// sign or a dash. An issuer's capitals there ("utente SNS 284 119 306") are read as the value's prefix.
const NUMBERING = "n\\.?[ \\t]?[o\u00ba\u00b0]\\.?|nr\\.?|no\\.?|num\\.?|numero|nummer|numer|cislo|c\\.|szam|numar|nomor|so|№|номер|дугаар|id|de|del|da|do|di|du|des";
const GAP = `(?:[ \\t]*(?:${NUMBERING})(?![\\p{L}\\p{N}]))*[ \\t]*[:#\\-\\u2013]?[ \\t]*`;
const labelScan = (labels: readonly (readonly [PhiType, string])[], flags: string): RegExp =>
  new RegExp(`(?:${labels.map(([, p]) => `(${p})`).join('|')})(?![\\p{L}\\p{N}])\\.?${GAP}(?=[\\p{Lu}\\d])`, flags);
const WORD_SCAN = labelScan(WORD_LABELS, 'giu');
// `scanLabels` keeps only a label no letter or digit stands before (hence `bounded`): a note none of whose words opens
// one is skipped unread (note-words.ts).
const WORD_GATE = wordGate(WORD_SCAN.source, true);
const SCRIPT_SCAN = labelScan(SCRIPT_LABELS, 'giu');
const ACRONYM_SCAN = labelScan(ACRONYM_LABELS, 'gu');
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

// The value: a capitals prefix of any script (glued, or before a space, dash or slash), a first group of digits with
// inner dots, dashes or slashes, more digit groups after single spaces, and one or two check letters.
const VALUE = /(?:\p{Lu}{1,5}(?:[ \-\/]|(?=\d)))?\p{Lu}?\d+(?:[.\-\/]\d+)*(?:[ ]\d{1,6}(?![.\-\/]?\p{L}))*(?:[ ]?\p{Lu}{1,2})?(?![\p{L}\p{N}]|[.,]\d)/uy;
// A unit, a currency, an age or a count word after the value makes it a quantity or an amount; so does a slash (per mm3).
// Beside the SI units: lengths and volumes of lab and radiology lines (mm, cm, mm3, µL, dL, mmHg), the count nouns of
// blood counts and cultures (cells, colonies, copies, leukocytes, platelets in these languages; UFC, CFU), units of a
// dose (unidades, unités, Einheiten), score points, durations (days, hours, weeks, months), and the currencies of the
// labels' countries by ISO 4217 code and name (review-deid12: "cuenta 15000 leucocitos", "SIS 12345 puntos",
// "factura 45000 COP", "CRM 10000 mm"). The text is folded (`foldAccents`): "celulas", "dias", "unites".
const AFTER = new RegExp('^[ \\t]*(?:\\/|(?:' + [
  'mg|mcg|g|kg|ml|l|dl|iu|ui|u|units?|mmol|mm3?|cm3?|[uµμ][lm]|mmhg|cells|copies|%',
  'celulas|cellules|cellule|zellen|leucocitos|leukozyten|leucociti|plaquetas|piastrine|thrombozyten|hematies|eritrocitos',
  'colonias|colonies|colonie|kolonien|ufc|cfu|copias|copie|kopien',
  'unidades|unites|unita|einheiten|jednostek|puntos|pontos|points|punti|punkte|pkt',
  'dias|jours|giorni|tage|horas|heures|ore|stunden|semanas|semaines|settimane|wochen|meses|mois|mesi|monate',
  'pesos|reais|r\\$|euros?|eur|usd|dolares|soles|bolivianos|colones|quetzales|guaranies|lempiras|cordobas|lei|ron|zl|zlotych|kc|korun|ft|forint|huf|lira|lire|tl|try|vnd|dong|rp|rupiah|idr|rub|руб|mnt|₮|baht|thb',
  'cop|mxn|ars|clp|pen|bob|pyg|uyu|ves|brl|crc|gtq|hnl|nio|dop|pab|chf|gbp|pln|czk|isk',
  'anos|ans|jahre|lat|let|eves|ani|tahun|tuoi|years?|yrs?|y',
].join('|') + ')(?![\\p{L}\\p{N}])|[%$€£₫₮])', 'iu');
// Before an invoice or account label, an amount word makes the number after it the amount ("valor de la factura: 45000").
const AMOUNT_BEFORE = /(?:valor|importe|monto|total|saldo|montant|importo|betrag|summe|kwota|castka|osszeg|tutar)[ \t]+(?:(?:de|del|da|do|du|des|della|dell[\'’]|der|des|la|el|a)[ \t]+)*$/i;
const DATE_SHAPE = /^\d{1,4}[\/.\-]\d{1,2}[\/.\-]\d{2,4}$/;
const RANGE = /^\d{1,4}[\-\/]\d{1,4}$/;
const THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;
const BARE_TWO_LETTERS = /^[A-Z]{2}$/;

/** The identifier value at `at`, or undefined when what follows is no identifier (see the module comment). */
function readValue(text: string, at: number, minDigits: number): number | undefined {
  VALUE.lastIndex = at;
  const m = VALUE.exec(text);
  if (!m) return undefined;
  const v = m[0].replace(/[ ]+$/, '');
  const digits = v.replace(/\D/g, '');
  const core = v.replace(/^\p{Lu}{1,5}[ \-\/]?/u, '').replace(/[ ]?\p{Lu}{1,2}$/u, '');
  if (digits.length < minDigits || DATE_SHAPE.test(core) || RANGE.test(core)) return undefined;
  // Dots only as thousands separators ("1.017.448.219"), never a decimal.
  if (core.includes('.') && !core.split(/[ \-\/]/).every((g) => !g.includes('.') || THOUSANDS.test(g))) return undefined;
  const end = at + v.length;
  return AFTER.test(text.slice(end, end + 12)) ? undefined : end;
}

/**
 * Whether an invoice or account label's number is its amount: an amount word before the label, or thousands dots in the
 * value (an invoice or account number is never grouped so; a sum is: "factura 45.000", "cuenta 12.500").
 */
function amount(text: string, labelAt: number, at: number, end: number): boolean {
  return AMOUNT_BEFORE.test(text.slice(Math.max(0, labelAt - 40), labelAt)) || /\d\.\d{3}(?!\d)/.test(text.slice(at, end));
}

function scanLabels(text: string, re: RegExp, labels: readonly (readonly [PhiType, string])[], push: Push): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m.index > 0 && LETTER_OR_DIGIT.test(text[m.index - 1] ?? '')) { re.lastIndex = m.index + 1; continue; }
    const k = m.slice(1).findIndex((g) => g !== undefined);
    const label = m[k + 1] ?? '';
    const at = m.index + m[0].length;
    const type = labels[k]?.[0] ?? 'ID';
    const end = readValue(text, at, re === ACRONYM_SCAN && BARE_TWO_LETTERS.test(label) ? 6 : 5);
    if (end === undefined || (type === 'ACCOUNT' && amount(text, m.index, at, end))) continue;
    re.lastIndex = end;
    push(at, end, type);
  }
}

/** Pushes identifier values after another language's label word or an issuer's acronym (see the module comment). */
export function detectForeignIdLabels(text: string, push: Push, mode: CaseMode): void {
  if (mode === 'upper') return;
  if (mayOpen(WORD_GATE, text)) scanLabels(text, WORD_SCAN, WORD_LABELS, push);
  if (SCRIPT_LETTER.test(text)) scanLabels(text, SCRIPT_SCAN, SCRIPT_LABELS, push);
  scanLabels(text, ACRONYM_SCAN, ACRONYM_LABELS, push);
}
