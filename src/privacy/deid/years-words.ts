/**
 * The words of other languages for an age's years (issue 14): the Unicode CLDR duration-year unit words and the age
 * adjectives and counters of the letters' languages (sources in `ages-abroad.ts`, which reads ages with them), and
 * the test that such a word after a number is the age's unit and no one's name (`context-vetoes.ts`). Pure.
 */
import { foldAccents } from './fold.js';

// CLDR duration-year, long and short (de nl fr it es pt ro pl cs sk uk ru tr el fi sv da nb hu id ms tl vi th ja zh ko
// ar bn hr sl bg hi): the words after the number.
const CLDR_YEARS = [
  'jahre', 'j\\.', 'jaar', 'jr', 'ans', 'anni', 'años', 'anos', 'ani', 'de[ \\t]ani', 'lat(?!\\.)', 'lata', 'let', 'rokov',
  'років', 'рік', 'роки', 'р\\.', 'лет', 'год', 'года', 'л\\.', 'г\\.', 'yıl', 'έτη', 'έτ\\.', 'vuotta', 'år', 'év', 'tahun',
  'thn', 'taon', 'năm', 'ปี', '年', '년', 'سنة', 'বছর', 'godina', 'godine', 'leto', 'години', 'год\\.', 'वर्ष',
  // The other locales of Node's ICU (twenty-fourth pass; the forms it prints for 90-119, long and short; Latin short
  // forms under three letters, one-letter forms of other scripts, and English words — Azerbaijani "il", Maori "tau" —
  // left out): af br ca cy eo et eu fy gd ia jv lb lt lv qu rm sc se so sq tk uz yo ceb fil haw dsb hsb fur kea nds be
  // kk ky mn mk sr os sah am ti ar as fa ur ps he hy ka km kn lo ml mr my or pa ta te ug kok brx.
  'vloaz', 'bloaz', 'anys', 'mlynedd', 'jaroj', 'aastat', 'urte', 'jier', 'bliadhna', 'annos', 'taun', 'joer', 'metų',
  'metai', 'gadu', 'gads', 'gadi', 'wata', 'onns', 'jahkki', 'sannado', 'vjet', 'ýyl', 'yil', 'ọ̀dún', 'ka[ \\t]tuig',
  'ka[ \\t]mga[ \\t]tuig', 'na[ \\t]taon', 'makahiki', 'añs', 'lět', 'lěto', 'lěta', 'lěśe', 'lěće', 'agns', 'anu',
  'johren', 'гадоў', 'гады', 'година', 'године', 'жыл', 'жил', 'азы', 'сыл', 'ዓመታት', 'ዓመት', 'سنوات', 'বছৰ', 'سال',
  'کالونه', 'שנים', 'שנה', 'տարի', 'წელი', 'ឆ្នាំ', 'ವರ್ಷಗಳು', 'ವರ್ಷ', 'ປີ', 'വർഷം', 'वर्षे', 'နှစ်', 'ବର୍ଷ', 'ਸਾਲ',
  'ஆண்டுகள்', 'ஆண்டு', 'సంవత్సరాలు', 'يىل', 'वर्सां', 'साल', 'વર્ષ',
];
// Age adjectives and counters of the same languages ("95-jährige", "92-jarige", "96-årig", "91-vuotias", "94-letni",
// "93-letý", "90-ročná", "93enne", "91 éves", "yaşında", "ετών", 歳/岁/歲, 세, tuổi, "años de edad").
const AGE_ADJECTIVES = [
  'jährige?[nrs]?', 'jahrige?[nrs]?', 'jarige?', 'årig[ae]?', 'vuotias', 'vuotiaana', 'letni[aej]?', 'letnia', 'letniego',
  'letý', 'letá', 'ročný', 'ročná', 'enne', 'éves', 'yaşında', 'yaşındaki', 'yaşlı', 'ετών', '歳', '岁', '歲', '세',
  'tuổi', 'años[ \\t]de[ \\t]edad', 'anos[ \\t]de[ \\t]idade', 'ans[ \\t]révolus',
  // More languages' age words after the number (twenty-fourth pass, from each language's grammar): Greek "χρονών",
  // Uzbek "yosh", Kazakh "жаста"/"жасар", Kyrgyz "жашта"/"жашар", Turkmen "ýaşly", Tatar "яшь", Mongolian "настай",
  // Persian "ساله", Urdu "سالہ", Pashto "کلن", Hindi and Nepali "वर्षीय", Nepali "बर्ष", romanised Hindi, Urdu and
  // Nepali "saal"/"barsa", Estonian "-aastane", Albanian "vjeç", Icelandic "ára", Welsh "mlwydd oed"/"oed", Irish
  // "bliana", Basque "urteko", Somali "jir"/"sano jir" (not "sano" alone: Spanish and Italian "healthy", "FC 95 sano";
  // review-deid8), Malagasy "taona", Samoan "tausaga", Tok Pisin "krismas", Igbo
  // "afọ", Tagalog and Cebuano "taong gulang"/"anyos", Korean "살", Georgian "წლის", Armenian "տարեկան", Tamil
  // "வயது", Malayalam "വയസ്സ്", Sinhala "අවුරුදු", Arabic "عاما", Slovak "ročnej", Latvian "gadus".
  'χρονών', 'χρονων', 'yosh', 'yoshda', 'yoshli', 'yoshdagi', 'жаста', 'жастағы', 'жасар', 'жашта', 'жаштагы', 'жашар',
  'ýaşly', 'ýaşynda', 'яшь', 'яшьлек', 'настай', 'ساله', 'سالہ', 'کلن', 'کلنه', 'वर्षीय', 'वर्षको', 'बर्ष', 'saal',
  'sal', 'barsa', 'barsha', 'aastane', 'vjeç', 'vjeçe', 'vjeçare', 'ára', 'mlwydd(?:[ \\t]oed)?', 'oed', 'bliana',
  'urteko', 'jir', 'sano[ \\t]jir', 'taona', 'tausaga', 'krismas', 'afọ', 'taong[ \\t]gulang', 'anyos', '살', 'წლის',
  'տարեկան', 'வயது', 'വയസ്സ്', 'අවුරුදු', 'عاما', 'عامًا', 'عاماً', 'ročnej', 'gadus',
];
// Years words written before the number (CLDR's Swahili, Hausa and Sinhala patterns: "miaka 93", "shekaru 93").
export const YEARS_BEFORE_WORDS = foldAccents(['miaka', 'shekaru', 'shekara', 'වසර', 'අවුරුදු'].join('|'));
// Age nouns before the number ("Alter: 94", "věk 96", "yaş 91", "usia 92", "edad 93", "wiek 95"), of the letters'
// languages (twenty-second pass) and more (twenty-fourth: Latvian, Lithuanian, Estonian, Albanian, Slovene and Serbian,
// Icelandic, Welsh, Irish, Basque, Bulgarian, Uzbek, Kazakh, Kyrgyz, Azerbaijani, Turkmen, Mongolian, Haitian Creole,
// Tagalog, romanised Hindi and Greek; Hebrew, Amharic, Georgian, Armenian, Hindi, Nepali, Urdu and Persian, Tamil,
// Sinhala, Lao, Khmer, Burmese; not Mongolian "нас", Russian "us", nor "umar" or "adina", given names). Also the
// headers of an age column (`age-tables.ts`), with English "age".
export const AGE_NOUNS = foldAccents([
  'alter', 'leeftijd', 'âge', 'età', 'edad', 'idade', 'vârst[aă]', 'wiek', 'věk', 'vek', 'вік', 'возраст',
  'возр\\.', 'възраст', 'yaş', 'ηλικία', 'ilikia', 'ikä', 'ålder', 'alder', 'életkor', 'usia', 'umur', 'umri', 'edat',
  'tuổi', 'vecums', 'amžius', 'vanus', 'mosha', 'starost', 'старост', 'aldur', 'oed', 'aois', 'yoshi',
  'жасы', 'жашы', 'yaşı', 'ýaşy', 'laj', 'idad', 'gulang', 'umr',
].join('|'));
// The age nouns of scripts without case or accents (matched as written).
export const AGE_NOUNS_OTHER_SCRIPTS = 'อายุ|年齢|年龄|나이|العمر|বয়স|גיל|בן|בת|ዕድሜ|ასაკი|տարիք|उमेर|उम्र|आयु|عمر|سن|வயது|වයස|ອາຍຸ|អាយុ|အသက်';
/** Both lists as one alternation, accent-folded as the detector reads text (`fold.ts`: "år" is read as "ar"). */
export const YEARS_WORDS = foldAccents([...AGE_ADJECTIVES, ...CLDR_YEARS].join('|'));
// The same words, whole: a years word or an age adjective after a number is the age's unit, no one's name.
const YEARS_WORD = new RegExp(`^(?:${YEARS_WORDS})$`, 'iu');
// A number right before a word, with a space or a hyphen between ("95 Jahre", "93-jährige").
const NUMBER_BEFORE = /\d[ \t\-]?$/;

/** Whether a word found as a name is a years word or an age adjective right after a number ("Frau X, 95 Jahre"). */
export function yearsWordAfterNumber(word: string, before: string): boolean {
  return NUMBER_BEFORE.test(before) && YEARS_WORD.test(word);
}
