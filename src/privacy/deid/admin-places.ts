/**
 * Places named by the generic word of their administrative division or settlement type, in the scripts and languages
 * the letters are written in (issue 14, thirty-fourth session). A gazetteer writes a locality as a name and a generic
 * element ("village", "district", "quarter", "rayon", "pagasts"), and an address written in the country's language
 * keeps that element beside the name; in a caseless script the element is the only mark a place stands there. Sources
 * (none from a note): the UNGEGN Glossary of Terms for the Standardization of Geographical Names (generic element) and
 * the national address and gazetteer conventions it points to:
 * - India, Pakistan, Bangladesh (Census of India and Pakistan Bureau of Statistics village directories, Bangladesh
 *   Bureau of Statistics): the village, district and sub-district words written before the name in Hindi, Marathi,
 *   Bengali, Gujarati, Punjabi, Oriya and Urdu addresses (ग्राम/गाँव/गाव, जिला/जिल्हा, तहसील, तालुका; গ্রাম, জেলা,
 *   উপজেলা, থানা; ગામ, જિલ્લો, તાલુકો; ਪਿੰਡ, ਜ਼ਿਲ੍ਹਾ; ଗ୍ରାମ, ଜିଲ୍ଲା; گاؤں, ضلع, تحصیل), and after it in the Dravidian
 *   languages (கிராமம், மாவட்டம்; గ్రామం, జిల్లా, మండలం; ಗ್ರಾಮ, ಜಿಲ್ಲೆ, ತಾಲೂಕು; ഗ്രാമം, ജില്ല);
 * - Iran (Statistical Centre of Iran gazetteer: روستای "village of", دهستان "rural district", شهرستان "county", بخش
 *   "district") and the Arab countries (قرية "village", بلدة "town", حي "quarter", ناحية and قضاء "sub-district"), where
 *   the quarter and town words are part of the name (حي الشيخ ...), and Thailand (ตำบล tambon, อำเภอ amphoe, หมู่บ้าน
 *   village: joined to the name without a space);
 * - Azerbaijan, Turkey, Turkmenistan, Uzbekistan, Latvia, Lithuania, Mongolia (the national address formats as the UPU
 *   lists them, in Latin letters): the district, parish, quarter and street words written after the name (rayonu,
 *   ilçesi, mahallesi, köyü, etraby, tumani, mahallasi, pagasts, novads, rajonas, seniūnija, khoroo; küçəsi, sokak,
 *   caddesi, köçesi, ko'chasi), and the Vietnamese ones written before it (xã, phường, quận, huyện, thị trấn, thị xã,
 *   thôn, ấp: Decree 34/2019 and the Vietnam Post address format);
 * - Russia and the former Soviet states: a district's central hospital named by its district's adjective and ЦРБ
 *   (the nomenclature of medical organisations, Order 529n of the Ministry of Health: центральная районная больница)
 *   and the Mongolian and Kazakh district words after the name (дүүрэг, хороо, сум, ауданы, район, району);
 * - Greece: the National Health System's hospitals and health centres named by their town in the genitive
 *   (Γενικό Νοσοκομείο Πολυγύρου, Κέντρο Υγείας Λαυρίου).
 * State-level divisions (province, oblast, region, state) are left: Safe Harbor keeps a state. Each scan starts at an
 * element and reads at most three words beside it. Pure; the text is accent-folded (`fold.ts`), so the Latin elements
 * are written as they read folded.
 */
import { allMatches } from './matches.js';
import { mayOpen, wordGate } from './note-words.js';
import type { PushSpan } from './types.js';

// A word of one caseless script (its letters, vowel signs, joiners): Brahmic (U+0900..U+0DFF), Arabic, Thai.
// Letters and marks only: the danda, the Arabic comma and semicolon stand in the same blocks and close a name.
const BRAHMIC = '(?:(?=[\\u0900-\\u0dff])[\\p{L}\\p{M}]|[\\u200c\\u200d])';
const ARABIC = '(?:(?=[\\p{Script=Arabic}\\p{M}])[\\p{L}\\p{M}]|\\u200c)';
const THAI = '(?:(?=[\\u0e00-\\u0e7f])[\\p{L}\\p{M}])';

// Words that follow a place name in a sentence and are no part of it: case postpositions and "in/from/to".
const INDIC_AFTER = new Set(['में', 'से', 'का', 'की', 'के', 'को', 'पर', 'तक', 'ने', 'मध्ये', 'येथे', 'থেকে', 'এ', 'মধ্যে', 'માં', 'થી', 'નો', 'ના', 'ની',
  'ਵਿੱਚ', 'ਤੋਂ', 'ରେ', 'ରୁ', 'ମେଁ', 'میں', 'سے', 'کا', 'کی', 'کے', 'در', 'از', 'به', 'و', 'في', 'من', 'إلى']);

// Brahmic and Urdu elements written before the name (the name is the span).
const INDIC_BEFORE = ['ग्राम', 'गाँव', 'गांव', 'गाव', 'जिला', 'ज़िला', 'जिल्हा', 'तहसील', 'तालुका', 'মৌজা', 'গ্রাম', 'জেলা', 'উপজেলা', 'থানা',
  'ગામ', 'જિલ્લો', 'જિલ્લા', 'તાલુકો', 'તાલુકા', 'ਪਿੰਡ', 'ਜ਼ਿਲ੍ਹਾ', 'ਜ਼ਿਲ੍ਹਾ', 'ਤਹਿਸੀਲ', 'ଗ୍ରାମ', 'ଜିଲ୍ଲା', 'ବ୍ଲକ'];
const ARABIC_BEFORE = ['گاؤں', 'ضلع', 'تحصیل', 'روستای', 'دهستان', 'شهرستان', 'بخش', 'قرية', 'بلدة', 'ناحية', 'قضاء'];
// Arabic elements that are part of the name they open ("حي الشيخ ...": the quarter's own name).
const ARABIC_WITH = ['حي', 'حى'];
// Dravidian elements written after the name (name and element are the span).
const INDIC_AFTER_NAME = ['கிராமம்', 'மாவட்டம்', 'గ్రామం', 'జిల్లా', 'మండలం', 'ಗ್ರಾಮ', 'ಜಿಲ್ಲೆ', 'ತಾಲೂಕು', 'ഗ്രാമം', 'ജില്ല'];
// Thai elements joined to the name.
// (The one-letter abbreviations ต. and อ. are left: อ. is also the title "teacher" before a person's name.)
const THAI_BEFORE = ['หมู่บ้าน', 'ตำบล', 'อำเภอ'];

const CASELESS_BEFORE = new RegExp(`(?<!${BRAHMIC}|${ARABIC})(${[...INDIC_BEFORE, ...ARABIC_BEFORE].join('|')})[ \\t]+` +
  `((?:${BRAHMIC}|${ARABIC})+(?:[ \\t](?:${BRAHMIC}|${ARABIC})+){0,2})`, 'gu');
const ARABIC_OPENED = new RegExp(`(?<!${ARABIC})(?:${ARABIC_WITH.join('|')})[ \\t]+${ARABIC}+(?:[ \\t]${ARABIC}+){0,2}`, 'gu');
const CASELESS_AFTER = new RegExp(`(?<!${BRAHMIC})${BRAHMIC}{2,}[ \\t](?:${INDIC_AFTER_NAME.join('|')})(?!${BRAHMIC})`, 'gu');
const THAI_PLACE = new RegExp(`(?<!${THAI})(?:${THAI_BEFORE.join('|')})[ \\t]?(${THAI}{2,})`, 'gu');

// Latin letters of the folded text (ə, ʻ and the apostrophes of Uzbek and Turkmen stay as written).
const CAP = "\\p{Lu}[\\p{Ll}\\p{M}ə'\\u2019\\u02bb\\-]+";
// District, parish, quarter and village words written after the name (Turkic, Baltic, Mongolian, Central Asian).
const LATIN_AFTER = 'rayonu|rayonunda|ilcesi|mahallesi|mahallasi|koyu|etraby|etrabynyn|tumani|tumanı|pagasts|pagasta|novads|novada|' +
  'rajonas|rajono|seniunija|khoroo|horoo|sumu|shaheri|shahri';
// Street words written after the name, with the house number after them (and an Azerbaijani flat, mənzil: "mən. 12").
const STREET_AFTER = "kucəsi|kuc\\.|sokak|sokagi|caddesi|cad\\.|kocesi|ko['\\u2019\\u02bb]chasi|kochasi|prospekti|shoh ko['\\u2019]chasi";
const LATIN_PLACE = new RegExp(`(?<![\\p{L}\\p{N}])${CAP}(?:[ \\t]${CAP})?[ \\t](?:(?:${LATIN_AFTER})|(?:${STREET_AFTER})(?:[ \\t]\\d{1,4}[A-Za-z]?(?:,[ \\t](?:mən|men)\\.[ \\t]?\\d{1,4})?)?)(?![\\p{L}])`, 'gu');
// Vietnamese division words before the name (folded: xã, phường, quận, huyện, thị trấn, thị xã, thôn), then the
// name's capitalised syllables or a ward's number. The hamlet word ấp is left: folded it is the Welsh patronymic "ap".
const VIET_WORDS = 'xa|phuong|quan|huyen|thi tran|thi xa|thon';
const VIET_BEFORE = new RegExp(`(?<![\\p{L}])(?:${VIET_WORDS})[ \\t](?:\\d{1,2}\\b|${CAP}(?:[ \\t]${CAP}){0,3})`, 'gu');
// A Russian district hospital by its district's adjective; Mongolian and Kazakh district words after the name.
const CYR = '[\\p{Script=Cyrillic}\\p{M}]';
const CYR_CAP = `(?=\\p{Script=Cyrillic})\\p{Lu}${CYR}{1,30}(?:-${CYR}{1,30})?`;
const CYR_PLACE = new RegExp(`(?<!${CYR})${CYR_CAP}[ \\t](?:ЦРБ|ЦГБ|ЦРКБ|дүүрэг|дүүргийн|ауданы|ауданының|району|районы)(?!${CYR})`, 'gu');
// Greek health system hospitals and health centres by their town's genitive.
const GREEK_CAP = '(?=\\p{Script=Greek})\\p{Lu}[\\p{Script=Greek}\\p{M}]{2,30}';
const GREEK_FACILITY = new RegExp(`(?<![\\p{Script=Greek}])(?:Γενικό[ \\t]Νοσοκομείο|Νοσοκομείο|Κέντρο[ \\t]Υγείας|Περιφερειακό[ \\t]Ιατρείο)[ \\t](${GREEK_CAP})`, 'gu');

// Scripts whose letters a text must hold before the scan for them runs.
const HAS_CASELESS = /[\u0600-\u06ff\u0900-\u0dff\u0e00-\u0e7f]/;
const HAS_CYRILLIC = /[\u0400-\u04ff]/;
const HAS_GREEK = /[\u0370-\u03ff]/;
const HAS_LATIN_ELEMENT = new RegExp(`(?<![\\p{L}])(?:${LATIN_AFTER}|${STREET_AFTER}|${VIET_WORDS})(?![\\p{L}])`, 'u');
// A note none of whose words is one of these is skipped unread (note-words.ts).
const LATIN_ELEMENT_GATE = wordGate(HAS_LATIN_ELEMENT.source);

/** Push a LOCATION span for each place a division or settlement element names (see the header). */
export function detectAdminPlaces(text: string, push: PushSpan): void {
  if (HAS_CASELESS.test(text)) {
    for (const m of allMatches(CASELESS_BEFORE, text)) {
      const words = (m[2] ?? '').split(/[ \t]/);
      const kept: string[] = [];
      for (const w of words) {
        if (INDIC_AFTER.has(w)) break;
        kept.push(w);
      }
      if (kept.length === 0) continue;
      const start = m.index + m[0].length - (m[2] ?? '').length;
      push(start, start + kept.join(' ').length, 'LOCATION');
    }
    for (const m of allMatches(ARABIC_OPENED, text)) {
      const words = m[0].split(/[ \t]/);
      let end = 1;
      while (end < words.length && !INDIC_AFTER.has(words[end] ?? '')) end++;
      if (end > 1) push(m.index, m.index + words.slice(0, end).join(' ').length, 'LOCATION');
    }
    for (const m of allMatches(CASELESS_AFTER, text)) push(m.index, m.index + m[0].length, 'LOCATION');
    for (const m of allMatches(THAI_PLACE, text)) push(m.index, m.index + m[0].length, 'LOCATION');
  }
  if (HAS_CYRILLIC.test(text)) for (const m of allMatches(CYR_PLACE, text)) push(m.index, m.index + m[0].length, 'LOCATION');
  if (HAS_GREEK.test(text)) {
    for (const m of allMatches(GREEK_FACILITY, text)) push(m.index, m.index + m[0].length, 'LOCATION');
  }
  if (!mayOpen(LATIN_ELEMENT_GATE, text) || !HAS_LATIN_ELEMENT.test(text)) return;
  for (const m of allMatches(LATIN_PLACE, text)) push(m.index, m.index + m[0].length, 'LOCATION');
  for (const m of allMatches(VIET_BEFORE, text)) push(m.index, m.index + m[0].length, 'LOCATION');
}
