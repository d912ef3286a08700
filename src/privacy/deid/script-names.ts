/**
 * Personal names written in Cyrillic or Greek letters (issue 14, letters): no word list of the de-identifier holds
 * them, and a letter written in Bulgarian, Macedonian, Ukrainian, Russian, Kyrgyz or Greek names its patient without an
 * English cue word ("Стоян Пейчинов, на 92 години"). Both scripts mark a name by its capitals, and the surnames and
 * patronymics of the languages written in them carry a small set of endings (sources below). A run of two or three
 * capitalised words of one of these scripts, one of which ends in such an ending, is a name; a place or institution word
 * in the run makes it a place's name instead, and a role or kinship word at its head is the cue, not the name
 * ("Пациентка Иванова" gives "Иванова"). A run of four capitalised words or more is a heading, not a name. Runs in Latin
 * letters are left to the list and cue rules. Session 40 widened the same grammar by three slots: the endings carry
 * their case forms (a certificate is issued "Петровой …", in the dative), a role or kinship noun before a run of one
 * to three capitalised words (in the script's languages or in English, "mother Анна") marks it as a name without an
 * ending, since these languages capitalise only proper nouns; and a capitalised word beside one or two initials is a
 * name in the form Russian and the other post-Soviet documents write a person ("Фамилия И. О." and "И. О. Фамилия",
 * GOST R 7.0.97-2016 on the signature and the addressee; a Mongolian name writes the father's initial before the given
 * name), unless "named after" (им., имени) or a street abbreviation stands before it, where the person names a
 * place. Japanese has no capitals, but a name written family name, space, given
 * name is followed by an honorific ("篠原 トメ 様"); the two parts before the honorific are the name. Pure.
 */
import { LATIN_CUES } from './caseless-names.js';
import type { PushSpan } from './types.js';

// Surname and patronymic endings, compared in lower case at the end of a word or of each hyphened part (Wikipedia,
// "Eastern Slavic naming customs", "Bulgarian name", "Macedonian name", "Serbian name", "Ukrainian name", "Kyrgyz name",
// "Tajik name", "Armenian name", "Georgian name"): Russian, Bulgarian, Macedonian and Central Asian -ов/-ев/-ёв with
// their feminine -ова/-ева/-ёва; the adjectival -ский/-ская/-цкий/-цкая (Russian), -ський/-ська/-цький/-цька
// (Ukrainian) and -ски/-ска/-цки/-цка (Bulgarian, Macedonian); Ukrainian -енко, -ук/-юк/-чук; the patronymic and
// surname -ович/-евич/-ич, Serbian -ић; patronymics -овна/-евна/-ична and Ukrainian -івна/-ївна; Tajik -зода; Armenian
// -ян/-янц and Georgian -швили/-дзе written in Cyrillic; Kazakh -ұлы/-қызы written joined. Left out: -ин/-ина, which
// ends as many common nouns (медицина, вакцина) as surnames. Belarusian writes -оў/-еў, -скі/-цкі and -овіч/-евіч
// (Wikipedia, "Belarusian name"). The Russian surnames and patronymics decline (Wikipedia, "Russian declension" and
// "Eastern Slavic naming customs": -ов/-ев as a short adjective, -ский as an adjective, -ович and -овна as nouns): the
// genitive, dative, instrumental and prepositional forms are listed beside each nominative.
const CYRILLIC_ENDINGS = ['ов', 'ова', 'ев', 'ева', 'ёв', 'ёва', 'ский', 'ская', 'цкий', 'цкая', 'ський', 'ська', 'цький', 'цька',
  'ски', 'ска', 'цки', 'цка', 'енко', 'ук', 'юк', 'чук', 'ович', 'евич', 'ич', 'ић', 'овна', 'евна', 'ична', 'івна', 'ївна', 'зода',
  'ян', 'янц', 'швили', 'дзе', 'ұлы', 'қызы', 'оў', 'еў', 'скі', 'цкі', 'овіч', 'евіч',
  'ову', 'овым', 'ове', 'овой', 'еву', 'евым', 'еве', 'евой', 'ёву', 'ёвым', 'ёвой',
  'ского', 'скому', 'ским', 'ском', 'ской', 'скую', 'цкого', 'цкому', 'цким', 'цкой', 'цкую',
  'овича', 'овичу', 'овичем', 'овиче', 'евича', 'евичу', 'евичем', 'евиче',
  'овны', 'овне', 'овну', 'овной', 'евны', 'евне', 'евну', 'евной'];
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
  'міністерство дом οδος πολη δημος νοσοκομειο κεντρο κλινικη πανεπιστημιο ' +
  // and the Russian and Ukrainian case forms of the same nouns (a run of names' case endings reads "Городской Больницы").
  'города городе села селе области района районе республики республике улицы улице больницы больнице больницу ' +
  'лікарні лікарню поликлиники поликлинике поліклініки поліклініці клиники клинике клініки клініці центра центре ' +
  'университета университете університету дома доме министерства министерстве').split(' '));
// Adjectival endings (Russian, Ukrainian, Bulgarian and Belarusian long adjectives in every case): a run whose words all
// end so is an institution's or a place's attribute ("Городской Клинической"), and a one-word name after a cue must
// not be one unless it has a surname's ending.
const ADJECTIVE = /(?:ий|ый|ой|ая|ое|ые|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ей|ий|ої|ій|ська|ське|ські|ия)$/u;
const ADJECTIVE_NOT_NAME = /(?:ой|ого|его|ому|ему|ым|ом|ую|ых|ые|ое|ей)$/u;
// Role and kinship words that open a run as its cue (lower case, accents removed): patient, nurse, doctor, physician,
// mother, father, son, daughter, husband, wife; Greek patient, doctor, nurse, Mr, Mrs.
const CUE_WORDS = new Set(('пациент пациентка пацієнт пацієнтка пациентът хворий хвора больной больная медсестра сестра лекар ' +
  'лекарка лікар врач доктор мать мама майка отец баща тато сын син дочь дочка дъщеря ќерка керка муж съпруг сопруг жена ' +
  'съпруга сопруга ασθενης ιατρος γιατρος νοσηλευτρια νοσηλευτης κυριος κυρια ' +
  // more of the same (a dictionary's words): physician assistant, paediatrician, therapist, surgeon, grandson,
  // granddaughter, grandmother, grandfather, brother, guardian; Ukrainian and Belarusian mother, father, daughter,
  // husband, wife; Serbian and Macedonian mother, father, daughter; the Mongolian doctor and nurse (эмч, сувилагч).
  'фельдшер педиатр терапевт хирург внук внучка бабушка дедушка брат опекун мати батько донька чоловік дружина маці бацька ' +
  'дачка муж мајка татко отац ћерка эмч сувилагч').split(' '));
// The same role and kinship nouns in English, written before a name in another script (mixed-language notes).
const LATIN_CUE_WORDS = new Set(LATIN_CUES);
// A run after one of these is a place's name or a street's namesake, not a person: "named after" (им., имени, імені) and
// the street and avenue abbreviations of cyrillic-addresses.ts.
const NAMESAKE_BEFORE = /(?:^|[^\p{L}])(?:им\.|имени|імені|ул\.|вул\.|просп\.|пр\.|пер\.|бул\.|пл\.|наб\.)[ \t]*$/iu;


// A capitalised word of the Greek or Cyrillic script, with capitalised hyphened parts ("Тодорова-Влахова"); combining
// stress marks allowed.
const LETTER = '[\\u0370-\\u03ff\\u1f00-\\u1fff\\u0400-\\u052f]';
const WORD = `(?=\\p{Lu})${LETTER}(?:(?=\\p{Ll})${LETTER}|[\\u0300-\\u036f])+`;
const CAPITALISED = `${WORD}(?:-${WORD})?`;
const RUN = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}.\\-])${CAPITALISED}(?:[ \\t]${CAPITALISED})*(?![\\p{L}\\p{M}\\p{N}\\-])`, 'gu');
// One or two initials (a capital of the script and a full stop, with or without a blank between them) after a
// capitalised word, or before one; neither touches a letter, digit or full stop on its outer side.
const INITIAL = `(?=\\p{Lu})${LETTER}\\.`;
const INITIALS = `${INITIAL}(?:[ \\t]?${INITIAL})?`;
const INITIALS_AFTER = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}.\\-])(${CAPITALISED})[ \\t](${INITIALS})(?![\\p{L}\\p{M}\\p{N}])`, 'gu');
const INITIALS_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}.\\-])(${INITIALS})[ \\t]?(${CAPITALISED})(?![\\p{L}\\p{M}\\p{N}\\-])`, 'gu');
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

/** Whether a word (bare) is a cue noun, in the script's languages or in English. */
function cueWord(word: string): boolean {
  const w = bare(word);
  return CUE_WORDS.has(w) || LATIN_CUE_WORDS.has(w);
}

/** Cyrillic and Greek names: two or three capitalised words, one shaped as a surname or patronymic, or a cue before
 * them; and a capitalised word beside initials. */
function casedNames(text: string, push: PushSpan): void {
  for (const m of text.matchAll(RUN)) {
    let words = m[0].split(/[ \t]/);
    let start = m.index ?? 0;
    // One script throughout: a Greek word beside a Cyrillic one is not one name.
    if (words.some((w) => GREEK.test(w) !== GREEK.test(words[0] ?? ''))) continue;
    if (words.some((w) => PLACE_WORDS.has(bare(w)))) continue;
    // The cue opens the run ("Пациентка Иванова") or stands in lower case before it ("лекар Петров", "mother Анна").
    let cued = CUE_WORDS.has(bare(words[0] ?? ''));
    if (cued) {
      start += (words[0]?.length ?? 0) + 1;
      words = words.slice(1);
    } else cued = cueWord(WORD_BEFORE.exec(text.slice(Math.max(0, start - 24), start))?.[1] ?? '');
    if (words.length > 3 || words.length < (cued ? 1 : 2)) continue;
    const end = start + words.join(' ').length;
    // A patronymic word after the run marks it as a name by itself ("Эрмек Айбек уулу"), and a surname may follow it
    // ("Гөлназ Фәрит кызы Сабирова").
    let after = PATRONYMIC_AFTER.exec(text.slice(end, end + 8))?.[0].length ?? 0;
    if (after > 0) {
      const surname = new RegExp(`^[ \\t](${CAPITALISED})(?![\\p{L}\\p{M}\\p{N}\\-])`, 'u').exec(text.slice(end + after, end + after + 40));
      if (surname?.[1] !== undefined && surnameShaped(surname[1])) after += surname[0].length;
    }
    const shaped = words.some(surnameShaped);
    // An adjective and the lower-case noun or adjective after it are an institution's name ("Городской больницы").
    const next = /^[ \t]+(\p{Ll}[\p{L}\p{M}]*)/u.exec(text.slice(end, end + 40))?.[1] ?? '';
    if (next !== '' && ADJECTIVE.test(bare(words[words.length - 1] ?? '')) && (PLACE_WORDS.has(bare(next)) || ADJECTIVE.test(bare(next)))) continue;
    if (after === 0 && !shaped) {
      // These languages capitalise only proper nouns, so after a cue the run is a name, unless every word is an
      // adjective in a case form ("врач Скорой") or the run stands right after "named after".
      if (!cued || words.every((w) => ADJECTIVE_NOT_NAME.test(bare(w)))) continue;
    }
    // Two adjectives or more are an institution's attribute ("Городской Клинической"); a name holds a noun.
    if (after === 0 && (words.length > 1 || !shaped) && words.every((w) => ADJECTIVE.test(bare(w)))) continue;
    push(start, end + after, 'NAME');
  }
  initialled(text, push);
}

/** A capitalised word beside one or two initials ("Семёнова Л. К.", "Б. Ганзориг"): the documents' name form. */
function initialled(text: string, push: PushSpan): void {
  for (const re of [INITIALS_AFTER, INITIALS_BEFORE]) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const word = re === INITIALS_AFTER ? m[1] ?? '' : m[2] ?? '';
      const b = bare(word);
      // A cue or place noun beside an initial is a heading or an abbreviation, not a name ("Приложение А.").
      if (PLACE_WORDS.has(b) || cueWord(word) || GREEK.test(word) !== GREEK.test(m[0].replace(word, ''))) continue;
      if (NAMESAKE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
      if (re === INITIALS_BEFORE) {
        // Initials that close a name before them ("Иванова А. П. Тел.") are that name's; a short word with a full
        // stop after it is an abbreviation (Тел., Стр.), not a name.
        const prev = /(\p{Lu}[\p{L}\p{M}-]*)[ \t]+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
        if (prev !== undefined && SCRIPT.test(prev) && !cueWord(prev)) continue;
        if (word.length <= 4 && text[start + m[0].length] === '.') continue;
        // One initial before a word is as often a list's letter ("рис. А. Схема"): a cue or a surname's ending asked.
        if ((m[1] ?? '').split('.').length < 3 && !surnameShaped(word) && !(prev !== undefined && cueWord(prev)) &&
          !cueWord(WORD_BEFORE.exec(text.slice(Math.max(0, start - 24), start))?.[1] ?? '')) continue;
      }
      // A word after the initials that ends a sentence before them: "… лечение. А. Петров" still reads; but one
      // initial after a word needs the word to be surname-shaped ("Глава А." is a heading's numbering).
      if (re === INITIALS_AFTER && !/\.[ \t]?(?=\p{Lu})/u.test((m[2] ?? '').slice(0, -1)) && !surnameShaped(word)) continue;
      push(start, start + m[0].length, 'NAME');
    }
  }
}
