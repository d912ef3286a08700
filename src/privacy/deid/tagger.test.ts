import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getDefaultLexicon } from './lexicon.js';
import { detectRuleSpans } from './detect.js';
import { decodeWeights, detectTagged, ruleTagsOf, tagTokens } from './tagger.js';
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
