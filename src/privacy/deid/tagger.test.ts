import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getDefaultLexicon } from './lexicon.js';
import { detectPhi, detectRuleSpans } from './detect.js';
import { decodeWeights, detectTagged, ruleTagsOf, TAG_BITS, TAG_CLASSES, tagTokens } from './tagger.js';
import { inTaggerLane, unlistedShare } from './tagger-lane.js';
import { encodeWeights, trainTagger, type TrainNote } from './tagger-train.js';

// Synthetic notes: a name always follows "son" and precedes "called"; a place follows "lives in". Names vary.
function notes(): TrainNote[] {
  const out: TrainNote[] = [];
  const names = ['Quorvin', 'Halbeck', 'Dunstrom', 'Maravel', 'Pellow', 'Tiskar'];
  const places = ['Ostervale', 'Brinmoor', 'Kestrel Hill', 'Lundbury'];
  for (let i = 0; i < 60; i++) {
    const n = names[i % names.length] ?? 'X';
    const p = places[i % places.length] ?? 'Y';
    const head = `Pt resting, vitals stable. son ${n} called at noon. lives in `;
    const text = `${head}${p}. plan: continue lasix.`;
    const at = text.indexOf(n);
    out.push({ text, gold: [{ start: at, end: at + n.length, type: 'RelativeProxyName' }, { start: head.length, end: head.length + p.length, type: 'Location' }] });
  }
  return out;
}

test('the tagger learns contexts, not the training names, and its weights survive encoding', () => {
  const lex = getDefaultLexicon();
  const weights = trainTagger(notes(), lex, { epochs: 3, seed: 1 });
  const decoded = decodeWeights(encodeWeights(weights));
  const text = 'Pt resting, vitals stable. son Zebulrath called at noon. plan: continue lasix.';
  for (const w of [weights, decoded]) {
    const found: string[] = [];
    detectTagged(text, lex, w, (s, e, t) => found.push(`${t}:${text.slice(s, e)}`));
    assert.ok(found.includes('NAME:Zebulrath'), found.join(' '));
    assert.ok(!found.some((f) => /lasix|stable|noon/i.test(f)), found.join(' '));
  }
});

test('ruleTagsOf gives each word the kind of the first rule span over it, years none', () => {
  const text = 'Seen by Dr Quorvin in Brinmoor on 3 March, since 2019.';
  const toks = tagTokens(text);
  const at = (w: string): [number, number] => { const s = text.indexOf(w); return [s, s + w.length]; };
  const [ns, ne] = at('Quorvin');
  const [ls, le] = at('Brinmoor');
  const [ds, de] = at('3 March');
  const [ys, ye] = at('2019');
  const tags = ruleTagsOf(toks, [{ start: ds, end: de, type: 'DATE' }, { start: ns, end: ne, type: 'NAME' }, { start: ls, end: le, type: 'LOCATION' }, { start: ys, end: ye, type: 'YEAR' }]);
  assert.equal(toks.map((t, k) => `${t.word}:${tags[k]}`).join(' '), 'Seen:- by:- Dr:- Quorvin:N in:- Brinmoor:L on:- March:X since:-');
});

test('trained with the rules\' spans, the tagger adds words the rules left and never re-tags what they found', () => {
  const lex = getDefaultLexicon();
  const weights = trainTagger(notes(), lex, { epochs: 3, seed: 1, rulesOf: (t) => detectRuleSpans(t, { lexicon: lex }) });
  assert.equal(weights.ruleFeatures, true);
  const text = 'Pt resting, vitals stable. son Zebulrath called at noon. plan: continue lasix.';
  const at = text.indexOf('Zebulrath');
  const found: string[] = [];
  detectTagged(text, lex, weights, (s, e, t) => found.push(`${t}:${text.slice(s, e)}`), 0, []);
  assert.ok(found.includes('NAME:Zebulrath'), found.join(' '));
  const covered: string[] = [];
  detectTagged(text, lex, weights, (s, e, t) => covered.push(`${t}:${text.slice(s, e)}`), 0, [{ start: at, end: at + 9, type: 'NAME' }]);
  assert.ok(!covered.includes('NAME:Zebulrath'), covered.join(' '));
});

test('detectRuleSpans gives the rules\' spans before the tagger, on the accent-folded text', () => {
  const text = 'Reviewed by Dr José Quartermaine on 3 March 2024.';
  const spans = detectRuleSpans(text);
  assert.ok(spans.some((s) => s.type === 'NAME' && text.slice(s.start, s.end).includes('Quartermaine')), JSON.stringify(spans));
  assert.ok(spans.some((s) => s.type === 'DATE'), JSON.stringify(spans));
});

test('unlistedShare is the share of words of two letters or more that no dictionary holds', () => {
  const lex = getDefaultLexicon();
  assert.equal(unlistedShare('The patient is stable and eating well.', lex), 0);
  assert.equal(unlistedShare('Zorvath Quillem, Brathwick.', lex), 1);
  assert.equal(unlistedShare('Seen with Zorvath today.', lex), 0.25);
  assert.equal(unlistedShare('', lex), 0);
});

test('the tagger runs only in its lane and reads the built-in lists whatever lexicon the rules get', () => {
  const lex = getDefaultLexicon();
  const weights = trainTagger(notes(), lex, { epochs: 3, seed: 1 });
  // A capitalised dictionary word in the learned name context, without the cue "son": the rules leave it.
  const text = 'Pt resting, vitals stable. Gravel called at noon. plan: continue lasix.';
  const at = text.indexOf('Gravel');
  const has = (spans: readonly { start: number; end: number }[]): boolean => spans.some((s) => s.start <= at && s.end >= at + 6);
  assert.ok(!has(detectPhi(text)), 'the rules alone leave the name');
  assert.ok(has(detectPhi(text, { tagger: weights })));
  const share = unlistedShare(text, lex);
  assert.ok(has(detectPhi(text, { tagger: weights, tagStyleMin: share })));
  assert.ok(!has(detectPhi(text, { tagger: weights, tagStyleMin: share + 0.01 })));
});

/** The tagger's feature hash (tagger.ts), to hand-set one weight. */
function featureId(f: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < f.length; i++) h = Math.imul(h ^ f.charCodeAt(i), 0x01000193);
  return (h >>> 0) & ((1 << TAG_BITS) - 1);
}

test('the tagger reads the built-in lists it was trained with, whatever lexicon the rules get', () => {
  const lex = getDefaultLexicon();
  // One weight: a title-case word the built-in lists hold only as a common word, in a mixed-case note, is a NAME.
  const w = new Float32Array(TAG_CLASSES.length << TAG_BITS);
  w[(1 << TAG_BITS) + featureId('lf=c|sh=T|m=M')] = 5;
  const weights = { w };
  const text = 'Pt resting, vitals stable. Gravel called at noon.';
  const at = text.indexOf('Gravel');
  const tagged = (l: typeof lex): boolean => { let hit = false; detectTagged(text, l, weights, (s) => { hit ||= s === at; }); return hit; };
  const has = (spans: readonly { start: number; end: number }[]): boolean => spans.some((s) => s.start <= at && s.end >= at + 6);
  // Run-time lists that hold the word as a clinical term change the feature: read by the tagger, it would be silent.
  const runTime = { ...lex, clinical: new Set([...lex.clinical, 'gravel']) };
  assert.equal(tagged(lex), true);
  assert.equal(tagged(runTime), false);
  assert.ok(!has(detectPhi(text, { lexicon: runTime })), 'the rules alone leave the word');
  assert.ok(has(detectPhi(text, { tagger: weights, lexicon: runTime })));
});

test('the compact form keeps whether the weights use the rule-span features', () => {
  const w = new Float32Array(TAG_CLASSES.length << TAG_BITS);
  w[5] = 1.5;
  w[(1 << TAG_BITS) + 9] = -3;
  for (const ruleFeatures of [true, false]) {
    const back = decodeWeights(encodeWeights(ruleFeatures ? { w, ruleFeatures } : { w }));
    assert.equal(back.ruleFeatures === true, ruleFeatures);
    assert.ok(Math.abs((back.w[5] ?? 0) - 1.5) < 0.02 && Math.abs((back.w[(1 << TAG_BITS) + 9] ?? 0) + 3) < 0.02);
  }
});

test('the built-in tagger is off by default; `tagger: \'built-in\'` runs it on a list-style text, in its lane only', () => {
  const log = 'Pharmacy log\n2026-11-02 | Popescu, Ileana | K4471822 | vancomycin level high | mdobre\n2026-11-02 | Marin, Sorin | K4471823 | dose reduced | mdobre';
  const words = (text: string, spans: readonly { start: number; end: number }[]): string[] => spans.map((s) => text.slice(s.start, s.end));
  assert.ok(words(log, detectPhi(log, { tagger: 'built-in' })).includes('mdobre'));
  assert.ok(!words(log, detectPhi(log)).includes('mdobre'));
  assert.deepEqual(detectPhi(log), detectPhi(log, { tagger: false }));
  const ward = 'Pt resting comfortably overnight, vitals stable, tolerating diet. Wife visited this afternoon. Plan: continue current meds, mobilise with physio.';
  assert.ok(unlistedShare(ward, getDefaultLexicon()) < 0.25);
  assert.deepEqual(detectPhi(ward, { tagger: 'built-in' }), detectPhi(ward));
});

test('the lane: one pass equal to the word rule, hyphenated compounds by their parts, mixed case only', () => {
  const lex = getDefaultLexicon();
  // Reference: the words of two letters or more, a final "'s" dropped, looked up in the dictionaries.
  const reference = (text: string): number => {
    const words = (text.match(/[A-Za-z][A-Za-z']*/g) ?? []).filter((w) => w.length >= 2).map((w) => w.toLowerCase().replace(/'s$/, ''));
    const unlisted = words.filter((w) => !lex.common.has(w) && !lex.clinical.has(w) && !lex.medical.has(w)).length;
    return words.length === 0 ? 0 : unlisted / words.length;
  };
  for (const text of ["Zorvath's follow-up at Brathwick's: NEURO-pt.follows commends,MAE", "Mrs O'Quillem's 2mg x3 Patient's", 'a b c', "Pt's ok", 'ÆØ']) {
    assert.equal(unlistedShare(text, lex), reference(text), text);
  }
  assert.equal(unlistedShare('Follow-up arranged.', lex), 0);
  const upper = 'O: NOTES REFER TO MR. ZORVATH, NOT MR. QUILLEM.';
  assert.ok(unlistedShare(upper, lex) >= 0.25);
  assert.ok(!inTaggerLane(upper, 'upper', lex, 0.25));
  assert.ok(inTaggerLane('Zorvath Quillem, Brathwick.', 'mixed', lex, 0.25));
  assert.ok(inTaggerLane(upper, 'upper', lex, 0));
});
