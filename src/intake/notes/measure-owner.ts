/**
 * What a measurement written in a note belongs to, from what is named with it in its sentence:
 * - A bare "valve area" is the aortic valve area (the shared table's name for it) unless its sentence names
 *   another valve before it ("mitral valve area 1.0 cm2", "rheumatic mitral stenosis, valve area 1.0 cm2"), as
 *   echo reports give each valve's measurements under that valve (Baumgartner H et al. 2009, EAE/ASE
 *   recommendations for echocardiographic assessment of valve stenosis, J Am Soc Echocardiogr 22:1-23).
 * - A QRS duration in a sentence that names pacing ("ventricular paced rhythm, QRS 150 ms") is the paced
 *   complex's width: the intraventricular conduction criteria (Surawicz B et al. 2009, AHA/ACCF/HRS
 *   recommendations for the standardization and interpretation of the ECG, part III) are for conducted beats,
 *   and the statement list reads a paced rhythm as no model finding (`report-statements.ts`).
 */
import type { Tokens } from './tokenize.js';

/** Normalised words that name a valve, and the valve. "pulmonary" names one only before these words. */
const VALVE_WORDS: ReadonlyMap<string, string> = new Map([
  ['aortic', 'aortic'], ['mitral', 'mitral'], ['mv', 'mitral'], ['tricuspid', 'tricuspid'], ['tv', 'tricuspid'], ['pulmonic', 'pulmonary'],
]);
const PULMONARY_VALVE_NEXT: ReadonlySet<string> = new Set(['valve', 'stenosis', 'regurgitation']);

/** The valve the sentence names nearest before token `first` (from `sFirst`), if any. */
export function valveNamedBefore(tokens: Tokens, sFirst: number, first: number): string | undefined {
  for (let i = first - 1; i >= sFirst; i--) {
    const w = tokens.norm[i] as string;
    const v = VALVE_WORDS.get(w);
    if (v) return v;
    if (w === 'pulmonary' && PULMONARY_VALVE_NEXT.has(tokens.norm[i + 1] as string)) return 'pulmonary';
  }
  return undefined;
}

/** Is the bare "valve area" at [first, end) another valve's than the aortic (see the header)? */
export function otherValveArea(tokens: Tokens, sFirst: number, first: number, end: number): boolean {
  if (end !== first + 2 || tokens.norm[first] !== 'valve') return false;
  const v = valveNamedBefore(tokens, sFirst, first);
  return v !== undefined && v !== 'aortic';
}

/** Normalised words that name cardiac pacing. */
const PACING_WORDS: ReadonlySet<string> = new Set(['paced', 'pacing', 'pacemaker', 'pacemakers', 'ppm', 'crt']);

/** Does the sentence [sFirst, sEnd) name pacing (see the header)? */
export function pacedSentence(tokens: Tokens, sFirst: number, sEnd: number): boolean {
  for (let i = sFirst; i < sEnd; i++) if (PACING_WORDS.has(tokens.norm[i] as string)) return true;
  return false;
}
