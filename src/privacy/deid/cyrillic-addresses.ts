/**
 * Addresses written in Cyrillic (issue 14, twenty-ninth session), by the address rules of the Russian Post and the
 * posts that write the same way (Belarus, Ukraine, Kazakhstan, Kyrgyzstan): the address names each part by an
 * abbreviated type word before it, from the list of address-object types of the Russian address register (FIAS,
 * order of the Ministry of Finance No. 171n of 5 November 2015) and the Russian Post's rules for the address (order of
 * the Ministry of Communications No. 234 of 31 July 2014, item 22; UPU, "Postal addressing systems in member
 * countries", Russian Federation): the street, then the house and the flat, each after a comma; the settlement apart.
 * - a settlement after its type word: `г. Новосибирск` (город), `с. Ак-Суу` (село), `пос.`, `пгт`, `дер.`, `рп`,
 *   `ст-ца`, Ukrainian `м.` (місто) and `смт`, or the type written out in lower case (`город`, `село`, `посёлок`...);
 * - a street after its type word (`ул.`, `вул.`, `просп.`, `пр-т`, `пер.`, `бул.`, `б-р`, `наб.`, `ш.`, `пл.`,
 *   `мкр.`, `проезд`), then the house after a comma or a space, with `д.` or none (`ул. Лесная, д. 12`, `ул. Мира,
 *   5-21`: house and flat), a building (`корп.`, `стр.`) and the flat (`кв.`, `оф.`): one line, one LOCATION.
 * Shapes from the rules; none from a note. The settlement and the street stay two spans, as two parts of the address.
 */
import type { PushSpan as Push } from './types.js';

// A Cyrillic proper word (three letters or more, or a shorter part before a hyphen: "Ак-Суу", "Ростов-на-Дону").
const WORD = '(?=\\p{Script=Cyrillic})(?=\\p{L}{3}|\\p{L}+-)\\p{Lu}\\p{Ll}+(?:-(?:\\p{Ll}{1,3}-)?\\p{Lu}?\\p{Ll}+)*';
// A street's name: up to three words, each a proper word or an ordinal ("2-я Парковая", "50 лет Октября" is left out).
const STREET_NAME = `(?:\\d{1,2}-(?:я|й|е)[ \\t])?${WORD}(?:[ \\t]${WORD}){0,2}`;
const SETTLEMENT_TYPES = 'г\\.|с\\.|пос\\.|пгт\\.?|дер\\.|рп\\.?|ст-ца|м\\.|смт\\.?|город|село|посёлок|поселок|деревня|станица|аул|місто|селище';
const STREET_TYPES = 'ул\\.|вул\\.|просп\\.|пр-т|пр-кт|пер\\.|пров\\.|бул\\.|бульв\\.|б-р|наб\\.|ш\\.|пл\\.|мкр\\.|мкрн\\.|мкр-н|проезд|улица|вулиця|проспект|переулок';
// A number right before the type word makes "г." a year and "м." a metre ("2026 г. Осмотрена", "5 м. Далее").
const SETTLEMENT = new RegExp(`(?<![\\p{L}\\d.\\-])(?<!\\d[ \\t]?)(?:${SETTLEMENT_TYPES})[ \\t]?(?:${WORD})(?:[ \\t]${WORD})?`, 'gu');
// The house: digits, a letter after them, a slash or the flat after a dash ("5-21"); not a decimal, a date or a dose.
const HOUSE = '\\d{1,4}(?:[ \\t]?[а-я](?![\\p{L}]))?(?:\\/\\d{1,4})?(?:-\\d{1,4})?';
const BUILDING = '(?:,?[ \\t](?:корп\\.|к\\.|стр\\.)[ \\t]?\\d{1,3})?';
const FLAT = '(?:,?[ \\t](?:кв\\.|оф\\.|ком\\.)[ \\t]?\\d{1,4})?';
const HOUSE_END = '(?![\\p{L}\\d]|[.,:\\/]\\d|[ \\t]*(?:мг|мл|кг|мм|см|лет|года?|%))';
const STREET = new RegExp(`(?<![\\p{L}\\d])(?:${STREET_TYPES})[ \\t]?${STREET_NAME}(?:,?[ \\t]{1,2}(?:(?:д\\.|дом)[ \\t]?)?${HOUSE}${HOUSE_END}${BUILDING}${FLAT})?`, 'gu');
// A quick test that the note holds a Cyrillic type word at all (speed: most notes hold no Cyrillic).
const HINT = /(?:^|[^\p{L}])(?:г|с|м|пос|пгт|дер|рп|смт|ул|вул|просп|пер|пров|бул|бульв|наб|ш|пл|мкр|мкрн)\.|ст-ца|пр-к?т|б-р|мкр-н|город|село|посёлок|поселок|деревня|станица|аул|місто|селище|проезд|улица|вулиця|проспект|переулок/u;

/** Push LOCATION spans for Cyrillic settlements after their type word and street lines with their house and flat. */
export function detectCyrillicAddresses(text: string, push: Push): void {
  if (!/[\u0400-\u04ff]/u.test(text) || !HINT.test(text)) return;
  for (const m of text.matchAll(SETTLEMENT)) push(m.index, m.index + m[0].length, 'LOCATION');
  for (const m of text.matchAll(STREET)) push(m.index, m.index + m[0].length, 'LOCATION');
}
