/**
 * Licence plates (issue 14, eighteenth pass; Safe Harbor (L): vehicle identifiers and serial numbers, including licence
 * plates): a plate after a vehicle or plate word of several languages (car, lorry, ambulance, reg, rego, Kennzeichen,
 * immatriculation, matrícula, kenteken, targa, registreringsnummer...), perhaps with "reg", "plate", "no." or a bracket
 * between: one to four groups of capitals and digits, both present, 4 to 10 characters in all, as the national schemes
 * write them (UK AB12 CDE, India TN 39 BX 4471, Germany M-AB 1234, France AB-123-CD, Spain 1234 BCD, Netherlands
 * 12-ABC-3, a country code before: LT KRA 441). `patterns.ts`' PLATE_CUE reads the English cues' one- and two-group plates
 * in any case; this grammar adds the other cues, the words between, and the longer plates.
 * Session 23 (deid-ids): UK plates of the current DVLA format need no cue (`detectDvlaPlates`).
 */
import type { CaseMode } from './letter-case.js';
import { allMatches } from './matches.js';
import { mayOpen, wordGate } from './note-words.js';
import { DAYS, HOURS, LENGTH, MASS, only, quantityAlternation, RATES, without, YEARS } from './quantity-words.js';
import type { PushSpan as Push } from './types.js';

// Road vehicles, then craft that carry a registration as a car does (a boat's or ship's hull number, a snowmobile's),
// then the word for a vehicle in other languages (German Fahrzeug and the DIN 75079 ambulance classes RTW / KTW,
// French, Spanish, Portuguese, Italian, Polish, Dutch).
const VEHICLE_WORDS = 'car|cars|vehicle|truck|lorry|van|suv|pickup|ute|bus|minibus|taxi|cab|jeep|hearse|ambulance|motorcycle|motorbike|moped|scooter|tractor|trailer|caravan|' +
  'snowmobile|boat|vessel|ship|yacht|ferry|trawler|dinghy|canoe|lancha|barco|bateau|' +
  'fahrzeug|rtw|ktw|v[ée]hicule|voiture|veh[íi]culo|coche|ve[íi]culo|carro|veicolo|mezzo|pojazd|voertuig|' +
  // Session 35 (deid-formats12): the craft and vehicles the letters' transfers name in their own languages, folded
  // (English jet-ski, skiff, barge, longboat, speedboat, lifeboat, hovercraft, airboat, buggy; Spanish bote,
  // barcaza, canoa, panga, balsa, cayuco, piragua, camioneta, moto, motocicleta, ambulancia; Portuguese voadeira,
  // rabeta, caminhao, ambulancia; French pirogue, pinasse, vedette, navire, peniche, camion, camionnette, moto; Italian
  // barca, gommone, motoscafo, traghetto, ambulanza; German Schiff, Fahre, Krankenwagen; Nordic ferje,
  // ambulanse, snoscooter; Tagalog and Malay bangka, perahu, kapal, sampan; Swahili dhow, mashua, boti, pikipiki,
  // bajaji, matatu; tuk-tuk, rickshaw, tricycle, jeepney) and aircraft whose number is no ICAO mark ("Coast Guard
  // aircraft CG-784").
  'jet-?ski|skiff|barge|longboat|speedboat|lifeboat|hovercraft|airboat|buggy|bote|barcaza|canoa|panga|balsa|cayuco|piragua|' +
  'camioneta|moto|motocicleta|ambulancia|voadeira|rabeta|caminhao|pirogue|pinasse|vedette|navire|peniche|camion|camionnette|' +
  'barca|gommone|motoscafo|traghetto|ambulanza|schiff|fahre|krankenwagen|ferje|ambulanse|snoscooter|bangka|perahu|kapal|' +
  'sampan|dhow|mashua|boti|pikipiki|bajaji|matatu|tuk-tuk|rickshaw|tricycle|jeepney|aircraft|helicopter|helikopter|helicoptere|helicoptero|avioneta';
const PLATE_WORDS = 'plates?|call[ \\t]sign|number[ \\t]plate|licen[cs]e[ \\t]plate|tags?|registration|reg|rego|vrm|kennzeichen|kfz-kennzeichen|nummernschild|immatriculation|immatricule|matricula|targa|kenteken|nummerplade|nummerskilt|registreringsnummer|registreringsnr|rekisterinumero|rendszam|spz';
// The words that may stand between the cue and the plate: "car reg", "van registration no.", "plate number:", "car (".
const FILLER = '(?:[ \\t]*(?:(?:reg(?:istration)?|rego|plate|no|number|nr|mark|is|was)\\b\\.?|[:#(]))*';
// A cue word read as the plate's first group ("Kennzeichen RTW B-RK 5521"): the plate starts after it, where the
// next cue match reads it.
const CUE_WORD = new RegExp(`^(?:${VEHICLE_WORDS}|${PLATE_WORDS})$`, 'i');
// Plate characters: capitals and digits, and the letters and digits of the plates written in Cyrillic (Russia's twelve
// GOST R 50577 letters, Mongolia's and Central Asia's Cyrillic capitals with Ө and Ү) and in Arabic script (Iran's
// plate letter between its digit groups, the Gulf's and Egypt's letters; Arabic-Indic and Persian digits).
const CYRILLIC_CAPITAL = '\\u0401\\u0410-\\u042F\\u04AE\\u04E8';
const ARABIC_LETTER = '\\u0621-\\u064A\\u067E\\u0686\\u0698\\u06A9\\u06AF\\u06CC';
const OTHER_DIGIT = '\\u0660-\\u0669\\u06F0-\\u06F9';
// Greek plates (Greece, Cyprus) are written in the Greek capitals that look like Latin ones (ΙΚΕ 4417, ΚΗΥ-1234).
const GREEK_CAPITAL = '\\u0391-\\u03A9';
const PLATE_CHAR = `A-Z0-9${CYRILLIC_CAPITAL}${ARABIC_LETTER}${GREEK_CAPITAL}${OTHER_DIGIT}`;
const PLATE_CUE = new RegExp(`\\b(?:${VEHICLE_WORDS}|${PLATE_WORDS})\\b\\.?${FILLER}[ \\t]{0,2}(?<![A-Za-z0-9])(?=[${PLATE_CHAR}])`, 'gi');
// A note none of whose words is one of PLATE_CUE's is skipped unread (note-words.ts).
const PLATE_CUE_GATE = wordGate(PLATE_CUE.source);
// The words for a plate and a car in Cyrillic and Arabic script (Russian госномер, г/н, номерной знак, автомобиль,
// машина, снегоход; Mongolian улсын дугаар; Arabic لوحة, سيارة, مركبة; Persian پلاک, خودرو, ماشین; Urdu گاڑی), which
// `\b` cannot bound.
// Greek: the car, the vehicle, the plate and the registration number, the ambulance, the lorry, the motorbike, the taxi,
// the boat (αυτοκίνητο, όχημα, πινακίδα, αριθμός κυκλοφορίας, ασθενοφόρο, φορτηγό, μοτοσικλέτα, μηχανή, ταξί, σκάφος,
// βάρκα), as Greek writes them, with or without the tonos.
const SCRIPT_CUE = new RegExp(`(?<![\\p{L}\\p{N}])(?:госномер|гос\\.?[ \\t]?номер|г/н|номерной[ \\t]знак|автомобил[ьяеи]|машин[аеуы]?|снегоход[аеу]?|мотоцикл[аеу]?|улсын[ \\t]дугаар|لوحة|سيارة|مركبة|پلاک|خودرو|ماشین|گاڑی|` +
  `αυτοκ[ιί]νητο(?:υ)?|[οό]χημα(?:τος)?|πινακ[ιί]δα(?:ς)?|πινακ[ιί]δες|αρ\\.?[ \\t]?κυκλοφορ[ιί]ας|αριθμ[οό]ς[ \\t]κυκλοφορ[ιί]ας|ασθενοφ[οό]ρο(?:υ)?|φορτηγ[οό]|μοτοσικλ[εέ]τα|μηχαν[ηή]|ταξ[ιί]|σκ[αά]φος|β[αά]ρκα)(?![\\p{L}\\p{N}])[ \\t:№#(]{0,3}(?=[${PLATE_CHAR}])`, 'giu');
// The plate itself, read case-sensitively where the cue ends: groups of plate characters (a hyphen, perhaps spaced,
// or a space between) ending a phrase or before a lowercase word.
const GROUP = `[${PLATE_CHAR}]{1,7}(?![A-Za-z0-9${PLATE_CHAR}])`;
const PLATE = new RegExp(`${GROUP}(?:(?:[ \\t]?-[ \\t]?|[ \\t])${GROUP}){0,3}(?=[ \\t]*(?:[,.;:)\\]\\n](?!\\d)|$|[a-z(\\u0430-\\u044F\\u03AC-\\u03CE]))`, 'y');
const NOT_PLATE_CHAR = new RegExp(`[^${PLATE_CHAR}]`, 'g');
const PLATE_LETTER = new RegExp(`[A-Z${CYRILLIC_CAPITAL}${ARABIC_LETTER}${GREEK_CAPITAL}]`);
const PLATE_DIGIT = new RegExp(`[0-9${OTHER_DIGIT}]`);
// Measurement acronyms and code systems written with a number after a vehicle word ("ambulance ETA 40", "crew GCS 14",
// "ICD-10 V43.5"): no plate.
export const MEASURE_HEAD = /^(?:icd|loinc|snomed|cpt|atc|hgvs|eta|gcs|hr|bp|sbp|dbp|map|rr|spo2|sats?|bm|bmi|news2?|mews|pews|ews|mph|kph|km|ecg|avpu|o2|cbg|temp|fio2|peep|ps|cpap|bipap|tv|vt|iss|rts|cat|ph|hb|k|na|cr|inr|crp|wcc|lac|rbs)$/i;
// Capitals notes write words in capitals: a group that is a function word is no plate ("AMBULANCE TO ED AT 1400").
const FUNCTION_WORD = /^(?:A|AN|THE|TO|AT|ON|IN|OF|BY|FOR|AND|OR|IS|WAS|WITH|FROM|PT|ED|ER|A&E)$/;
// A dose ("Actrapid reg 100U") or a trainee's grade after "reg" ("reg ST3", "FY2", "CT1", "SpR") is no plate group.
const DOSE_OR_GRADE = /^(?:\d+(?:U|IU|MG|MCG|ML|MMOL|KG|G)|(?:ST|FY|CT|SPR|F)\d)$/;
// The words this rule has always read (quantity-words.ts). "%" stays inside the word end, as it was (it stops a value
// only before a letter).
const UNIT_WORDS = quantityAlternation(without(HOURS, ['h', 'seconds']), DAYS, without(YEARS, ['month', 'months']),
  only(RATES, ['mph', 'kph']), only(LENGTH, ['km', 'miles']), only(MASS, ['mg', 'kg']));
const UNIT_AFTER = new RegExp(`^[ \\t]*(?:${UNIT_WORDS}|%)\\b`, 'i');

/**
 * Push VEHICLE spans for plates after a cue word. Notes written all in capitals are left: there every word is capitals
 * and digits ("REG INSULIN 4U").
 */
export function detectPlates(text: string, push: Push, mode: CaseMode): void {
  if (mode === 'upper') return;
  if (mayOpen(PLATE_CUE_GATE, text)) for (const m of allMatches(PLATE_CUE, text)) readPlate(text, m.index + m[0].length, push);
  if (text.includes('motor')) {
    for (const m of allMatches(MOTOR_PLATE, text)) {
      const plate = m[1] ?? '';
      if (!MEASURE_HEAD.test(plate.split(/[ \t-]/)[0] ?? '')) push(m.index + m[0].length - plate.length, m.index + m[0].length, 'VEHICLE');
    }
  }
  if (/[\u0370-\u03FF\u0400-\u04FF\u0600-\u06FF]/.test(text)) for (const m of allMatches(SCRIPT_CUE, text)) readPlate(text, m.index + m[0].length, push);
}

// The Tagalog, Cebuano, Malay and Indonesian word for a motorbike is "motor", which English notes use for power and
// nerves ("motor 5/5", "motor L4 S1"): after it only the shape of a plate of two or three letters and three or four
// digits, in either order, closing the field ("motor GY 5836;", Philippine LTO and Indonesian plates).
const MOTOR_PLATE = /\bmotor[ \t]?:?[ \t]((?:[A-Z]{2,3}[ \t-]?\d{3,4}|\d{3,4}[ \t-]?[A-Z]{2,3}))(?=[ \t]*(?:[,;)\n]|\.(?!\d)|$))/g;

/** Push the plate that starts at `start`, where a cue ended, if its groups make one. */
function readPlate(text: string, start: number, push: Push): void {
  PLATE.lastIndex = start;
  const v = PLATE.exec(text)?.[0] ?? '';
  const chars = v.replace(NOT_PLATE_CHAR, '');
  if (chars.length < 4 || chars.length > 10 || !PLATE_DIGIT.test(v) || !PLATE_LETTER.test(v)) return;
  const groups = v.split(/[ \t\-]+/);
  // A lone "A" after a digit group is a plate's series letter (Uzbekistan "01 A 447 BC"), not the article. A function
  // word is a word of a capitals sentence only where spaces part it from the rest: joined by a hyphen it is a plate's
  // group ("NZ-4471-PT", session 35).
  const words = v.split(/[ \t]+/);
  const functionWord = (g: string, k: number): boolean => FUNCTION_WORD.test(g) && !(g === 'A' && k > 0 && /^\d+$/.test(words[k - 1] ?? ''));
  if (MEASURE_HEAD.test(groups[0] ?? '') || CUE_WORD.test(groups[0] ?? '') || words.some(functionWord) || groups.some((g) => DOSE_OR_GRADE.test(g))) return;
  if (UNIT_AFTER.test(text.slice(start + v.length, start + v.length + 10))) return;
  push(start, start + v.length, 'VEHICLE');
}

// The DVLA format in use since September 2001 (INF104): a memory tag (a region letter, then a local letter that is not
// I, Q or Z), an age identifier (02-26 March, 51-76 September registrations, up to 2026), a space, three random letters
// (no I or Q). Read case-sensitively as a whole token ("KX73 FHB", "PO19 WZT"); the character before is checked in code,
// not by a lookbehind tried at every position of the text.
const DVLA_PLATE = /[ABCDEFGHKLMNOPRSVWY][A-HJ-PR-Y](?:0[2-9]|1\d|2[0-6]|5[1-9]|6\d|7[0-6]) [A-HJ-PR-Z]{3}(?![\w\-\/]|[.,]\d)/g;
// Clinical tokens of the same letters-digits shape: cluster-of-differentiation markers ("CD20 POS"), sulphate and
// phosphate formulas written with a zero for the O ("MS04 PCA", morphine sulphate by PCA; "KP04"); and three capitals
// that are an abbreviation or a capitals word rather than random letters ("ST20 AND", "AB12 PCA").
const TOKEN_BEFORE = /[\w\-\/.]/;
// Two-letter vital-sign and lab heads of MEASURE_HEAD that a plate's memory tag can spell, and the pulse rate's PR.
const VITAL_TAG = /^(?:HR|BP|RR|PR|BM|PS|TV|VT|CR|HB|PH)$/;
const NOT_A_TAG = /^(?:CD|.[SP]04)/;
const CAPITALS_WORD = /^(?:BPM|REG|POS|NEG|NIL|LOW|ABN|NML|WKS|HRS|MIN|MGS|MLS|AND|THE|FOR|BUT|NOT|WAS|HAS|DAY|AGO|PER|VIA|SEE|AMP|TAB|CAP|INJ|NEB|BOT|BOX|KIT|LOT|EXP|REF|REV|VER|STD|AVG|MAX|SUM|TOT|PRN|BID|TID|QID|PCA|ODS|OFF|ONE|TWO|SIX|TEN|YES|MRN|DOB|NHS|GMC|NMC)$/;

/**
 * Push VEHICLE spans for UK plates of the current DVLA format, with or without a vehicle word before them (a run sheet's
 * "RRV KX73 FHB", "driver of PO19 WZT"). Notes all in capitals are left, as for cued plates.
 */
export function detectDvlaPlates(text: string, push: Push, mode: CaseMode): void {
  if (mode === 'upper') return;
  for (const m of allMatches(DVLA_PLATE, text)) {
    if (TOKEN_BEFORE.test(text.charAt(m.index - 1)) || NOT_A_TAG.test(m[0]) || CAPITALS_WORD.test(m[0].slice(5))) continue;
    // A vital sign's abbreviation run into its value is no memory tag ("RR18 BPM", "BP22 ...", "PR72 REG"; review-deid7).
    if (VITAL_TAG.test(m[0].slice(0, 2))) continue;
    push(m.index, m.index + 8, 'VEHICLE');
  }
}
