/**
 * Addresses and health facilities written in Cyrillic (and Greek) letters, by their own address grammar (issue 14,
 * thirty-second session). The other place rules read Latin words and English cues; a Russian, Ukrainian, Belarusian,
 * Bulgarian or Central Asian address is written as typed elements, each a type abbreviation and then its name, joined
 * by commas from the settlement down to the flat, and a facility is named by its type noun or legal form and a number
 * or a quoted name. Sources (none from a note):
 * - Russia: the abbreviated types of address elements of Order No. 171n of the Ministry of Finance (5 November 2015,
 *   "Правила сокращенного наименования адресообразующих элементов": г., с., п., пгт, рп, д., х., ст-ца, аул; ул.,
 *   пр-кт, пер., б-р, пл., наб., ш., туп., мкр., кв-л; д., корп., стр., кв.) and the Russian Post order of an address
 *   (settlement, street, house, building, flat);
 * - Ukraine and Belarus: the postal address rules (м., смт, с., вул., пров., просп., бул., буд., кв.; аг. "agro-town");
 *   Bulgaria: гр., с., ж.к., ул., бул., бл., вх., ет., ап., and the hospital types of the Medical Establishments Act
 *   (УМБАЛ, МБАЛ, СБАЛ, ДКЦ, МЦ);
 * - Russian institution types of Federal Law 83-FZ and the legal forms of OKOPF (ГБУЗ, ГАУЗ, МБУЗ, ФГБУ, ООО, АО ...),
 *   Belarusian УЗ, Ukrainian КНП and ТОВ, each written before the institution's quoted name;
 * - Greece: the street and square words of the ELTA address format (οδός, λεωφόρος, πλατεία).
 * Regions (область, край, республика) are state-level and not PHI under Safe Harbor: a chain stops before them.
 * Every scan starts at a type word and reads a bounded number of parts after it; the facility walk looks back at most
 * three words. Pure.
 */
import { allMatches } from './matches.js';
import type { PushSpan as Push } from './types.js';

// A letter of the two scripts (with combining marks), and a proper word: a capital, then letters, hyphenated parts.
const LET = '[\\p{Script=Cyrillic}\\p{Script=Greek}\\p{M}]';
const WORD = `(?=[\\p{Script=Cyrillic}\\p{Script=Greek}])\\p{Lu}${LET}{0,30}(?:-${LET}{1,30}){0,2}`;
// A name of up to three proper words; a street may open on an ordinal ("8 Марта", "50-летия Октября").
const NAME = `(?:\\d{1,3}(?:-?\\p{Ll}{1,5})?[ \\t])?${WORD}(?:[ \\t]${WORD}){0,2}`;
// Settlement types before the name (Russian, Ukrainian, Belarusian, Bulgarian; Greek municipality and community).
const SETTLEMENT = 'г\\.|гор\\.|гр\\.|с\\.|сел\\.|пос\\.|п\\.|пгт\\.?|рп\\.?|смт\\.?|дер\\.|д\\.|х\\.|ст-ца|аг\\.|м\\.|город|село|' +
  'пос[её]лок|деревня|станица|хутор|аул|місто|селище|вёска|[Δδ]ήμος|[Κκ]οινότητα';
// Street and quarter types before the name.
const STREET = 'ул\\.|улица|вул\\.|вулиця|пр\\.|пр-т|пр-кт|просп\\.|проспект|пер\\.|переулок|пров\\.|провулок|б-р|бул\\.|бульвар|' +
  'пл\\.|площадь|площа|наб\\.|набережная|ш\\.|шоссе|туп\\.|тупик|проезд|пр-д|мкр\\.?|мкр-н|мкрн\\.?|микрорайон|ж\\.к\\.|кв-л|' +
  'квартал|аллея|тракт|[Οο]δός|[Οο]δ\\.|[Λλ]εωφόρος|[Λλ]εωφ\\.|[Ππ]λατεία';
// A type word not inside another word, and not after a number: "2026 г." is a year, "с. 12" a page.
const TYPED = `(?<![\\p{L}\\p{N}.\\-])(?<!\\d[ \\t])(?:${SETTLEMENT}|${STREET})[ \\t]?${NAME}`;
// What closes a house or flat number: punctuation, the line's end, or another part.
const NUMBER_END = '(?=[ \\t]*(?:[,;:)\\n]|\\.(?!\\d)|$))';
// The house (with its label, or bare after a comma: "ул. Якубовского, 58-212"), then building, entrance, floor, flat.
const HOUSE = `(?:,?[ \\t](?:(?:д\\.|дом|буд\\.|бл\\.|№)[ \\t]?)?\\d{1,4}\\p{Ll}?(?:[/\\-]\\d{1,4}\\p{Ll}?)?${NUMBER_END})?`;
const UNIT = `(?:,?[ \\t](?:корп\\.|к\\.|стр\\.|кв\\.|ап\\.|вх\\.|ет\\.|под\\.|оф\\.|пом\\.)[ \\t]?\\d{1,4}\\p{Ll}?${NUMBER_END}){0,4}`;
const ELEMENT = `${TYPED}${HOUSE}${UNIT}`;
const FIRST = new RegExp(ELEMENT, 'gu');
// The next element of the same address after its comma.
const NEXT = new RegExp(`,[ \\t]{1,2}${ELEMENT}`, 'uy');

// A bare town or quarter after a residence or birthplace label of those languages (Russian адрес, место жительства,
// проживает; Ukrainian місце проживання; Belarusian адрас; Kazakh мекенжай; Kyrgyz дарек; Mongolian хаяг; Greek
// διεύθυνση, τόπος γέννησης), closed by punctuation, a number or the line's end: the field's value, typed or not.
const LABEL = '[Аа]дрес(?:[ \\t](?:проживания|регистрации))?|[Дд]омашний[ \\t]адрес|[Мм]есто[ \\t](?:жительства|проживания|рождения)|' +
  '[Пп]роживает|[Пп]роживающ\\p{Ll}{1,3}|[Аа]дреса|[Мм]ісце[ \\t](?:проживання|народження)|[Аа]драс|[Мм]екенжай\\p{Ll}{0,2}|' +
  '[Дд]арек\\p{Ll}{0,2}|[Хх]аяг|[Δδ]ιεύθυνση|[Ττ]όπος[ \\t]γέννησης';
const LABELLED = new RegExp(`(?<![\\p{L}])(?:${LABEL})[ \\t]*:?[ \\t]{1,2}(${WORD}(?:[ \\t]${WORD}){0,2})(?=[ \\t]*(?:[,;:)\\n]|\\.(?!\\d)|$|[ \\t]\\d))`, 'gu');

// Facility nouns (Russian, Ukrainian, Belarusian, Bulgarian stems with up to two case letters; Greek hospital) and the
// usual initialisms of Russian hospitals (central district, city clinical, republican clinical ...), before a number.
const NOUN_STEMS = ['больниц', 'поликлиник', 'диспансер', 'госпитал', 'амбулатори', 'санатори', 'профилактори', 'пансионат',
  'клиник', 'аптек', 'школ', 'гимнази', 'роддом', 'медсанчаст', 'центр', 'лікарн', 'поліклінік', 'амбулаторі', 'бальніц',
  'паліклінік', 'болниц', 'νοσοκομεί'];
const NOUN = `(?:${NOUN_STEMS.map((s) => `[${s[0] ?? ''}${(s[0] ?? '').toUpperCase()}]${s.slice(1)}${LET}{0,2}`).join('|')}|` +
  'ФАП|ЦРБ|ЦГБ|ГКБ|ДГКБ|РКБ|ОКБ|МСЧ)';
// Legal forms and institution types written before a quoted name; the Bulgarian hospital types also before a bare name.
const LEGAL = 'ГБУЗ|ГАУЗ|ГКУЗ|ГУЗ|МБУЗ|МАУЗ|МУЗ|КГБУЗ|ОГБУЗ|БУЗ|ФГБУ|ФГБОУ|ФГАУ|ГБУ|АНО|ЧУЗ|НУЗ|ООО|ОАО|ЗАО|ПАО|АО|УЗ|КНП|ТОВ';
const BULGARIAN = 'УМБАЛ|МБАЛ|СБАЛ|УСБАЛ|ДКЦ|МЦ';
const QUOTED = '[ \\t]?[«„"“][^»"“”\\n]{1,40}[»"“”]';
const NUMBERED = '[ \\t]?(?:№|N|No\\.?)[ \\t]?\\d{1,4}(?![\\p{L}\\p{N}])';
const FACILITY = new RegExp(`(?<![\\p{L}\\p{N}])(?:${NOUN}(?:${NUMBERED}|${QUOTED})|(?:${LEGAL}|${BULGARIAN})${QUOTED}|` +
  `(?:${BULGARIAN})[ \\t]${WORD}(?:[ \\t]${WORD}){0,2})`, 'gu');
// Adjectives before the facility noun, by the endings of those languages ("Городская клиническая", "Детская",
// "Обласна", "Многопрофилна"): the name starts at the leftmost of up to three.
const ADJECTIVE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${LET}{2,30}(?:ая|яя|ый|ий|ой|ое|ее|ые|ие|ую|юю|ого|его|ых|их|ська|ський|ської|ську|на|но|ни|ен))[ \\t]$`, 'u');
// The town after the facility, when it closes the clause ("…№ 19, Минск"), joined to the facility's span.
const TOWN_AFTER = new RegExp(`,[ \\t]{1,2}${WORD}(?=[ \\t]*(?:[,;:)\\n]|\\.(?!\\d)|$|[ \\t]\\d{5,6}(?!\\d)))`, 'uy');

/** Where a chain that reaches `end` stops: up to five further typed parts (house, building, flat, street…) each
 * joined when it follows directly. */
function chainEnd(text: string, end: number): number {
  let at = end;
  for (let k = 0; k < 5; k++) {
    NEXT.lastIndex = at;
    const n = NEXT.exec(text);
    if (!n) break;
    at += n[0].length;
  }
  return at;
}

/** Push each Cyrillic or Greek address chain (settlement, street, house, flat) as one LOCATION span. */
function addressChains(text: string, push: Push): void {
  let done = 0;
  for (const m of allMatches(FIRST, text)) {
    const start = m.index ?? 0;
    if (start < done) continue;
    const end = chainEnd(text, start + m[0].length);
    push(start, end, 'LOCATION');
    done = end;
  }
}

/** Push the bare value after a residence label, with the typed elements that follow it, as one LOCATION span. */
function labelledTowns(text: string, push: Push): void {
  for (const m of allMatches(LABELLED, text)) {
    const value = m[1] ?? '';
    const start = (m.index ?? 0) + m[0].length - value.length;
    const end = chainEnd(text, start + value.length);
    push(start, end, 'LOCATION');
  }
}

/** Push each facility named by its noun and number or quoted name, or by a legal form, with its town after it. */
function facilities(text: string, push: Push): void {
  for (const m of allMatches(FACILITY, text)) {
    let start = m.index ?? 0;
    for (let k = 0; k < 3; k++) {
      const a = ADJECTIVE.exec(text.slice(Math.max(0, start - 34), start));
      if (!a?.[1]) break;
      start -= a[1].length + 1;
    }
    let end = (m.index ?? 0) + m[0].length;
    TOWN_AFTER.lastIndex = end;
    const t = TOWN_AFTER.exec(text);
    if (t) end += t[0].length;
    push(start, end, 'LOCATION');
  }
}

/** Push LOCATION spans for addresses and facilities written in Cyrillic or Greek letters (any case mode). */
export function detectCyrillicAddresses(text: string, push: Push): void {
  // Speed: most notes hold no letter of these scripts.
  if (!/[\u0370-\u03ff\u0400-\u04ff]/.test(text)) return;
  addressChains(text, push);
  labelledTowns(text, push);
  facilities(text, push);
}
