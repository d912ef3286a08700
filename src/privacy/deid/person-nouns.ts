/**
 * The person nouns written before a name in the caseless scripts of South Asia and Korea (issue 14, letters): a
 * patient, role or kinship noun is the cue of a name rule (`indic-names.ts`, `hangul-names.ts`), and when a record's
 * first value opens with one (`caseless-names.ts`, "<heading>: रोगी <name>, …") the noun is the cue, not the name. One
 * list for the rules that read them, so no module imports another's cues in a cycle. Pure data.
 */

// A word may be typed in any of its canonically equivalent forms (Unicode Standard Annex #15): the two-part vowel signs
// of Bengali, Oriya and the Dravidian scripts composed or as their two parts (ো or ে with া), and the nukta letters of
// Devanagari, Bengali, Gurmukhi and Oriya, which are composition exclusions (CompositionExclusions.txt: normalisation
// writes ज़ U+095B as ज U+091C and the nukta ़ U+093C, but text is typed and stored in either form). A cue matches them all.
const NUKTA_LETTERS = '\u0958\u0959\u095a\u095b\u095c\u095d\u095e\u095f\u09dc\u09dd\u09df\u0a33\u0a36\u0a59\u0a5a\u0a5b\u0a5e\u0b5c\u0b5d';
const COMPOSED = new Map([...NUKTA_LETTERS].map((c) => [c.normalize('NFD'), c]));
const DECOMPOSED = new RegExp([...COMPOSED.keys()].join('|'), 'gu');

/** A word in each of its equivalent forms: as written, composed, decomposed, and with its nukta letters composed. */
function equivalentForms(word: string): string[] {
  const nfc = word.normalize('NFC');
  return [...new Set([word, nfc, word.normalize('NFD'), nfc.replace(DECOMPOSED, (d) => COMPOSED.get(d) ?? d)])];
}

// Patient, doctor and nurse nouns, and the abbreviation of "doctor" (डॉ., ডাঃ, ಡಾ.), and the kinship nouns of the
// immediate family: son, daughter, wife, husband, mother, father, the everyday words for mother and father besides
// the formal ones (Tamil அப்பா/அம்மா beside தந்தை/தாய்), and a child noun (Wiktionary translations).
export const INDIC_PERSON_NOUNS: readonly string[] = [
  // Devanagari: Hindi, Marathi, Nepali.
  'रोगी', 'मरीज़', 'मरीज', 'रुग्ण', 'बिरामी', 'डॉक्टर', 'चिकित्सक', 'नर्स', 'डॉ', 'डा', 'बेटा', 'बेटी', 'पुत्र', 'पुत्री', 'पत्नी',
  'पति', 'माँ', 'माता', 'पिता', 'बच्चा', 'बच्ची', 'शिशु',
  // Bengali, Gurmukhi, Gujarati, Oriya.
  'রোগী', 'ডাক্তার', 'চিকিৎসক', 'নার্স', 'ডাঃ', 'ডা', 'ছেলে', 'মেয়ে', 'স্ত্রী', 'স্বামী', 'বাবা', 'মা', 'পিতা', 'মাতা', 'শিশু',
  'ਮਰੀਜ਼', 'ਮਰੀਜ', 'ਡਾਕਟਰ', 'ਡਾ', 'ਪੁੱਤਰ', 'ਧੀ', 'ਪਤਨੀ', 'ਪਤੀ', 'ਪਿਤਾ', 'ਮਾਤਾ', 'ਮਾਂ', 'દર્દી', 'ડૉક્ટર', 'ડૉ', 'દીકરો',
  'દીકરી', 'પત્ની', 'પતિ', 'પિતા', 'માતા', 'ରୋଗୀ', 'ଡାକ୍ତର', 'ଡା', 'ପିତା', 'ମାତା', 'ବାପା', 'ମା',
  // Tamil, Telugu, Kannada, Malayalam, Sinhala.
  'நோயாளி', 'மருத்துவர்', 'டாக்டர்', 'செவிலியர்', 'மகன்', 'மகள்', 'மனைவி', 'கணவர்', 'அப்பா', 'அம்மா', 'தந்தை', 'தாய்',
  'குழந்தை', 'రోగి', 'డాక్టర్', 'వైద్యుడు', 'డా', 'కొడుకు', 'కూతురు', 'భార్య', 'భర్త', 'తండ్రి', 'తల్లి', 'నాన్న', 'అమ్మ',
  'ರೋಗಿ', 'ವೈದ್ಯರು', 'ವೈದ್ಯ', 'ಡಾ', 'ಮಗಳು', 'ಮಗ', 'ಹೆಂಡತಿ', 'ಗಂಡ', 'ತಂದೆ', 'ತಾಯಿ', 'ಅಪ್ಪ', 'ಅಮ್ಮ', 'ಮಗು', 'രോഗി', 'ഡോക്ടർ',
  'ഡോ', 'മകൻ', 'മകൾ', 'ഭാര്യ', 'ഭർത്താവ്', 'അച്ഛൻ', 'അമ്മ', 'കുട്ടി', 'රෝගියා', 'තාත්තා', 'අම්මා',
].flatMap(equivalentForms);

// Korean (Wiktionary): patient, nurse, doctor, attending and treating doctor, specialist, guardian (the next of kin of
// Korean hospital forms), son, daughter, mother, father, husband, wife.
export const KOREAN_PERSON_NOUNS: readonly string[] = ['환자', '간호사', '의사', '주치의', '담당의', '전문의', '보호자', '아들', '딸', '어머니',
  '아버지', '남편', '아내', '부인'];
