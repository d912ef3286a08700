/**
 * Person names of the twenty-first session (issue 14, deid-names3): Korean given names written as two hyphened
 * syllables (korean-names.ts), and the English compounds of the same shape that must stay words. Sentences invented
 * here, copied from no data set; the first test fails on the session's start tree.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';

const names = (t: string): string[] => detectPhi(t).filter((s) => s.type === 'NAME').map((s) => t.slice(s.start, s.end));

test('a Korean given name of two hyphened syllables is a name, with the surname beside it', () => {
  assert.deepEqual(names('Fertility clinic 3 Dec: Tae-hwan and Seo-yeon Chae attended together.'), ['Tae-hwan', 'Seo-yeon Chae']);
  assert.deepEqual(names('Refund issued 2 Dec: Byung-gyu Yeom, account 55120044.'), ['Byung-gyu Yeom']);
  assert.deepEqual(names('Referral 1 Dec: Hyeon Jae-min, 34, knee pain.'), ['Hyeon Jae-min']);
});

test('English compounds of the same shape stay words', () => {
  assert.deepEqual(names('Set-up checked on 3 Dec; Re-do the swab, Hang-up on the ward phone, Walk-in clinic, Pin-up board.'), []);
  assert.deepEqual(names('Obs on 3 Dec: Non-hem stroke ruled out, Mid-day meds given, Bi-lat pulses, Lie-in allowed.'), []);
});

test('reduplicated words and a listed abbreviation with one letter are not Korean given names; a name still is', () => {
  assert.deepEqual(names('Play 3 Dec: Ping-pong with staff, Ta-ta waved, Tik-tok videos, Tut-tut said, Ding-dong bell, Nan-nan visited.'), []);
  assert.deepEqual(names('Serology 3 Dec: Hep-a IgG positive, Hep-e IgM negative, Hep-B surface antigen negative.'), []);
  assert.deepEqual(names('Renal 3 Dec: Ca-Mg product, Na-K pump, Bi-PAP overnight, Co-amoxiclav, So-so sleep, Yo-yo dieting.'), []);
  assert.deepEqual(names('Seen 3 Dec with her daughter Ji-hye and son Dong-hyuk.'), ['Ji-hye', 'Dong-hyuk']);
});

test('a user name of an audit line may end its sentence, and is still a name before more text', () => {
  assert.deepEqual(names('Record opened 3 Dec by user tborrowdale. No changes made.'), ['tborrowdale']);
  assert.deepEqual(names('Audit: login kpatel.r. Viewed results.'), ['kpatel.r']);
  assert.deepEqual(names('Edited by user admin. Saved. The user was seen.'), []);
  assert.deepEqual(names('Mail to user j.smith@nhs.net today.'), []);
});
