/**
 * Phone numbers after the word for a phone in the letters' languages and scripts (issue 14, session 34): a national
 * number written in digit groups, with no trunk 0 or "+" to mark it, read only where a phone word stands just before
 * it. `patterns.ts`' PHONE_CUE reads the English words (phone, tel, mobile, contact); this rule adds the other
 * languages' words, which `\b` cannot bound in caseless scripts: Chinese 电话 / 電話 / 手机, Japanese 携帯 / 電話番号,
 * Korean 전화 / 휴대폰 / 연락처, Hindi फ़ोन / मोबाइल / दूरभाष, Bengali ফোন, Punjabi ਫ਼ੋਨ, Gujarati ફોન, Tamil தொலைபேசி /
 * கைபேசி, Telugu ఫోన్, Kannada ಫೋನ್, Malayalam ഫോൺ, Thai โทร, Russian телефон / тел. / моб., Mongolian утас,
 * Arabic هاتف / جوال, Persian تلفن / موبایل, Hebrew טלפון, Greek τηλ., and the Latin-script words teléfono, telèfon,
 * telefone, téléphone, Telefon, tlf, mob, ph, móvil, celular, puhelin, and Norwegian and Danish "ring (meg) på".
 * The words are the common dictionary translations of "telephone" and "mobile phone" (Wiktionary translation tables).
 * The number: ITU-T E.164 (a national significant number of at most 15 digits with its country code) and the national
 * plans' lengths with their trunk prefixes: 8 to 12 digits in groups of 2 to 5 (China's 11-digit mobiles 139 1744 8261,
 * India's 10-digit 98154 47721, Spain's 9-digit 963 441 729, Norway's 8-digit 480 44 172, Sweden's 070-441 72 93,
 * Russia's trunk 8 and bracketed area code 8 (8352) 44-17-29), or 8 to 15 after "+" and a country code. A day-first
 * date written in spaced groups ("02 12 2026") is no number.
 */
import { allMatches } from './matches.js';
import { mayOpen, wordGate } from './note-words.js';
import type { PushSpan as Push } from './types.js';

const LATIN_WORDS = 'tel[ée]fono|telefono|tel[èe]fon|telefone|t[ée]l[ée]phone|t[ée]l|telefon|tlf|tfn|mob|mobil|m[óo]vil|celular|cel|ph|puhelin|gsm|handy|ring(?:[ \\t]+(?:meg|oss|mig|os))?[ \\t]+p[åa]';
const SCRIPT_WORDS = '电话|電話|手机|手機|联系电话|聯絡電話|携帯|電話番号|전화|휴대폰|핸드폰|연락처|' +
  '\u092B\u093C\u094B\u0928|\u092B\u094B\u0928|मोबाइल|दूरभाष|ফোন|মোবাইল|\u0A2B\u0A3C\u0A4B\u0A28|\u0A2B\u0A4B\u0A28|ફોન|મોબાઇલ|' +
  'தொலைபேசி|கைபேசி|ఫోన్|ಫೋನ್|ഫോൺ|โทรศัพท์|โทร|' +
  'телефон[аеу]?|тел|моб|мобильный|утас|هاتف|جوال|تلفن|موبایل|טלפון|τηλ[έε]φωνο|τηλ';
// The cue, any words for "number" after it, then a colon, point or hash: "teléfono", "mob:", "电话号码：", "तेल नं.".
const CUE = new RegExp(`(?:${LATIN_WORDS}|${SCRIPT_WORDS})(?:[ \\t]*(?:no|nr|n[º°o]|number|n[úu]mero|nummer|号码|號碼|番号|번호|नंबर|नं))?[ \\t]*[.:：#]?[ \\t]*(?=[+(0-9])`, 'giu');
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
// Only a cue no letter, digit or mark stands before is read (hence `bounded`): a note none of whose words opens one is
// skipped unread (note-words.ts).
const CUE_GATE = wordGate(CUE.source, true);
// The number: "+" and country code perhaps, a bracketed area code perhaps, then digit groups joined by one space,
// hyphen or point.
const NUMBER = /(?:\+\d{1,3}[ \t\-]?)?(?:\d[ \t]?(?=\())?(?:\(\d{2,5}\)[ \t]?)?\d{1,5}(?:[ \t\-.]\d{2,5}){0,5}/y;
const RIGHT_EDGE = /^(?:[\p{L}\p{N}\/]|[.,]\d|[ \t]*(?:mg|mcg|g|kg|ml|l|mmol|units?|iu|u|cm|mm|m|km|%|°))/iu;
const SPACED_DATE = /^(?:0?[1-9]|[12]\d|3[01])[ \t\-.](?:0?[1-9]|1[0-2])[ \t\-.](?:19|20)\d\d$/;
// "pH" is also the blood gas's acidity, written before its value and often the gas's other values in a bare series
// ("pH 7.32 48 62 24"): after "ph" a first group of one digit, a point and its decimals is that measurement.
const PH_VALUE = /^\d\.\d/;

/**
 * Whether a number written for people has a national number's length (module header: ITU-T E.164 and the national
 * plans): 8 to 12 digits, or 8 to 15 after "+" and a country code. Shared with `name-phones.ts`.
 */
export function phoneLength(v: string): boolean {
  const digits = v.replace(/\D/g, '').length;
  return digits >= 8 && digits <= (v.startsWith('+') ? 15 : 12);
}

/** Push PHONE spans for numbers after a phone word of the letters' languages. */
export function detectPhoneWords(text: string, push: Push): void {
  if (!/\d{2}[ \t\-.]?\d{2}/.test(text) || !mayOpen(CUE_GATE, text)) return;
  for (const m of allMatches(CUE, text)) {
    if (m.index > 0 && WORD_CHAR.test(text[m.index - 1] ?? '')) continue;
    const start = m.index + m[0].length;
    NUMBER.lastIndex = start;
    const v = NUMBER.exec(text)?.[0] ?? '';
    if (v === '') continue;
    if (RIGHT_EDGE.test(text.slice(start + v.length, start + v.length + 6))) continue;
    if (!phoneLength(v) || SPACED_DATE.test(v)) continue;
    if (/^ph/i.test(m[0]) && PH_VALUE.test(v)) continue;
    push(start, start + v.length, 'PHONE');
  }
}
