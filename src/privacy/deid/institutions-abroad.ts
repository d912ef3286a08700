/**
 * Institutions named in other languages' orders (issue 14, twenty-seventh session): the facility words that open a name
 * in more head-first languages (for `place-spans.ts`' head-first reader), the languages that put the facility word
 * last after a genitive or adjective name (Baltic, Turkic, Nordic, Finnish and Kyrgyz/Kazakh: "Vīksnu poliklīnika",
 * "Şirvanlı şəhər 2 saylı poliklinika", "Qaraçay Tibbi Mərkəz", "Нарын шаардык вакцинация борбору"), and the scripts
 * without capitals, where the facility word and the run of name characters beside it mark the name (Arabic
 * "مستشفى …", Japanese and Chinese "…病院", Korean "…병원", Thai "รพ.สต.…"). Each word is its language's common noun
 * for a hospital, clinic, health centre, pharmacy, care home, school or place of worship (Wiktionary's translations of
 * those nouns; the South Slavic health-law names "dom zdravlja", "klinički centar"; Quebec's CHSLD and CLSC of the Act
 * respecting health services and social services). Text is accent-folded (fold.ts) except letters outside Latin. Pure.
 */
import { allMatches } from './matches.js';
import type { CaseMode } from './letter-case.js';
import { clinicalWord, type Lexicon } from './lexicon.js';
import type { PushSpan as Push } from './types.js';

const S = '[ \\t]';
// A South Slavic, Czech or Slovak adjective before a lower-case facility noun ("Opšta bolnica", "Klinički centar",
// "Onkološki inštitut", "Splošna bolnišnica", "Zdravstveni dom"): the adjective endings of those languages' grammars.
const SLAVIC_ADJ = `[A-Z][a-z]+(?:ski|ska|sko|cki|cka|cko|ni|na|no|ta|ca)`;
const SLAVIC_NOUN = 'bolnica|bolnisnica|institut|centar|center|dom|ambulanta|poliklinika|klinika|lekarna|ljekarna';

/**
 * Facility words that open an institution's name (folded), for `place-spans.ts`' `HEAD_FIRST`: South Slavic ("Dom
 * zdravlja", an adjective and a facility noun, the KBC/UKC of Croatian and Slovene hospital law), Quebec's CHSLD, CLSC,
 * CISSS and CIUSSS, Welsh "Ysbyty", "Ysgol", "Meddygfa", Irish "Ospideal", "Scoil", "Gaelscoil", Spanish and Portuguese
 * care homes, opticians, pharmacies and churches ("Hogar", "Asilo", "Ótica", "Óptica", "Farmacia", "Drogaria",
 * "Botica", "Iglesia", "Igreja", "Parroquia"), French "Pharmacie", "EHPAD", "Eglise", Maltese and Arabic "Dar" (home),
 * Malay and Indonesian "Masjid", "Apotek", "Gereja", Polish and Czech/Slovak pharmacies ("Apteka", "Lekarna", "Lekaren").
 */
export const HEAD_FIRST_ABROAD = `Dom${S}zdravlja|(?:${SLAVIC_ADJ}${S}){1,2}(?:${SLAVIC_NOUN})|KBC|UKC|CHSLD|CLSC|CISSS|CIUSSS|` +
  `Ysbyty|Ysgol|Meddygfa|Ospideal|Scoil|Gaelscoil|Hogar|Asilo|Otica|Optica|Farmacia|Drogaria|Botica|Iglesia|Igreja|Parroquia|` +
  `Paroquia|Pharmacie|EHPAD|Eglise|Dar|Masjid|Apotek|Gereja|Apteka|Lekarna|Lekaren|Ljekarna`;

// Facility nouns written after their name (folded; Cyrillic and "ə" are not folded): Latvian, Lithuanian, Azerbaijani,
// Uzbek, Turkish, Norwegian, Danish, Swedish, Finnish, Estonian, Kyrgyz, Kazakh and Russian, the bare and the
// possessive ("-si", "-i", "-ı" folded to "i") forms.
const HEAD_LAST = new RegExp(`(?<![\\p{L}\\p{N}'\\-])(poliklinika(?:si)?|poliklinika|slimnica|centrs|klinikos|ligonine|` +
  `xəstəxana(?:si)?|[Mm]ərkəzi?|[Kk]linika(?:si)?|məscidi|shifoxona(?:si)?|markazi|[Hh]astanesi|[Kk]linigi|[Mm]erkezi|[Cc]amii|` +
  `[Ee]czanesi|sykehus|sykehjem|servicesenter|legesenter|helsesenter|sygehus|sjukhus|vardcentral|terveyskeskus|sairaala|` +
  `haigla|борбору|ооруканасы|ауруханасы|орталығы|емханасы|больница|поликлиника)(?![\\p{L}\\p{N}])`, 'gu');
// A Latvian care centre's quoted name after its noun ("… centrs "Liepkalni"").
const QUOTED_AFTER = /^[ \t]["\u201c\u201e]([^"\u201c\u201d\n]{2,30})["\u201d]/;
// One word before the facility noun: letters, digits and inner hyphens or apostrophes ("42-oilaviy", "Kolomotu'a").
const WORD_BEFORE = /(?:^|[ \t])([\p{L}\p{N}][\p{L}\p{N}'\u2019\-]*)[ \t]{1,2}$/u;

/** Whether a word opens a head-last name: a capital or a digit, and no English word (a sentence's "The", "At"). */
function opensName(w: string, lex: Lexicon): boolean {
  return /^[\p{Lu}\p{N}]/u.test(w) && !lex.common.has(w.toLowerCase());
}

/** Whether no English, clinical or medical list holds a word. */
function unlisted(w: string, lex: Lexicon): boolean {
  return !lex.common.has(w.toLowerCase()) && !clinicalWord(lex, w);
}

/**
 * Push LOCATION spans for institutions whose facility word comes last (mixed-case text): the name is the words of the
 * same clause before it, up to four, from the leftmost that opens with a capital or a digit; one word must be on no
 * English, clinical or medical list, and a quoted name after the noun joins it.
 */
export function detectHeadLastInstitutions(text: string, lex: Lexicon, push: Push, mode: CaseMode): void {
  if (mode !== 'mixed') return;
  for (const m of allMatches(HEAD_LAST, text)) {
    const head = m.index ?? 0;
    let at = head;
    let start = -1;
    let anyUnlisted = false;
    for (let k = 0; k < 4; k++) {
      const w = WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
      // A lower-case English word ("from", "at") ends the clause's name part.
      if (!w?.[1] || (/^[a-z]/.test(w[1]) && lex.common.has(w[1]))) break;
      at -= w[0].length - (w[0].startsWith(w[1]) ? 0 : 1);
      if (opensName(w[1], lex)) start = at;
      if (unlisted(w[1], lex)) anyUnlisted = true;
    }
    if (start < 0 || !anyUnlisted) continue;
    const end = head + (m[1] as string).length;
    const q = QUOTED_AFTER.exec(text.slice(end, end + 36));
    push(start, q ? end + q[0].length : end, 'LOCATION');
  }
}

// Arabic facility words before the name (hospital, dispensary, health centre, medical complex); the name is the one to
// three Arabic words after it, up to punctuation or a preposition. "عيادة" (clinic) is left out: it opens a service's
// name as often ("عيادة النمو", growth clinic).
const ARABIC_HEAD = /(?:مستشفى|مستوصف|مركز[ \t]صحي|مجمع[ \t]طبي)(?=[ \t][\u0620-\u064A])/g;
const ARABIC_WORD = /^[ \t]([\u0620-\u064A]+)/;
const ARABIC_STOP = new Set(['في', 'من', 'إلى', 'الى', 'على', 'عن', 'مع', 'منذ', 'بعد', 'قبل', 'حيث', 'و']);
// Japanese and Chinese: Han or Katakana name characters glued before the facility word (hospital, clinic, health centre).
const CJK_HEAD = /[\p{Script=Han}\p{Script=Katakana}ー]{1,10}?(?:病院|医院|醫院|クリニック|診療所|诊所|卫生院|衛生院)/gu;
// Korean: Hangul name syllables glued before the facility word (hospital, clinic, public health centre).
const HANGUL_HEAD = /[\uAC00-\uD7A3]{1,10}(?:병원|의원|보건소)(?![\uAC00-\uD7A3])/g;
// Thai: a hospital or sub-district health-promoting hospital abbreviation or word, then the name up to a space.
const THAI_HEAD = /(?:รพ\.สต\.|รพ\.|โรงพยาบาล)[\u0E00-\u0E7F]{2,30}/g;

/** Push LOCATION spans for institutions named in Arabic, Japanese, Chinese, Korean or Thai script (any case mode). */
export function detectUncasedInstitutions(text: string, push: Push): void {
  // Speed: a note with no letter outside Latin has none of them.
  if (!/[\u0600-\u06FF\u0E00-\u0E7F\u3040-\u9FFF\uAC00-\uD7A3]/.test(text)) return;
  for (const m of allMatches(ARABIC_HEAD, text)) {
    const start = m.index ?? 0;
    let end = start + m[0].length;
    for (let k = 0; k < 3; k++) {
      const w = ARABIC_WORD.exec(text.slice(end, end + 40));
      if (!w?.[1] || ARABIC_STOP.has(w[1])) break;
      end += w[0].length;
    }
    if (end > start + m[0].length) push(start, end, 'LOCATION');
  }
  for (const re of [CJK_HEAD, HANGUL_HEAD, THAI_HEAD]) {
    for (const m of allMatches(re, text)) push(m.index ?? 0, (m.index ?? 0) + m[0].length, 'LOCATION');
  }
}
