/**
 * The speakers of a chat or message export (chat-turns.ts, issue 14, session 42): lower-case handles opening two turns
 * or more are names, after a line's start or a bracketed tag, dotted user names too; a capitalised handle only when a
 * given-name list holds it; capitalised labels of forms, English words, typos and a lone turn stay. The handles are
 * invented and held by no list (checked first), except the listed given names named so.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectChatTurns } from './chat-turns.js';
import { getDefaultLexicon } from './lexicon.js';
import { has } from '../../testkit/deid-pieces.js';

/** What the rule alone finds in a text. */
function turns(text: string): string[] {
  const out: string[] = [];
  detectChatTurns(text, getDefaultLexicon(), (s, e) => out.push(text.slice(s, e)));
  return out;
}

test('the invented handles are on no list', () => {
  const lex = getDefaultLexicon();
  for (const w of ['velunka', 'quorvash', 'oderino', 'brivenna']) assert.ok(!lex.firstNames.has(w) && !lex.surnames.has(w) && !lex.common.has(w), w);
});

test('the lower-case handles of two turns or more are names', () => {
  assert.deepEqual(turns('handover (nights)\nvelunka: bed 12 pulled his ng out\nquorvash: ok. and bed 4?\nvelunka: still sats 88'),
    ['velunka', 'quorvash', 'velunka']);
  assert.deepEqual(turns('[chat] oderino: is bed 7 ok for 2pm [chat] brivenna: yes, fasted since 6'), ['oderino', 'brivenna']);
  assert.deepEqual(turns('08:14 velunka.k: anyone seen the hearing aid?\n08:20 quorvash: check the drawer'), ['velunka.k', 'quorvash']);
  assert.ok(has('velunka: bed 12 pulled his ng out\nquorvash: ok, will re-site', 'quorvash', 'NAME'));
});

test('a capitalised handle counts when a given-name list holds it', () => {
  const lex = getDefaultLexicon();
  assert.ok(lex.firstNames.has('saskia') && !lex.common.has('saskia'));
  assert.deepEqual(turns('Saskia: can you swap nights?\nvelunka: yes if Tuesday'), ['Saskia', 'velunka']);
});

test('form labels, English words, typos and a lone turn stay', () => {
  assert.deepEqual(turns('Patient: Velunka\nPlan: review\nPacijent: x\nAnamneza: y'), []);
  assert.deepEqual(turns('bleep: 2290\nmobile: 07700 900123\nemail: none'), []);
  assert.deepEqual(turns('tomw: check the drawer\nvelunka: ok'), []);
  assert.deepEqual(turns('velunka: can you swap on call with me?'), []);
});
