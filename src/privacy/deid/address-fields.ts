/**
 * The address, residence and birthplace fields of forms in the languages and scripts the letters use (issue 14,
 * session 31): the value after the field's own label word, up to the field's end, in any script. The Latin- and
 * capital-letter place rules read a place by its capitals, its street words or an English cue; a Chinese, Korean,
 * Arabic, Hebrew or Brahmic address has no capitals, and a label in another language ("Adresse", "ünvan", "Адрес",
 * "地址", "주소", "पता", "العنوان") is read by none of them. Label words from the Wiktionary translation tables of
 * "address", "residence", "place of residence" and "place of birth", and the field names of national identity-card and
 * household-registration forms (Chinese 住址 and 籍贯, Japanese 住所 and 本籍, Korean 주소 and 본적); a field's end as the
 * UPU address formats write it (Universal Postal Union, "Postal addressing systems in member countries"): an address is
 * one clause whose parts (premises, street, district, town) a comma separates, closed by a semicolon, a line's end, a
 * sentence's full stop or the next field's label. Pure.
 */
import type { PushSpan } from './types.js';

// Labels of an address or a residence: its parts run over commas to the field's end. Latin words as `foldAccents`
// leaves them ("dirección" reads "direccion", "ünvan" reads "unvan", "địa chỉ" reads "dia chi").
const ADDRESS_LATIN = ['adresse', 'adres', 'adresa', 'adresas', 'adrese', 'aadress', 'adressi', 'osoite', 'direccion', 'domicilio',
  'domicile', 'residencia', 'endereco', 'morada', 'indirizzo', 'residenza', 'anschrift', 'wohnort', 'wohnadresse', 'woonplaats',
  'unvan', 'adresi', 'ikametgah', 'lakcim', 'naslov', 'bydliste', 'bydlisko', 'alamat', 'tirahan', 'dia chi', 'noi o'];
const ADDRESS_OTHER = [
  'адрес', 'адреса', 'место жительства', 'місце проживання', 'прописка', 'διεύθυνση', 'κατοικία', // Cyrillic, Greek
  '地址', '住址', '现住址', '現住址', '家庭住址', '户籍地址', '戶籍地址', '居住地', '住所', '現住所', // Chinese, Japanese
  '주소', '거주지', // Korean
  'पता', 'पत्ता', 'ठेगाना', 'ঠিকানা', 'ਪਤਾ', 'સરનામું', 'ଠିକଣା', 'முகவரி', 'చిరునామా', 'ವಿಳಾಸ', 'വിലാസം', 'ලිපිනය', // Brahmic
  'العنوان', 'عنوان', 'السكن', 'مكان السكن', 'محل الإقامة', 'مكان الإقامة', 'پتہ', 'سکونت', 'رہائش', 'نشانی', 'آدرس', // Arabic script
  'כתובת', 'מקום מגורים', 'מגורים', 'ที่อยู่', 'អាសយដ្ឋាន', 'አድራሻ', 'მისამართი', 'հասցե', // Hebrew, Thai, Khmer, Amharic, Georgian, Armenian
];
// Labels of one place (a birthplace, a place of origin, a work unit): the value is one part, up to the first comma.
const PLACE_LATIN = ['lugar de nacimiento', 'lieu de naissance', 'geburtsort', 'naturalidade', 'luogo di nascita', 'dogum yeri',
  'que quan', 'noi sinh'];
const PLACE_OTHER = ['место рождения', 'місце народження', 'τόπος γέννησης', '出生地', '籍贯', '籍貫', '本籍', '工作单位', '工作單位', '单位',
  '單位', '勤務先', '출생지', '본적', '직장', 'जन्मस्थान', 'জন্মস্থান', 'مكان الولادة', 'محل الولادة', 'مكان الميلاد', 'محل الميلاد', 'מקום לידה'];
// English labels: read here only before a value in another script, which the capital-letter rules cannot see.
const ENGLISH = ['address', 'home address', 'residence', 'place of birth', 'birthplace'];

const alt = (ws: readonly string[]): string => [...ws].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '[ \\t]')).join('|');
// A Latin or Cyrillic label stands as a word; a caseless one may close a compound ("患者住址", "现住址").
const LABEL = new RegExp(`(?<![\\p{L}\\p{M}])(${alt(ADDRESS_LATIN)})|(?<![\\p{L}\\p{M}])(${alt(PLACE_LATIN)})|` +
  `(${alt(ADDRESS_OTHER)})|(${alt(PLACE_OTHER)})|(?<![\\p{L}\\p{M}])(${alt(ENGLISH)})`, 'giu');
// A label written without a colon opens a field only after a field's boundary: the text's or a line's start, a comma,
// semicolon, bar, bracket or a sentence's end ("…, adres ul. …", "…; address …").
const BOUNDARY_BEFORE = /(?:^|[\n,;|(/，、،؛。]|\.)[ \t\u3000]*$/u;
// What a form writes for an address it does not know: unknown, none, same as above (the languages above).
const NO_VALUE = /^(?:unknown|n\/?a|none|nil|inconnue?|desconocid[oa]|unbekannt|sconosciuto|不详|不詳|未知|无|無|不明|なし|同上|없음|미상|неизвестн|не указан|غير معروف|مجهول|अज्ञात|לא ידוע|-)/iu;
// The value's first word: a letter that is no lower-case Latin one, a number, an abbreviated unit word ("ul.", "с.",
// "мкр."), or a lower-case unit word before a name or number ("calle 4", "rue du Commerce", "quartier Mvog-Mbo").
const OPENS_VALUE = /^(?:[\p{Lu}\p{Lo}\d]|\p{Ll}{1,5}\.[ \t]|\p{Ll}+[ \t](?:(?:de|du|da|do|del|la|le|des|dos)[ \t])?[\p{Lu}\d])/u;

// A part at the level of a state, which Safe Harbor leaves readable, closes the address: the unit words of the first
// administrative level (oblast, region, province, governorate, aimag; the Russian, Kazakh and Uzbek forms).
const STATE_PART = /^[^,;\n]*?(?<![\p{L}])(?:область|обл\.|oblast|oblys[iy]?|облысы|region|province|provincia|provincie|viloyati?|вилояти?|governorate|aimag|аймаг)(?![\p{L}])/iu;

// A part that is only numbers, each perhaps after a lower-case unit word ("23-41", "apt 9", "mən. 12", "calle 4 nro 1190").
const UNIT_NUMBER = /^(?:(?:\p{Ll}{1,12}\.?[ \t]?)?\d[\d/-]*\p{L}?[ \t]*)+(?=[,;.|\n]|$)/u;

// A storey is no part of the address line (street-lines.ts leaves "поверх 2", "third floor" out): floor, storey and
// level words of the same languages (Wiktionary translations of "floor (storey)").
const STOREY = /^(?:floor|fl|level|поверх|этаж|эт|piso|etage|stock|og|andar|piano|kat|pietro|pater|kerros)(?![\p{L}])/iu;

// A postcode written before the town (UPU formats: four to six digits, or the dashed and spaced national shapes).
const POSTCODE_FIRST = /^(\d{4,6}(?:-\d{3,4})?|\d{2,3}[- ]\d{2,3})[ \t]+(?=\p{Lu})/u;

/** Whether a full stop at `i` closes the field: a sentence's end after a number or a word of four or more letters, not an abbreviation. */
function closesAt(text: string, i: number): boolean {
  const after = text.slice(i + 1, i + 3);
  if (!/^(?:$|\s(?:$|[\p{Lu}\p{Lo}\d]))/u.test(after) && i + 1 < text.length) return false;
  const word = /[\p{L}\p{M}\d]+$/u.exec(text.slice(Math.max(0, i - 20), i))?.[0] ?? '';
  return /\d$/.test(word) || word.length >= 4;
}

/**
 * The parts of a field's value from `from`, each `[start, end)`: one part, or (`whole`) every part up to the field's
 * end; none when the value runs into the next field's label.
 */
function fieldParts(text: string, from: number, whole: boolean): [number, number][] {
  const limit = Math.min(text.length, from + 100);
  const parts: [number, number][] = [];
  let start = from;
  let end = from;
  const close = (): [number, number][] => (end > start ? [...parts, [start, end]] : parts);
  for (let i = from; i < limit; i++) {
    const c = text[i] ?? '';
    if (/[\n;；|。()（）\t]/.test(c) || (c === ' ' && text[i + 1] === ' ') || (c === '.' && closesAt(text, i))) return close();
    if (/[,，、،]/.test(c)) {
      if (!whole) return close();
      const rest = text.slice(i + 1).replace(/^[ \t\u3000]+/, '');
      // The next part belongs to the address when it opens as a value does and is no field of its own ("…, tel: …").
      if (!OPENS_VALUE.test(rest) || /^[^\s,;]*[:：]/.test(rest) || STATE_PART.test(rest)) return close();
      // A unit or house number after the comma stays with its street ("Ave 61, apt 9", "calle 4 nro 1190").
      if (UNIT_NUMBER.test(rest) && !STOREY.test(rest)) continue;
      if (end > start) parts.push([start, end]);
      start = i + 1 + (text.slice(i + 1).length - text.slice(i + 1).replace(/^[ \t\u3000]+/, '').length);
      end = start;
      continue;
    }
    if (/[:：]/.test(c)) return [];
    if (/[\p{L}\p{N}]/u.test(c)) end = i + 1;
  }
  return close();
}

/** Push LOCATION spans for the values of address, residence and birthplace fields, labelled in their own languages. */
export function detectAddressFields(text: string, push: PushSpan): void {
  LABEL.lastIndex = 0;
  for (const m of text.matchAll(LABEL)) {
    const labelEnd = m.index + m[0].length;
    const sep = /^(?:[ \t\u3000]*[:：][ \t\u3000]*|[ \t\u3000]{1,2})/u.exec(text.slice(labelEnd, labelEnd + 6))?.[0];
    if (sep === undefined) continue;
    if (!/[:：]/.test(sep) && !BOUNDARY_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    const from = labelEnd + sep.length;
    const value = text.slice(from, from + 100);
    if (!OPENS_VALUE.test(value) || NO_VALUE.test(value) || STATE_PART.test(value)) continue;
    // An English label only before a value in another script.
    if (m[5] !== undefined && !/^[^\s]*[^\p{sc=Latin}\p{sc=Common}\s]/u.test(value)) continue;
    const whole = m[1] !== undefined || m[3] !== undefined || /^(?:address|home|residence)/i.test(m[5] ?? '');
    for (const [s, e] of fieldParts(text, from, whole)) {
      // A postcode before the town is a ZIP, as the postcode rules type it (identifiers.ts, address.ts); the town after it.
      const code = POSTCODE_FIRST.exec(text.slice(s, e));
      if (code) push(s, s + (code[1] ?? '').length, 'ZIP');
      push(s + (code?.[0].length ?? 0), e, 'LOCATION');
    }
  }
}
