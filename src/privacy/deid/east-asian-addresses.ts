/**
 * Addresses written in Chinese, Japanese and Korean (issue 14, session 31), read by their own grammar: these scripts
 * have no capitals and no blank between an address's parts, so neither the capital-letter place rules nor a street word
 * before a number can see them. Their addresses run from the largest unit to the smallest, each part closed by its unit
 * word (UPU, "Postal addressing systems in member countries": China, Japan, Korea, Taiwan; China's GB/T 2260 divisions
 * 省 市 区 县 镇 乡 村 and street parts 路 街 巷 弄 号; Japan's 都 道 府 県 市 区 町 村 丁目 番地; Korea's 시 도 군 구 읍 면
 * 동 리 and road-name 로 길). A run of such parts holding two administrative or street units is an address; one unit
 * alone ("病区", a ward; "当時") is not. Pure.
 */
import type { PushSpan } from './types.js';

// Administrative and street units (a part's closing word), then the number units of premises (号, 番地, 樓, 室).
const HAN_UNITS = '自治区|街道|大道|胡同|省|市|区|區|县|縣|镇|鎮|乡|鄉|村|都|府|県|郡|町|路|街|巷|弄|段';
const HAN_NUMBER_UNITS = '丁目|番地|单元|單元|号|號|番|楼|樓|室|栋|棟';
const NUMBER = '[0-9０-９一二三四五六七八九十〇]{1,5}(?:-[0-9]{1,4})?';
// One part: one to six Han characters closed by a unit, or a number closed by a number unit; a blank may stand between parts.
const HAN_PART = `(?:\\p{sc=Han}{1,6}?(?:${HAN_UNITS})|${NUMBER}(?:${HAN_NUMBER_UNITS}|${HAN_UNITS}))`;
const HAN_ADDRESS = new RegExp(`(?<!\\p{sc=Han})${HAN_PART}(?:[ \\u3000]?${HAN_PART}){1,8}`, 'gu');
const HAN_UNIT_AT_END = new RegExp(`(?:${HAN_UNITS})$`, 'u');

// Korean: a city, province, county or district word first, then parts closed by their units, or numbers (building,
// lot, flat: "188", "101동", "1203호").
const HANGUL = '[\\uAC00-\\uD7A3]';
const KOREAN_ADDRESS = new RegExp(`(?<!${HANGUL})${HANGUL}{1,6}(?:특별시|광역시|시|도|군|구)` +
  `(?:[ ](?:${HANGUL}{1,8}(?:시|군|구|읍|면|동|리|로|길|가)|[0-9]{1,5}(?:-[0-9]{1,4})?(?:번길|동|호|번지)?)(?!${HANGUL})){1,5}(?!${HANGUL})`, 'gu');

/** How many parts of a Han run close on an administrative or street unit (not a number unit). */
function unitParts(run: string): number {
  let n = 0;
  for (const part of run.split(new RegExp(`(?<=${HAN_UNITS}|${HAN_NUMBER_UNITS})`, 'u'))) if (HAN_UNIT_AT_END.test(part.trim())) n++;
  return n;
}

/** Push LOCATION spans for Chinese, Japanese and Korean addresses read by their unit words. */
export function detectEastAsianAddresses(text: string, push: PushSpan): void {
  if (/\p{sc=Han}/u.test(text)) {
    for (const m of text.matchAll(HAN_ADDRESS)) if (unitParts(m[0]) >= 2) push(m.index, m.index + m[0].length, 'LOCATION');
  }
  if (/[\uAC00-\uD7A3]/.test(text)) {
    for (const m of text.matchAll(KOREAN_ADDRESS)) {
      // Two unit words at least: a district word and a number alone may be a date or a count ("당시 5").
      if (m[0].split(' ').filter((w) => /^[\uAC00-\uD7A3]/.test(w)).length >= 2) push(m.index, m.index + m[0].length, 'LOCATION');
    }
  }
}
