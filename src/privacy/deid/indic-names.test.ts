/**
 * Names in the Brahmic scripts of South Asia (indic-names.ts, session 31): a name label, a person noun, an honorific
 * or an English cue marks them; what must stay: a noun's next words in a sentence, form values, function words, a run
 * too long to be a name. Every name is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectIndicNames } from './indic-names.js';
import { detectPhi } from './detect.js';

/** The text of every span the rule pushes. */
const names = (t: string): string[] => {
  const out: string[] = [];
  detectIndicNames(t, (s, e) => out.push(t.slice(s, e)));
  return out;
};

test('a name after a label, an honorific, a person noun or an English cue', () => {
  assert.deepEqual(names('रोगी का नाम: कमला देवी वर्मा, उम्र 71'), ['कमला देवी वर्मा']);
  assert.deepEqual(names('নাম: সুমিতা পাল; বয়স 66'), ['সুমিতা পাল']);
  assert.deepEqual(names('பெயர்: கலைச்செல்வி முருகன் வயது 80'), ['கலைச்செல்வி முருகன்']);
  assert.deepEqual(names('seen with श्रीमती सरला जोशी को बुखार'), ['सरला जोशी']);
  assert.deepEqual(names('बेटी अनुराधा, फ़ोन 0000'), ['अनुराधा']);
  assert.deepEqual(names('Patient: రమాదేవి కొండపల్లి, 79 y'), ['రమాదేవి కొండపల్లి']);
  assert.deepEqual(names('mother ಶಾರದಮ್ಮ (carer)'), ['ಶಾರದಮ್ಮ']);
  assert.deepEqual(names('डॉ. विनीता सहगल'), ['विनीता सहगल']);
});

test('a noun\'s next words in a sentence, form values and long runs stay', () => {
  assert.deepEqual(names('रोगी को बुखार है।'), []);
  assert.deepEqual(names('रोगी अस्पताल में भर्ती है।'), []);
  assert.deepEqual(names('रोगी बहुत कमजोर दिखता है'), []);
  assert.deepEqual(names('नाम: पुरुष'), []);
  assert.deepEqual(names('नाम: यह एक बहुत लंबा वाक्य है जो नाम नहीं'), []);
  assert.deepEqual(names('ডাল ও ভাত খেয়েছে'), []);
  assert.deepEqual(names('No South Asian script here: patient stable.'), []);
});

test('the rule reaches the detector', () => {
  const t = 'Discharge (India): नाम: कमला देवी वर्मा, 71 वर्ष';
  const found = detectPhi(t).filter((s) => s.type === 'NAME').map((s) => t.slice(s.start, s.end));
  assert.ok(found.includes('कमला देवी वर्मा'));
});

test('session 34: the everyday words for father and mother, and a nukta letter typed composed', () => {
  assert.deepEqual(names('நோயாளி கலா, அப்பா முனியாண்டி; ஊர் மேலூர்'), ['கலா', 'முனியாண்டி']);
  assert.deepEqual(names('വീട്ടിൽ അമ്മ ശാന്തകുമാരി.'), ['ശാന്തകുമാരി']);
  assert.deepEqual(names('\u092e\u0930\u0940\u095b \u0938\u0941\u0930\u0947\u0936 \u0930\u093e\u0935\u0924, 70'), ['\u0938\u0941\u0930\u0947\u0936 \u0930\u093e\u0935\u0924']);
});

test('session 34: a kinship noun before a sentence\'s words stays', () => {
  assert.deepEqual(names('அம்மா வீட்டில் இருக்கிறார் என்று சொன்னார்'), []);
  assert.deepEqual(names('माँ ने बताया कि बुखार है'), []);
});
