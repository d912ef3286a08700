/**
 * Korean personal names written in Hangul (issue 14, letters): Hangul has no capitals and no word list of the
 * de-identifier holds Korean names, so neither the list rules nor the capital-letter grammar see them. A Korean name
 * is a family name of one syllable (a few of two) and a given name of one or two, three syllables in most cases
 * (Wikipedia, "Korean name"); the family name comes from a short closed list: Statistics Korea's 2015 census counted
 * 5,582 family names, the hundred-odd below covering about 99% of the population (KOSTAT, "2015 인구주택총조사 성씨·본관
 * 조사"). What marks the name is what a form or a note writes around it: a name label with its colon (성명, 이름,
 * 환자명), a patient, role or kinship noun before it (환자, 간호사, 의사, 보호자, 딸 …), or the person's age in years
 * after it ("고순자, 91세", "… (해녀, 91세)"). The run must stand alone and close its field (punctuation, a bracket,
 * a digit, a Latin letter or the line's end): Korean writes blanks between words, so a noun's next word in a sentence
 * runs on, and a run closed by a charting ending (-함, -됨, -음: "did", "became", "is") is a note's clause. Pure.
 */
import { LATIN_CUES } from './caseless-names.js';
import { KOREAN_PERSON_NOUNS } from './person-nouns.js';
import type { PushSpan } from './types.js';

// The family names of the 2015 census with about 0.01% of the population or more, in census order (one syllable),
// with the North Korean and diaspora spellings 리, 림, 로, 량 of 이, 임, 노, 양 (Wikipedia, "List of Korean surnames";
// the initial-sound rule, 두음법칙, writes them apart in the South), and the two-syllable family names.
const FAMILY_1 = new Set(('김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 유 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우 구 ' +
  '민 류 나 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 라 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 ' +
  '용 예 경 봉 사 부 가 복 태 목 형 계 피 두 감 음 빈 동 온 호 범 좌 팽 승 간 상 시 갈 단 견 당 화 창 옹 리 림 로 량').split(' '));
const FAMILY_2 = new Set(['남궁', '황보', '제갈', '선우', '독고', '사공', '서문']);
// Name labels, read before a colon: patient's name, full name, name.
const LABELS = ['환자명', '성명', '이름'];
const NOUNS = KOREAN_PERSON_NOUNS;
const SYLLABLE = '[\\uac00-\\ud7a3]';
const alternation = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');
// A cue, then a colon or a blank, then a run of syllables standing alone. Group 1: a label; group 2: a noun (Korean or
// English); group 3: the run.
// A noun may close a compound ("담당간호사", "입원환자"), and a blank or a colon follows it.
const CUED = new RegExp(`(?:(${alternation(LABELS)})[ \\t]*[:：][ \\t]*|(${alternation(NOUNS)}|(?<![A-Za-z])(?:${LATIN_CUES.join('|')})\\.?)` +
  `(?:[ \\t]*[:：][ \\t]*|[ \\t]+))(${SYLLABLE}{2,4})(?!${SYLLABLE})`, 'giu');
// A run of syllables standing alone, then a comma or a bracket and, within a dozen characters, an age in years (세,
// or the native 살): "고순자, 91세", "고순덕 (해녀, 91세)".
const AGED = new RegExp(`(?<!${SYLLABLE})(${SYLLABLE}{2,4})[ \\t]?[,，(（][^)）\\n]{0,12}?(?<!\\d)\\d{1,3}[ \\t]?(?:세|살)(?!${SYLLABLE})`, 'gu');
// What closes a field after the run: punctuation, a bracket, a digit, a Latin letter, the line's end; or a blank and
// one of these, or an honorific (씨, 님) standing as its own word.
const FIELD_END = /^(?:[ \t]*(?:$|\n|[\p{P}\p{S}\d]|[A-Za-z])|[ \t]+(?:씨|님)(?![\uac00-\ud7a3]))/u;
// The charting endings of a Korean note's clauses (nominalised verbs: 함, 됨, 음) and the case particles that close a
// noun phrase (topic 는, object 을/를, locative 에, genitive 의, dative 께): a run ending in one is no name. The topic
// particle 은 is left out: it ends as many given names (하은, 지은, 다은).
const CLAUSE_END = new Set(['함', '됨', '음', '는', '을', '를', '에', '의', '께']);
const HAS_HANGUL = /[\uac00-\ud7a3]/;

/** Whether a run of syllables is shaped like a Korean name: a listed family name, then one or two syllables. */
function nameShaped(run: string, minLength: number): boolean {
  const family = FAMILY_2.has(run.slice(0, 2)) ? 2 : FAMILY_1.has(run.slice(0, 1)) ? 1 : 0;
  if (family === 0 || run.length < minLength || run.length - family < 1 || run.length - family > 2) return false;
  return !CLAUSE_END.has(run.slice(-1));
}

/** Push a NAME span for each Korean name in Hangul a label, a person noun or an age marks (see the header). */
export function detectHangulNames(text: string, push: PushSpan): void {
  if (!HAS_HANGUL.test(text)) return;
  for (const m of text.matchAll(CUED)) {
    const run = m[3] ?? '';
    const end = (m.index ?? 0) + m[0].length;
    // After a noun the name closes its field and has three syllables, as most Korean names do: a two-syllable run after
    // a noun is as often the note's next word ("환자 이송.").
    const labelled = m[1] !== undefined;
    if (!nameShaped(run, labelled ? 2 : 3) || NOUNS.includes(run) || !FIELD_END.test(text.slice(end, end + 4))) continue;
    push(end - run.length, end, 'NAME');
  }
  for (const m of text.matchAll(AGED)) {
    const run = m[1] ?? '';
    if (nameShaped(run, 2) && !NOUNS.includes(run)) push(m.index ?? 0, (m.index ?? 0) + run.length, 'NAME');
  }
}
