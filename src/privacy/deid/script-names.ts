/**
 * Personal names written in Cyrillic or Greek letters (issue 14, letters): no word list of the de-identifier holds
 * them, and a letter written in Bulgarian, Macedonian, Ukrainian, Russian, Kyrgyz or Greek names its patient without an
 * English cue word ("Стоян Пейчинов, на 92 години"). Both scripts mark a name by its capitals, and the surnames and
 * patronymics of the languages written in them carry a small set of endings (sources below). A run of two or three
 * capitalised words of one of these scripts, one of which ends in such an ending, is a name; a place or institution word
 * in the run makes it a place's name instead, and a role or kinship word at its head is the cue, not the name
 * ("Пациентка Иванова" gives "Иванова"). A run of four capitalised words or more is a heading, not a name. Runs in Latin
 * letters are left to the list and cue rules. Japanese has no capitals, but a name written family name, space, given
 * name is followed by an honorific ("篠原 トメ 様"); the two parts before the honorific are the name. Pure.
 */
import type { PushSpan } from './types.js';

// Surname and patronymic endings, compared in lower case at the end of a word or of each hyphened part (Wikipedia,
// "Eastern Slavic naming customs", "Bulgarian name", "Macedonian name", "Serbian name", "Ukrainian name", "Kyrgyz name",
// "Tajik name", "Armenian name", "Georgian name"): Russian, Bulgarian, Macedonian and Central Asian -ов/-ев/-ёв with
// their feminine -ова/-ева/-ёва; the adjectival -ский/-ская/-цкий/-цкая (Russian), -ський/-ська/-цький/-цька
// (Ukrainian) and -ски/-ска/-цки/-цка (Bulgarian, Macedonian); Ukrainian -енко, -ук/-юк/-чук; the patronymic and
// surname -ович/-евич/-ич, Serbian -ић; patronymics -овна/-евна/-ична and Ukrainian -івна/-ївна; Tajik -зода; Armenian
// -ян/-янц and Georgian -швили/-дзе written in Cyrillic; Kazakh -ұлы/-қызы written joined. Left out: -ин/-ина, which
// ends as many common nouns (медицина, вакцина) as surnames.
const CYRILLIC_ENDINGS = ['ов', 'ова', 'ев', 'ева', 'ёв', 'ёва', 'ский', 'ская', 'цкий', 'цкая', 'ський', 'ська', 'цький', 'цька',
  'ски', 'ска', 'цки', 'цка', 'енко', 'ук', 'юк', 'чук', 'ович', 'евич', 'ич', 'ић', 'овна', 'евна', 'ична', 'івна', 'ївна', 'зода',
  'ян', 'янц', 'швили', 'дзе', 'ұлы', 'қызы'];
// Greek surname endings, accents removed (Wikipedia, "Greek surname"): -πουλος/-πουλου (Peloponnese), -ιδης/-ιδου and
// -αδης/-αδου (Pontic and Asia Minor), -ακης/-ακη (Crete), -ακος/-ατος/-ατου (Mani, Ionian islands), -ογλου (Turkish
// origin); the feminine is the masculine's genitive.
const GREEK_ENDINGS = ['πουλος', 'πουλου', 'ιδης', 'ιδου', 'αδης', 'αδου', 'ακης', 'ακη', 'ακος', 'ατος', 'ατου', 'ογλου'];
// Kyrgyz, Kazakh and Russian-written Azerbaijani and Uzbek patronymic words written after the name ("Эрмек Айбек уулу").
const PATRONYMIC_AFTER = /^[ \t](?:уулу|кызы|улы|ұлы|қызы|оглы|кизи|қизи)(?![\p{L}\p{M}])/u;
// Words that make a run a place's or an institution's name (OpenStreetMap feature words and administrative units of
// these languages, lower case, accents removed): a town, village, region, republic, street, district, hospital,
// polyclinic, clinic, centre, university, ministry, home.
const PLACE_WORDS = new Set(('город град село область област облыс республика республикасы улица вулиця улица район ' +
  'больница болница лікарня поликлиника поліклініка клиника клініка центр център університет университет министерство ' +
  'міністерство дом οδος πολη δημος νοσοκομειο κεντρο κλινικη πανεπιστημιο').split(' '));
// Role and kinship words that open a run as its cue (lower case, accents removed): patient, nurse, doctor, physician,
// mother, father, son, daughter, husband, wife; Greek patient, doctor, nurse, Mr, Mrs.
const CUE_WORDS = new Set(('пациент пациентка пацієнт пацієнтка пациентът хворий хвора больной больная медсестра сестра лекар ' +
  'лекарка лікар врач доктор мать мама майка отец баща тато сын син дочь дочка дъщеря ќерка керка муж съпруг сопруг жена ' +
  'съпруга сопруга ασθενης ιατρος γιατρος νοσηλευτρια νοσηλευτης κυριος κυρια').split(' '));

// A capitalised word of the Greek or Cyrillic script, with capitalised hyphened parts ("Тодорова-Влахова"); combining
// stress marks allowed.
const LETTER = '[\\u0370-\\u03ff\\u1f00-\\u1fff\\u0400-\\u052f]';
const WORD = `(?=\\p{Lu})${LETTER}(?:(?=\\p{Ll})${LETTER}|[\\u0300-\\u036f])+`;
const CAPITALISED = `${WORD}(?:-${WORD})?`;
const RUN = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}.\\-])${CAPITALISED}(?:[ \\t]${CAPITALISED})*(?![\\p{L}\\p{M}\\p{N}\\-])`, 'gu');
// The word right before a run, across blanks only.
const WORD_BEFORE = /(\p{L}+)[ \t]+$/u;
const SCRIPT = /[\u0370-\u03ff\u1f00-\u1fff\u0400-\u052f]/;
const GREEK = /[\u0370-\u03ff\u1f00-\u1fff]/;

// Japanese: a family name of kanji or katakana, a space (ASCII or ideographic), a given name of kanji or kana, and an
// honorific suffix (Wikipedia, "Japanese honorifics": -sama, -san, -dono, -shi). -kun and -chan are left out: 君 ends
// Chinese given names ("怡君"). Without the space the run before 様 is as often a noun (患者様, お客様) as a name.
const JAPANESE = /(?<![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー])([\p{sc=Han}\p{sc=Katakana}ー]{1,4}[ \u3000][\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー]{1,4})[ \u3000]?(?:様|さん|殿|氏)/gu;
const KANA_OR_KANJI = /[\u3040-\u30ff\u3400-\u9fff]/;

/** A word lower-cased with its accents and stress marks removed (Cyrillic й and ё keep theirs). */
function bare(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/[\u0300-\u0305\u0307\u0309-\u036f]/g, '').normalize('NFC');
}

/** Whether a word, or one of its hyphened parts, ends in a surname or patronymic ending of its script. */
function surnameShaped(word: string): boolean {
  const endings = GREEK.test(word) ? GREEK_ENDINGS : CYRILLIC_ENDINGS;
  return bare(word).split('-').some((part) => endings.some((e) => part.length >= e.length + 2 && part.endsWith(e)));
}

/** Push a NAME span for each Cyrillic, Greek or Japanese name the script's grammar marks (see the header). */
export function detectScriptNames(text: string, push: PushSpan): void {
  if (KANA_OR_KANJI.test(text)) japaneseNames(text, push);
  if (SCRIPT.test(text)) casedNames(text, push);
}

/** Japanese names: family and given name with a space between them, before an honorific. */
function japaneseNames(text: string, push: PushSpan): void {
  for (const m of text.matchAll(JAPANESE)) {
    const start = m.index ?? 0;
    push(start, start + (m[1]?.length ?? 0), 'NAME');
  }
}

/** Cyrillic and Greek names: two or three capitalised words, one shaped as a surname or patronymic, or a cue before one. */
function casedNames(text: string, push: PushSpan): void {
  for (const m of text.matchAll(RUN)) {
    let words = m[0].split(/[ \t]/);
    let start = m.index ?? 0;
    // One script throughout: a Greek word beside a Cyrillic one is not one name.
    if (words.some((w) => GREEK.test(w) !== GREEK.test(words[0] ?? ''))) continue;
    if (words.some((w) => PLACE_WORDS.has(bare(w)))) continue;
    // The cue opens the run ("Пациентка Иванова") or stands in lower case before it ("лекар Петров").
    let cued = CUE_WORDS.has(bare(words[0] ?? ''));
    if (cued) {
      start += (words[0]?.length ?? 0) + 1;
      words = words.slice(1);
    } else cued = CUE_WORDS.has(bare(WORD_BEFORE.exec(text.slice(Math.max(0, start - 24), start))?.[1] ?? ''));
    if (words.length > 3 || words.length < (cued ? 1 : 2)) continue;
    const end = start + words.join(' ').length;
    // A patronymic word after the run marks it as a name by itself ("Эрмек Айбек уулу").
    const after = PATRONYMIC_AFTER.exec(text.slice(end, end + 8))?.[0].length ?? 0;
    if (after === 0 && !words.some(surnameShaped)) continue;
    push(start, end + after, 'NAME');
  }
}
