/**
 * Sizes that grade a structure in a note ("aorta 6.1 cm", "a 9 mm appendix", "spleen 17 cm"): past a
 * textbook cut-off the structure word reads as the model's enlarged-structure finding. Apart from the
 * lexicon so the lexicon can list the words a size is read after.
 */
import type { Tokens } from './tokenize.js';

/**
 * Sizes that grade a structure (textbook cut-offs): an abdominal aorta of 3.0 cm or more is an aneurysm
 * (ACC/AHA 2005 PAD guideline), a spleen longer than 13 cm is enlarged, an appendix wider than 6 mm
 * is dilated (Terasawa 2004), a lymph node over 10 mm short axis is enlarged. The size is read next to
 * the structure's word ("aorta 6.1 cm", "a 9 mm appendix"); `term` is looked up in the lexicon.
 */
export const SIZE_RULES: readonly { readonly words: readonly string[]; readonly minCm: number; readonly over: boolean; readonly term: string }[] = [
  { words: ['aorta', 'aortic'], minCm: 3.0, over: false, term: 'aorta over 3 cm' },
  { words: ['spleen', 'splenic'], minCm: 13, over: true, term: 'enlarged spleen' },
  { words: ['appendix'], minCm: 0.6, over: true, term: 'dilated appendix' },
  { words: ['node', 'lymph'], minCm: 1.0, over: true, term: 'enlarged lymph nodes' },
];

const SIZE_AFTER = /^[^.;:\n]{0,30}?(\d+(?:\.\d+)?)[ \t]*(cm|mm)(?![a-z])/i;
const SIZE_BEFORE = /(\d+(?:\.\d+)?)[ \t]*(cm|mm)[ \t]+(?:[a-z-]+[ \t]+){0,2}$/i;

/** The size rule a structure word at token i meets, when the written size is past its cut-off. */
export function sizeAt(tokens: Tokens, i: number): (typeof SIZE_RULES)[number] | undefined {
  const w = tokens.norm[i] as string;
  const rule = SIZE_RULES.find((r) => r.words.includes(w));
  if (!rule) return undefined;
  const after = SIZE_AFTER.exec(tokens.text.slice(tokens.end[i] as number, (tokens.end[i] as number) + 50));
  const before = after ? undefined : SIZE_BEFORE.exec(tokens.text.slice(Math.max(0, (tokens.start[i] as number) - 30), tokens.start[i] as number));
  const m = after ?? before;
  if (!m) return undefined;
  const cm = Number(m[1]) / ((m[2] as string).toLowerCase() === 'mm' ? 10 : 1);
  return (rule.over ? cm > rule.minCm : cm >= rule.minCm) ? rule : undefined;
}

/** Every word a size rule reads after. */
export const SIZE_WORDS: readonly string[] = SIZE_RULES.flatMap((r) => r.words);
