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
];
// Age adjectives and counters of the same languages ("95-jährige", "92-jarige", "96-årig", "91-vuotias", "94-letni",
// "93-letý", "90-ročná", "93enne", "91 éves", "yaşında", "ετών", 歳/岁/歲, 세, tuổi, "años de edad").
const AGE_ADJECTIVES = [
  'jährige?[nrs]?', 'jahrige?[nrs]?', 'jarige?', 'årig[ae]?', 'vuotias', 'vuotiaana', 'letni[aej]?', 'letnia', 'letniego',
  'letý', 'letá', 'ročný', 'ročná', 'enne', 'éves', 'yaşında', 'yaşındaki', 'yaşlı', 'ετών', '歳', '岁', '歲', '세',
  'tuổi', 'años[ \\t]de[ \\t]edad', 'anos[ \\t]de[ \\t]idade', 'ans[ \\t]révolus',
];
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
