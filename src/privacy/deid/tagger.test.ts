import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getDefaultLexicon } from './lexicon.js';
import { decodeWeights, detectTagged } from './tagger.js';
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
