/**
 * Vehicle identification numbers (issue 14, thirteenth pass): the 17 characters of ISO 3779 (no I, O or Q). North
 * American VINs carry a check digit in the ninth place (49 CFR 565.15), so a bare one is found by its arithmetic alone;
 * one without a valid check digit (many European VINs) is read only after a vehicle word (VIN, chassis, car, ...).
 * Safe Harbor (45 CFR 164.514(b)(2)(i)(L)): vehicle identifiers and serial numbers, including licence plates.
 */
import type { PhiSpan, PushSpan as Push } from './types.js';

const VIN = /(?<![\w\-\/.])[A-HJ-NPR-Z0-9]{17}(?![\w\-\/]|\.\d)/g;
const VEHICLE_CUE = /\b(?:vin|chassis|frame|vehicle|car|truck|van|suv|motorcycle|motorbike|scooter|auto)\b[^\n]{0,24}$/i;
// Letter values of ISO 3779 / 49 CFR 565.15 (I, O and Q are not used) and the position weights.
const VALUE = 'A1B2C3D4E5F6G7H8J1K2L3M4N5P7R9S2T3U4V5W6X7Y8Z9';
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

function charValue(c: string): number {
  if (c >= '0' && c <= '9') return c.charCodeAt(0) - 48;
  const at = VALUE.indexOf(c);
  return at >= 0 ? Number(VALUE[at + 1]) : -1;
}

/** Whether a 17-character VIN's ninth character is its check digit (sum of value x weight, mod 11; 10 is X). */
export function vinCheckDigitValid(vin: string): boolean {
  if (vin.length !== 17) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += charValue(vin[i] ?? '') * (WEIGHTS[i] ?? 0);
  const r = sum % 11;
  return vin[8] === (r === 10 ? 'X' : String(r));
}

/**
 * `/[A-Z0-9]{17}/.test(text)` as one pass over the characters: the regex retries at every capital of an all-capitals
 * note (speed).
 */
function hasRun17(text: string): boolean {
  let run = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    run = (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? run + 1 : 0;
    if (run === 17) return true;
  }
  return false;
}

/** VINs: a valid check digit anywhere, or any 17-character VIN shape after a vehicle word; letters and digits both. */
export function detectVins(text: string, push: Push): void {
  if (!hasRun17(text)) return;
  VIN.lastIndex = 0;
  for (let m = VIN.exec(text); m !== null; m = VIN.exec(text)) {
    const v = m[0];
    if (!/[A-Z]/.test(v) || !/\d/.test(v)) continue;
    if (vinCheckDigitValid(v) || VEHICLE_CUE.test(text.slice(Math.max(0, m.index - 40), m.index))) push(m.index, m.index + 17, 'VEHICLE');
  }
}

/**
 * Makes and best-selling models of cars sold in the US and Europe (NHTSA manufacturer names, ACEA members): a product,
 * no one, beside a vehicle word. Makes that are common surnames (Ford, Lincoln, Dodge, Honda, Suzuki) are not listed.
 */
const MAKES_ONLY = ['toyota', 'nissan', 'hyundai', 'kia', 'volkswagen', 'vw', 'bmw', 'mercedes', 'mercedes-benz', 'audi', 'subaru', 'mazda', 'lexus',
  'jeep', 'chevrolet', 'chevy', 'chrysler', 'buick', 'cadillac', 'tesla', 'volvo', 'peugeot', 'renault', 'citroen', 'fiat', 'skoda', 'vauxhall',
  'opel', 'mitsubishi', 'acura', 'infiniti', 'dacia', 'prius', 'corolla', 'camry', 'civic', 'fiesta'];
const MAKES_ONLY_SET: ReadonlySet<string> = new Set(MAKES_ONLY);
const DRIVE_CONTEXT = /\b(?:cars?|vehicle|truck|van|suv|pickup|motorcycle|motorbike|scooter|drives?|drove|driving|driven|parked|plates?|reg|registration|vin|sedan|hatchback|saloon|estate|passenger|crash|collision|rta|mvc|mva)\b/i;

// A car is a thing one has: a determiner or possessive (and up to two describing words) before the make ("a silver
// Toyota", "her Toyota Corolla", "the Volvo"). Several makes are given names too (Mercedes, Kia, Tesla, Lexus): after a
// relation word or alone before a verb ("Daughter Mercedes Lopez drives her", "Mercedes drove") they name a person.
const MAKE_BEFORE = /[ \t]([A-Za-z\-]+)[ \t]+$/;
const ARTICLE_BEFORE = /\b(?:a|an|the|his|her|their|my|your|our|its|[A-Za-z]+['\u2019]s)[ \t]+(?:[a-z]+[ \t]+){0,2}$/;

/**
 * A NAME or LOCATION span made only of car makes and models, written as a thing (after a determiner or a possessive)
 * with a vehicle word near it: a product, no one. A span with any other word ("Mercedes Lopez") stays a name.
 */
export function isVehicleMake(s: PhiSpan, span: string, text: string): boolean {
  if (s.type !== 'NAME' && s.type !== 'LOCATION') return false;
  const words = span.toLowerCase().split(/[ \t]+/);
  if (!words.every((w) => MAKES_ONLY_SET.has(w))) return false;
  // A make before a model is part of the thing's name ("her Toyota Corolla" where Corolla is the span).
  let before = text.slice(Math.max(0, s.start - 40), s.start);
  for (let m = MAKE_BEFORE.exec(before); m !== null && MAKES_ONLY_SET.has((m[1] ?? '').toLowerCase()); m = MAKE_BEFORE.exec(before)) {
    before = before.slice(0, m.index + 1);
  }
  return ARTICLE_BEFORE.test(before) &&
    DRIVE_CONTEXT.test(text.slice(Math.max(0, s.start - 60), s.end + 60));
}
