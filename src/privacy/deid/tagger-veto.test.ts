import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';
import { getDefaultLexicon } from './lexicon.js';
import { tagTokens } from './tagger.js';
import { cueBeside, vocabularyWord } from './tagger-veto.js';

test('a DDXPlus differential list of disease names stays untagged with the built-in tagger on', () => {
  const list = "[['Chagas', 0.21], ['Ebola', 0.18], ['Croup', 0.12], ['Boerhaave', 0.09], ['Guillain-Barré syndrome', 0.06], ['Scombroid food poisoning', 0.05], ['Larygospasm', 0.04]]";
  assert.deepEqual(detectPhi(list, { tagger: 'built-in' }), []);
  assert.deepEqual(detectPhi('Chagas\nEbola\nCroup\nBoerhaave\nWhooping cough', { tagger: 'built-in' }), []);
});

test('the vocabulary: condition, clinical, medicine and organism words, hyphenated ones by their parts; names stay names', () => {
  const lex = getDefaultLexicon();
  for (const w of ['Chagas', 'Ebola', 'Croup', 'Boerhaave', "Boerhaave's", 'Guillain-Barre', 'Metformin', 'Acinetobacter']) assert.ok(vocabularyWord(w, lex), w);
  // A clinical-list word that a name list holds stays a possible name; an unknown word is no vocabulary word.
  for (const w of ['Miller', 'Wilson', 'Turner', 'Quorvannis', 'Ebola-Quorvannis']) assert.ok(!vocabularyWord(w, lex), w);
});

test('a person or place cue beside a vocabulary word lifts the veto', () => {
  const lex = getDefaultLexicon();
  const cue = (text: string, word: string, ruleTags?: string): boolean => {
    const toks = tagTokens(text);
    return cueBeside(text, toks, toks.findIndex((t) => t.word === word), lex, ruleTags);
  };
  assert.ok(cue('Seen by Dr. Croup today', 'Croup'));
  assert.ok(cue('Seen by J Croup today', 'Croup'));
  assert.ok(cue('Seen by Anna Croup today', 'Croup'));
  assert.ok(cue('lives on Ebola Road now', 'Ebola'));
  assert.ok(cue('Croup Quorvannis', 'Croup', '-N'));
  assert.ok(!cue('Differential: Anna, Croup', 'Croup'));
  assert.ok(!cue('likely Croup or Ebola', 'Croup'));
  assert.ok(!cue('Croup, Quorvannis', 'Croup', '-N'));
});
