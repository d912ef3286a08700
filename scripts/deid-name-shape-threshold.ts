/**
 * How the name-shape threshold of the de-identifier (`src/privacy/deid/name-shape.ts`, `NAME_SHAPE_MIN`) was fixed, on
 * the built-in lists alone (no text of any check set is read): a fifth of the name words and a fifth of the dictionary
 * words (every fifth word, list order) are held out, the model is built from the rest, and for a few shares of held-out
 * dictionary words read as names the score threshold and the share of held-out names above it are printed.
 *   node --import tsx scripts/deid-name-shape-threshold.ts
 */
import { getDefaultLexicon, type Lexicon } from '../src/privacy/deid/lexicon.js';
import { nameShapeScore } from '../src/privacy/deid/name-shape.js';

const lex = getDefaultLexicon();
const inWords = (w: string): boolean => lex.common.has(w) || lex.clinical.has(w) || lex.medical.has(w) || lex.eponyms.has(w);
const WORD = /^[a-z'-]{4,}$/;
const names = [...new Set([...lex.firstNames, ...lex.surnames])].filter((w) => WORD.test(w) && !inWords(w));
const words = [...new Set([...lex.common, ...lex.medical, ...lex.clinical])].filter((w) => WORD.test(w) && !lex.firstNames.has(w) && !lex.surnames.has(w));
const heldOut = new Set([...names.filter((_, i) => i % 5 === 0), ...words.filter((_, i) => i % 5 === 0)]);
const without = (set: ReadonlySet<string>): Set<string> => new Set([...set].filter((w) => !heldOut.has(w)));
const train: Lexicon = { ...lex, firstNames: without(lex.firstNames), surnames: without(lex.surnames), common: without(lex.common), medical: without(lex.medical), clinical: without(lex.clinical) };
const nameScores = names.filter((_, i) => i % 5 === 0).map((w) => nameShapeScore(train, w));
const wordScores = words.filter((_, i) => i % 5 === 0).map((w) => nameShapeScore(train, w)).sort((a, b) => a - b);
console.log(JSON.stringify({ names: names.length, words: words.length, heldOutNames: nameScores.length, heldOutWords: wordScores.length }));
for (const share of [0.005, 0.01, 0.02, 0.05]) {
  const t = wordScores[Math.floor(wordScores.length * (1 - share))] ?? 0;
  console.log(JSON.stringify({ wordsReadAsNames: share, threshold: +t.toFixed(2), heldOutNamesAbove: +(nameScores.filter((x) => x >= t).length / nameScores.length).toFixed(3) }));
}
