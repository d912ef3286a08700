import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRng } from '../../core/random.js';
import { formId, formsKnown, knownFormId } from './form-ids.js';
import { FOLD_HASH_BASIS, FormMemo, foldHashStep } from './form-memo.js';
import { normalizeWord, tokenize } from './tokenize.js';

const PIECES = ['a', 'E', 'oe', 'AE', 'leuc', 'ies', 'es', 's', 'che', 'our', 'x', 'Q', '7', '19', "'s", "'t", 'ss', 'us', 'is', 'é', 'É', 'ß'];

function randomWord(rng: ReturnType<typeof createRng>): string {
  let w = '';
  const n = 1 + Math.floor(rng.next() * 4);
  for (let k = 0; k < n; k++) w += PIECES[Math.floor(rng.next() * PIECES.length)] as string;
  // An apostrophe cannot start a word.
  return w.startsWith("'") ? `b${w}` : w;
}

test('the tokenizer gives every ASCII word its normal form and id, over a memo far smaller than the words seen', () => {
  const rng = createRng(22);
  const words = Array.from({ length: 12_000 }, () => randomWord(rng));
  // Three passes: cold, after evictions (12,000 words, 4,096 slots), and in another order.
  for (const pass of [words, words, [...words].reverse()]) {
    const t = tokenize(pass.join(' '));
    assert.equal(t.count, pass.length);
    for (let i = 0; i < t.count; i++) {
      assert.equal(t.norm[i], normalizeWord(pass[i] as string), pass[i]);
      assert.equal(t.ids[i], knownFormId(t.norm[i] as string), pass[i]);
    }
  }
});

test('a word with A-Z right after its apostrophe keeps its form as before the memo', () => {
  // All lower case but the letter after the apostrophe: the tokenizer has never lower-cased that letter.
  assert.deepEqual([...tokenize("patient's patient'S Patient'S").norm], ["patient's", "patient'S", "patient's"]);
});

test('words with other characters keep their own path (curly apostrophes read as straight ones)', () => {
  assert.deepEqual([...tokenize('didn\u2019t DIDN\u2019T didn\u2019t').norm], ["didn't", "didn't", "didn't"]);
});

test('two words of one hash and length share a slot without mixing their forms', () => {
  const memo = new FormMemo((w) => `${w}!`);
  const text = 'ab cd AB';
  const hash = 12345;
  assert.equal(memo.formAt(memo.slotOf(text, 0, 2, hash)), 'ab!');
  assert.equal(memo.formAt(memo.slotOf(text, 3, 5, hash)), 'cd!');
  assert.equal(memo.formAt(memo.slotOf(text, 6, 8, hash)), 'ab!');
  assert.equal(memo.formAt(memo.slotOf(text, 3, 5, hash)), 'cd!');
});

test('the fold hash ignores ASCII case only', () => {
  const h = (w: string): number => [...w].reduce((acc, c) => foldHashStep(acc, c.charCodeAt(0)), FOLD_HASH_BASIS);
  assert.equal(h('Fever'), h('fEVER'));
  assert.notEqual(h('fever'), h('fevers'));
  assert.notEqual(h('ab'), h('ba'));
});

test('a memo slot whose form had no id reads it again once the registry has grown', () => {
  const fresh = `qzmemo${formsKnown()}`;
  const memo = new FormMemo((w) => w);
  const slot = memo.slotOf(fresh, 0, fresh.length, 99);
  assert.equal(memo.idAt(slot), -1);
  const id = formId(fresh);
  assert.equal(memo.idAt(memo.slotOf(fresh, 0, fresh.length, 99)), id);
  // Marks too.
  const mark = '§';
  assert.equal(memo.markId(mark.charCodeAt(0), mark), knownFormId(mark));
  assert.equal(memo.markId(96, '`'), knownFormId('`'));
  formId('`');
  assert.equal(memo.markId(96, '`'), knownFormId('`'));
});
