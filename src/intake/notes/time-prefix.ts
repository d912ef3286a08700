/**
 * A term written as the stem of a compound with the time prefix "pre-" names the time before that state, not the
 * state: "pre-pregnancy check" is a visit before any pregnancy, "pre-op bloods" are no operation, "pre-diabetic" is
 * no diabetes (Oxford English Dictionary, "pre-", prefix: "before (in time)"). Where the whole compound is a term
 * of its own ("pre-eclampsia", "pre-excitation") the longest match reads it first and this rule does not arise; it
 * only keeps the stem alone from being read as the state itself.
 */
import type { Tokens } from './tokenize.js';

/** Is the token at `first` the stem of a "pre-" compound (the word "pre" joined to it by a hyphen, no space)? */
export function afterTimePrefix(tokens: Tokens, first: number): boolean {
  if (first === 0 || tokens.norm[first - 1] !== 'pre') return false;
  const end = tokens.end[first - 1] as number;
  return tokens.text.charCodeAt(end) === 45 /* - */ && tokens.start[first] === end + 1;
}
