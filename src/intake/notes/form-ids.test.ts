import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRng } from '../../core/random.js';
import { FormBits, formId, formsKnown } from './form-ids.js';
import { phraseForms, tokenize } from './tokenize.js';
import { TokenTrie } from './trie.js';

// Words no other table holds, so each run of this file gives them ids here (or finds them without ids).
const WORDS = ['qzfa', 'qzfb', 'qzfc', 'qzfd', 'qzfe', 'pain', 'chest', ',', '/', 'no'];

function randomText(rng: ReturnType<typeof createRng>, n: number): string {
  return Array.from({ length: n }, () => WORDS[Math.floor(rng.next() * WORDS.length)] as string).join(' ');
}

function randomTrie(rng: ReturnType<typeof createRng>): TokenTrie<number> {
  const trie = new TokenTrie<number>();
  for (let k = 0; k < 40; k++) trie.add(phraseForms(randomText(rng, 1 + Math.floor(rng.next() * 3))), k);
  return trie;
}

/** `longestIn` must give `longestAt`'s answer at every token, with and without a blocked mask. */
function assertSameWalks(trie: TokenTrie<number>, tokens: ReturnType<typeof tokenize>, rng: ReturnType<typeof createRng>): number {
  const blocked = Uint8Array.from({ length: tokens.count }, () => (rng.next() < 0.15 ? 1 : 0));
  let found = 0;
  for (let i = 0; i < tokens.count; i++) {
    const limit = Math.min(tokens.count, i + Math.floor(rng.next() * 5));
    for (const mask of [undefined, blocked]) {
      const want = trie.longestAt(tokens.norm, i, limit, mask);
      assert.deepEqual(trie.longestIn(tokens, i, limit, mask), want, `token ${i} of "${tokens.text}"`);
      if (want) found++;
    }
  }
  return found;
}

test('longestIn walks by form ids to the same phrase as longestAt', () => {
  const rng = createRng(21);
  let found = 0;
  for (let round = 0; round < 200; round++) {
    const trie = randomTrie(rng);
    found += assertSameWalks(trie, tokenize(randomText(rng, 12)), rng);
  }
  assert.ok(found > 1000, `phrases found: ${found}`);
});

test('tokens made before a trie gave its forms ids still find its phrases', () => {
  const fresh = `qzfnew${formsKnown()}`;
  const tokens = tokenize(`chest ${fresh} pain`);
  assert.equal(tokens.ids[1], -1);
  const trie = new TokenTrie<string>();
  trie.add(phraseForms(`${fresh} pain`), 'late');
  trie.add(phraseForms(`chest ${fresh}`), 'deep');
  assert.deepEqual(trie.longestIn(tokens, 1, 3), { end: 3, values: ['late'] });
  assert.deepEqual(trie.longestIn(tokens, 0, 3), { end: 2, values: ['deep'] });
  // Tokens made now carry the new id and take the id path.
  const now = tokenize(`chest ${fresh} pain`);
  assert.equal(now.ids[1], formId(fresh));
  assert.deepEqual(trie.longestIn(now, 1, 3), { end: 3, values: ['late'] });
});

test('FormBits reads the bits of a token by its id, and by its form for older tokens', () => {
  const fresh = `qzfbit${formsKnown()}`;
  const old = tokenize(`pain ${fresh} qzfa`);
  const bits = new FormBits(new Map([['pain', 1], [fresh, 6]]));
  assert.deepEqual([0, 1, 2].map((i) => bits.at(old, i)), [1, 6, 0]);
  const now = tokenize(`pain ${fresh} qzfa`);
  assert.deepEqual([0, 1, 2].map((i) => bits.at(now, i)), [1, 6, 0]);
});

test('FormBits.of answers as its set does for every token, old or new', () => {
  const rng = createRng(31);
  const fresh = `qzfset${formsKnown()}`;
  const set = new Set(['qzfa', 'qzfc', ',', fresh]);
  const text = () => `${randomText(rng, 30)} ${fresh} qzfd ${fresh}`;
  const old = tokenize(text());
  const bits = FormBits.of(set);
  let hits = 0;
  for (const tokens of [old, tokenize(text())]) {
    for (let i = 0; i < tokens.count; i++) {
      const want = set.has(tokens.norm[i] as string);
      assert.equal(bits.at(tokens, i) !== 0, want, `token ${i} of "${tokens.text}"`);
      if (want) hits++;
    }
  }
  assert.ok(hits >= 4);
});
