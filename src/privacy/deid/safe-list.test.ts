/**
 * The Philter-style safe-list rule (safe-list.ts): capitalised words no safe vocabulary holds are names or places
 * without a cue, grown to the whole name; and what it must leave (clinical words, drugs by their dose, eponym tests,
 * shorthand in noisy notes, line-opening typos). Every name and place here is invented for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';
import { getDefaultLexicon } from './lexicon.js';
import { detectSafeListNames, speaksOfPerson } from './safe-list.js';

function rule(text: string): string[] {
  const out: string[] = [];
  detectSafeListNames(text, getDefaultLexicon(), (s, e) => out.push(text.slice(s, e)));
  return out;
}

test('a capitalised word no vocabulary holds is a name, grown over particles, initials and an inverted given name', () => {
  assert.deepEqual(rule('Seen with Anouk van der Brezhaghe in clinic today.'), ['Anouk van der Brezhaghe']);
  assert.deepEqual(rule('Results forwarded to Vrenola Q. Ostrakidou for review.'), ['Vrenola Q. Ostrakidou']);
  assert.deepEqual(rule('08:30 Quellweather, Iris (KP-7730921) - DM review'), ['Quellweather, Iris']);
  assert.deepEqual(rule('Tolerated well. Bring Ysorra back in two weeks.'), ['Ysorra']);
  assert.deepEqual(rule('Family flew in from Port-au-Quessel on Friday.'), ['Port-au-Quessel']);
});

test('a line-opening word needs a name beside it, a comma, a person verb, a possessive or an organisation noun', () => {
  assert.deepEqual(rule('Subject: review\nPriyavanti, please send the last echo.'), ['Priyavanti']);
  assert.deepEqual(rule('Xiomarela reports less breathlessness today.'), ['Xiomarela']);
  assert.deepEqual(rule('Kwamedu\'s temperature settled overnight.'), ['Kwamedu']);
  assert.deepEqual(rule('Ashgrovia practice manager sent the list.'), ['Ashgrovia']);
  assert.deepEqual(rule('Sxnd for thick secretions. Extubated at noon.'), []);
});

test('clinical words, drugs by their dose or use, eponym tests and demonyms stay', () => {
  assert.deepEqual(rule('On examination Hepatosplenomegaly was noted, with Rhinorrhea and Nontender abdomen.'), []);
  assert.deepEqual(rule('She takes Zorvexa 20 mg daily and Quibrenta as needed.'), []);
  assert.deepEqual(rule('Knee: Apley test negative, Drummurray positive, Vantelli sign absent.'), []);
  assert.deepEqual(rule('Diet advice: the Mediterranean diet; started taking Peruvian herbs.'), []);
  assert.deepEqual(rule('Pmhx reviewed; Bilat crackles, Palp pulses.'), []);
  assert.deepEqual(rule('given 15gm Kaexolate for hyperkalaemia'), []);
});

test('a note whose own lowercase words often fail the test is left to the cue rules', () => {
  const noisy = 'pt sxnd for thk secretions, rhonchi bilat, sats dwnn to 88, Quorvell aware. pt restlss overnite.';
  assert.deepEqual(rule(noisy), []);
  assert.deepEqual(rule('Pt comfortable overnight, Quorvell aware of the plan.'), ['Quorvell']);
});

test('all-capitals and all-lowercase notes are skipped: capitals carry no information there', () => {
  assert.deepEqual(rule('PT SEEN BY QUORVELL TODAY, PLAN UNCHANGED.'), []);
  assert.deepEqual(rule('pt seen by quorvell today, plan unchanged.'), []);
});

test('the detector reports the rule\'s names, which no other rule finds, and can switch it off', () => {
  for (const [text, name] of <[string, string][]>[['Seen with Avrelda van der Brezhaghe in clinic today.', 'Avrelda van der Brezhaghe'],
    ['Seen 12/03/2024. Bloods normal; Ysorra will chase the MRI.', 'Ysorra'], ['08:30 Quellweather, Iris (KP-7730921) - DM review', 'Quellweather, Iris']]) {
    const at = text.indexOf(name);
    const covers = (on: boolean): boolean => detectPhi(text, { safeList: on }).some((s) => s.start <= at && s.end >= at + name.length);
    assert.ok(covers(true), name);
    assert.ok(!covers(false), name);
  }
});

test('a lone word is reported only where the text identifies someone or something else', () => {
  const lone = (text: string, other: boolean): string[] => {
    const out: string[] = [];
    detectSafeListNames(text, getDefaultLexicon(), (s, e) => out.push(text.slice(s, e)), other);
    return out;
  };
  assert.deepEqual(lone('Bloods normal; Trelvexa helps with sleep.', false), []);
  assert.deepEqual(lone('Bloods normal; Ysorra will chase the MRI.', true), ['Ysorra']);
  assert.deepEqual(lone('Copy to Vrenola Ostrakidou.', false), ['Vrenola Ostrakidou']);
});

test('a lone word inside a sentence of a text that speaks of a person needs no other identifier (session 32)', () => {
  const lone = (text: string): string[] => {
    const out: string[] = [];
    detectSafeListNames(text, getDefaultLexicon(), (s, e) => out.push(text.slice(s, e)), false);
    return out;
  };
  // A pronoun, a family noun or a greeting says the text is about someone (invented names).
  assert.deepEqual(lone('Bloods normal; Ysorra will chase her MRI.'), ['Ysorra']);
  assert.deepEqual(lone('Contact precautions. Family (Quenvald, son) informed.'), ['Quenvald']);
  assert.deepEqual(lone('Portal: Hi Torvane, the exercises are attached.'), ['Torvane']);
  // A word opening a sentence stays held back (in notes about a patient it is as often a typo or a heading).
  assert.deepEqual(lone('Trelvexa helps her sleep.'), []);
  // No person words: acronyms and hyphened markers that spell one are none ("HER2", "Hi-Flow").
  assert.deepEqual(lone('HER2 positive; Trelvexa started with Hi-Flow oxygen.'), []);
  assert.equal(speaksOfPerson('HER-2 and HIS record'), false);
  assert.equal(speaksOfPerson('Spoke to her mum'), true);
});

test('the clinical vocabulary holds the ordinary words of clinical terms, not the proper names in them', () => {
  const { medical } = getDefaultLexicon();
  for (const w of ['hepatosplenomegaly', 'rhinorrhea', 'nontender', 'bruit', 'icteric']) assert.ok(medical.has(w), w);
  for (const w of ['parkinson', 'lyme', 'douglas', 'charles', 'smith']) assert.ok(!medical.has(w), w);
});
