/**
 * Values notes write in a panel's shorthand rather than name by name:
 *
 * - **Blood gas triple** "ABG 7.21/68/55" (pH / PaCO2 / PaO2, optionally / HCO3), the order of the
 *   arterial blood gas report; a PaCO2 below 12 is in kPa (1 kPa = 7.50062 mmHg), and so is the PaO2 beside it. A
 *   "VBG 7.25/60/..." gives its pH only (venous PCO2 and PO2 are not judged against arterial ranges).
 * - **Glasgow Coma Scale by components** "GCS E2V2M5" (eye 1-4, verbal 1-5, motor 1-6; Teasdale G,
 *   Jennett B 1974, Lancet 2:81-84): the total, judged as a written total. "VT" (intubated) has no total.
 * - **Orthostatic vital signs**: a lying (or sitting) pressure and pulse followed by a standing one.
 *   The consensus definition (Freeman R et al. 2011, Clin Auton Res 21:69-72): orthostatic hypotension
 *   is a fall of systolic pressure of 20 mmHg or more or diastolic of 10 or more on standing; a rise of
 *   heart rate of 30/min or more (40 aged 12-19) without it is the orthostatic tachycardia of POTS.
 *   The broad model has no finding for either measurement, so both are listed as recognised but not
 *   in the model (concepts `orthostatic-hypotension-measured`, `orthostatic-tachycardia-measured`).
 * - **Pure-tone audiogram thresholds** "4 kHz 60 dB", "45 dB at 2 kHz", "30 dB HL", in a sentence that names
 *   the audiogram: a threshold above 25 dB HL at any frequency is hearing loss on audiometry (ASHA degrees of
 *   hearing loss, Clark JG 1981, Asha 23:493-500: normal -10 to 25 dB HL; the WHO World report on hearing 2021
 *   grades loss from 20 dB on the four-frequency average). Present only: normal thresholds at the frequencies
 *   written say nothing of the others. Differences ("within 5 dB", "air-bone gap 10 dB") are no thresholds.
 */
import type { Sex } from '../../core/model.js';
import { quantityTest, type QuantityTest } from '../fhir/loinc-tests.js';
import type { Flag } from '../fhir/observation.js';
import { noteRange, readingOutcomes, type Reading } from './quantities.js';
import { tokenAfter, type Tokens } from './tokenize.js';

const KPA_TO_MMHG = 7.50062;
/** A PaCO2 below this is in kPa (12 kPa = 90 mmHg; no PaCO2 in mmHg is so low); the PaO2 of the same report shares its unit. */
const PCO2_KPA_BELOW = 12;
const GAS = /\b(abg|vbg|arterial blood gas(?:es)?|venous blood gas(?:es)?|blood gas(?:es)?)\b(?:[ \t]+(?:on|with)[ \t]+(?:room air|ra|\d{1,3}[ \t]*%(?:[ \t]*fio2)?|\d{1,2}[ \t]*l(?:\/min)?(?:[ \t]+nc)?))?[ \t]*(?:[:=-]|showed|shows|revealed|was|of)?[ \t]*(?:[:=-][ \t]*)?(7\.\d{1,2})[ \t]*\/[ \t]*(\d{1,3}(?:\.\d)?)(?:[ \t]*\/[ \t]*(\d{1,3}(?:\.\d)?))?(?:[ \t]*\/[ \t]*(\d{1,2}(?:\.\d)?))?(?![\d/])/gi;
const GCS = /\bgcs[ \t]*(?:score[ \t]*)?(?:of|was|is|[:=])?[ \t]*\(?[ \t]*e[ \t]*([1-4])[ \t]*,?[ \t]*v[ \t]*([1-5])[ \t]*,?[ \t]*m[ \t]*([1-6])(?![\d])[ \t]*\)?/gi;
const POSTURE = /\b(lying|supine|laying|recumbent|sitting|seated|standing|upright|on standing|after standing(?:[ \t]+(?:for[ \t]+)?\d[ \t]*min(?:utes?)?)?)\b[ \t]*[:,-]?[ \t]*(?:(?:bp|blood pressure)[ \t]*[:,-]?[ \t]*)?(?:was[ \t]+|of[ \t]+|is[ \t]+)?(\d{2,3})[ \t]*\/[ \t]*(\d{2,3})(?:[ \t]*mm[ \t]?hg)?(?:[ \t]*[,;]?[ \t]*(?:and[ \t]+)?(?:hr|heart rate|pulse|p)[ \t]*[:,-]?[ \t]*(?:of[ \t]+)?(\d{2,3}))?/gi;


/** H, L or N by the patient's interval. */
function flagOf(test: QuantityTest, value: number, sex: Sex | undefined, age: number | undefined): Flag {
  const r = noteRange(test, sex, age);
  if (r?.low !== undefined && value < r.low) return 'L';
  if (r?.high !== undefined && value > r.high) return 'H';
  return 'N';
}

/** A reading of `test` at characters [start, end) of the note. */
function at(tokens: Tokens, test: QuantityTest, start: number, end: number, rule: string, value: number, converted: number, unit: string, flag: Flag): Reading {
  const first = tokenAfter(tokens, 0, tokens.count, start);
  const last = tokenAfter(tokens, first, tokens.count, end);
  return {
    test: test.id, span: { start, end }, text: tokens.text.slice(start, end), rule, value, ucum: unit, converted, testUnit: test.unit,
    flag, outcomes: readingOutcomes(test, flag), first, end: Math.max(first + 1, last),
  };
}

/** Readings of blood gas triples ("ABG 7.21/68/55"). */
function gasTriples(tokens: Tokens, sex: Sex | undefined, age: number | undefined): Reading[] {
  const out: Reading[] = [];
  for (const m of tokens.text.matchAll(GAS)) {
    const start = m.index + m[0].indexOf(m[2] as string, (m[1] as string).length);
    const end = m.index + m[0].length;
    const venous = /^v/i.test(m[1] as string);
    const ph = Number(m[2]);
    const phTest = quantityTest('ph');
    if (ph < phTest.plausible[0] || ph > phTest.plausible[1]) continue;
    out.push(at(tokens, phTest, start, end, 'qty.ph.gas-triple', ph, ph, '1', flagOf(phTest, ph, sex, age)));
    if (venous) continue;
    // One report, one unit: the PaCO2's size decides both (a PaO2 of 35 kPa on oxygen is 263 mmHg, no hypoxaemia).
    const kpa = Number(m[3]) < PCO2_KPA_BELOW;
    for (const [id, raw] of [['pco2', m[3]], ['po2', m[4]]] as const) {
      if (raw === undefined) continue;
      const test = quantityTest(id);
      const v = Number(raw);
      const mmHg = kpa ? Math.round(v * KPA_TO_MMHG * 10) / 10 : v;
      out.push(at(tokens, test, start, end, `qty.${id}.gas-triple`, v, mmHg, kpa ? 'kPa' : 'mm[Hg]', flagOf(test, mmHg, sex, age)));
    }
    if (m[5] !== undefined && m[4] !== undefined) {
      const hco3 = quantityTest('bicarbonate');
      const v = Number(m[5]);
      out.push(at(tokens, hco3, start, end, 'qty.bicarbonate.gas-triple', v, v, 'mmol/L', flagOf(hco3, v, sex, age)));
    }
  }
  return out;
}

/** Readings of Glasgow Coma Scale components ("GCS E2V2M5"), skipping a total the note also writes. */
function gcsComponents(tokens: Tokens, readings: readonly Reading[]): Reading[] {
  const out: Reading[] = [];
  for (const m of tokens.text.matchAll(GCS)) {
    const start = m.index;
    const end = m.index + m[0].length;
    if (readings.some((r) => r.test === 'gcs' && r.span.start < end && r.span.end > start)) continue;
    const total = Number(m[1]) + Number(m[2]) + Number(m[3]);
    const test = quantityTest('gcs');
    out.push(at(tokens, test, start, end, 'qty.gcs.components', total, total, '1', flagOf(test, total, undefined, undefined)));
  }
  return out;
}

/** Words that name pure-tone audiometry. */
const AUDIOGRAM_WORDS = 'audiogram|audiometry|pure[ -]?tone|pta';
/** A sentence that names pure-tone audiometry; the thresholds after it, to the sentence's end. */
const AUDIOGRAM = new RegExp(String.raw`\b(?:${AUDIOGRAM_WORDS})\b[^]*?(?=\.(?:\s|$)|\n|$)`, 'gi');
const AUDIOGRAM_NAMED = new RegExp(AUDIOGRAM_WORDS, 'i');
/** A threshold in decibels, with the word before it (a difference is written "within", "gap", "by" or "<"). */
const THRESHOLD = /(\bwithin|\bgap|\bby|<|>)?[ \t]*\b(\d{1,3})[ \t]*db\b(?:[ \t]*hl\b)?/gi;
/** ASHA (Clark 1981): a threshold above 25 dB HL is hearing loss. */
const NORMAL_THRESHOLD_DB = 25;

/** A listed reading of hearing loss on audiometry from the first threshold above normal in an audiogram sentence. */
function audiogramThresholds(tokens: Tokens): Reading[] {
  for (const s of tokens.text.matchAll(AUDIOGRAM)) {
    for (const m of s[0].matchAll(THRESHOLD)) {
      const value = Number(m[2]);
      if (m[1] !== undefined || value <= NORMAL_THRESHOLD_DB) continue;
      const start = s.index + m.index + m[0].length - m[0].trimStart().length;
      const end = s.index + m.index + m[0].length;
      const first = tokenAfter(tokens, 0, tokens.count, start);
      const last = tokenAfter(tokens, first, tokens.count, end);
      const span = { start, end };
      return [{ span, text: tokens.text.slice(start, end), first, end: Math.max(first + 1, last), test: 'pure-tone-threshold', rule: 'qty.audiogram.threshold', value, ucum: 'dB', flag: 'H', outcomes: [{ concept: 'audiometry-abnormal', present: true }] }];
    }
  }
  return [];
}

interface Posture { readonly up: boolean; readonly sys: number; readonly dia: number; readonly hr?: number; readonly start: number; readonly end: number }

/** Postural pressures in text order. */
function postures(text: string): Posture[] {
  const out: Posture[] = [];
  for (const m of text.matchAll(POSTURE)) {
    const word = (m[1] as string).toLowerCase();
    const up = /stand|upright/.test(word);
    out.push({ up, sys: Number(m[2]), dia: Number(m[3]), ...(m[4] !== undefined ? { hr: Number(m[4]) } : {}), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Listed readings for orthostatic hypotension and tachycardia from the first lying-then-standing pair. */
function orthostatic(tokens: Tokens, age: number | undefined): Reading[] {
  const ps = postures(tokens.text);
  const down = ps.findIndex((p) => !p.up);
  const up = down < 0 ? -1 : ps.findIndex((p, k) => k > down && p.up);
  if (down < 0 || up < 0) return [];
  const a = ps[down] as Posture;
  const b = ps[up] as Posture;
  if (b.start - a.end > 200) return [];
  const fall = a.sys - b.sys >= 20 || a.dia - b.dia >= 10;
  const start = a.start;
  const end = b.end;
  const first = tokenAfter(tokens, 0, tokens.count, start);
  const last = tokenAfter(tokens, first, tokens.count, end);
  const base = { span: { start, end }, text: tokens.text.slice(start, end), first, end: Math.max(first + 1, last) };
  const out: Reading[] = [{ ...base, test: 'orthostatic-blood-pressure', rule: 'qty.orthostatic.bp-fall', value: a.sys - b.sys, ucum: 'mm[Hg]', flag: fall ? 'H' : 'N', outcomes: [{ concept: 'orthostatic-hypotension-measured', present: fall }] }];
  if (a.hr !== undefined && b.hr !== undefined) {
    const rise = b.hr - a.hr;
    const limit = age !== undefined && age >= 12 && age < 20 ? 40 : 30;
    const tachy = !fall && rise >= limit;
    out.push({ ...base, test: 'orthostatic-heart-rate', rule: 'qty.orthostatic.hr-rise', value: rise, ucum: '/min', flag: tachy ? 'H' : 'N', outcomes: [{ concept: 'orthostatic-tachycardia-measured', present: tachy }] });
  }
  return out;
}

/** The readings plus those written in panel shorthand (blood gas triples, GCS components, orthostatic pairs, audiogram thresholds). */
export function panelShorthand(tokens: Tokens, readings: readonly Reading[], sex: Sex | undefined, age: number | undefined): readonly Reading[] {
  const text = tokens.text;
  const gas = /abg|vbg|blood gas/i.test(text) ? gasTriples(tokens, sex, age) : [];
  const gcs = /gcs/i.test(text) ? gcsComponents(tokens, readings) : [];
  const orth = /stand|upright/i.test(text) ? orthostatic(tokens, age) : [];
  const audio = AUDIOGRAM_NAMED.test(text) ? audiogramThresholds(tokens) : [];
  if (gas.length + gcs.length + orth.length + audio.length === 0) return readings;
  return [...readings, ...gas, ...gcs, ...orth, ...audio].sort((a, b) => a.span.start - b.span.start);
}
