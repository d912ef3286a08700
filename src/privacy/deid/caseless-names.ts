/**
 * Personal names written in Chinese characters or in Arabic letters (issue 14, letters): neither script has capitals,
 * and no word list of the de-identifier holds their names, so neither the list rules nor the capital-letter grammar of
 * script-names.ts can see them. What marks them is what stands around them on a form or in a note: a name label ("姓名:",
 * "الاسم:"), a patient, role or kinship noun written before the name ("女儿 …", "医师 …", "Nurse …", "المريض …"), or an
 * age written right after it ("…, 95歲"). Chinese names are two to four characters (a one- or two-character family
 * name and a one- or two-character given name), so the cue and the run's length bound the span; Arabic names are two to
 * five words ending where the clause's punctuation starts, marked by a name particle (bin, bint, ibn, Abu, Abd) or a
 * family nisba (al-…ī). And in any script without capitals (Unicode letters of general category Lo: Chinese, Japanese,
 * Korean, Arabic, Hebrew, Khmer, Thai, the Brahmic and Canadian syllabic scripts), the record's subject: the first value
 * after the heading on a text's first line ("Country - form title: <name>, <age> ..."), a record's identification field
 * naming its patient first as the HL7 CDA header does (recordTarget); one to four words closed by a comma or a bracket.
 * Pure.
 */
import { INDIC_PERSON_NOUNS, KOREAN_PERSON_NOUNS } from './person-nouns.js';
import type { PushSpan } from './types.js';

// Chinese and Japanese cues (simplified and traditional): the name labels of identity cards and forms (姓名, 氏名,
// 名前: "full name"; GB 11643 and the Japanese koseki and resident-card fields); patient nouns (患者, 病人, 病患, 利用者 "care
// user"); clinical roles (医师/醫師 and the Japanese 医師, 医生/醫生, 主治医/主治医师/主治醫師 "attending", 担当医, 护士/護士, 看護師,
// 护理员, 药师/藥師 and the Japanese 薬剤師, 介護士 and ヘルパー "care worker"); kinship nouns of the immediate family (Wikipedia, "Chinese kinship", "Japanese kinship
// terms"): daughter, son, mother, father, wife, husband, spouse, family member.
const NAME_LABELS = ['氏名', '名前'];
const HAN_ROLES = ['医师', '醫師', '医師', '医生', '醫生', '主治医师', '主治醫師', '主治医', '担当医', '护士', '護士', '看護師', '护理员',
  '药师', '藥師', '薬剤師', '介護士', 'ヘルパー'];
const HAN_CUES = ['姓名', '患者', '病人', '病患', '利用者', ...HAN_ROLES, '女儿', '女兒', '儿子', '兒子', '母亲', '母親', '父亲',
  '父親', '妻子', '丈夫', '配偶', '家属', '家屬', '息子'];
// The same nouns in English, written before a name in a Chinese or Japanese script (mixed-language notes).
export const LATIN_CUES = ['name', 'patient', 'pt', 'nurse', 'doctor', 'dr', 'mr', 'mrs', 'ms', 'daughter', 'son', 'mother', 'father', 'wife',
  'husband', 'carer', 'helper'];
const HAN = '\\p{sc=Han}';
const KANA = '\\p{sc=Hiragana}\\p{sc=Katakana}ー';
// The parts of a transliterated minority or foreign name are joined by the interpunct (间隔号, GB/T 15834-2011 §4.15:
// "包·巴特尔"; Japanese writes the katakana middle dot ・, Taiwan the hyphenation point ‧), and such names, Mongolian,
// Tibetan or Uyghur in Chinese characters, run past the four characters of a Han name ("乌云其其格").
const INTERPUNCT = '[\\u00b7\\u30fb\\u2027\\uff65]';
const HAS_INTERPUNCT = new RegExp(INTERPUNCT, 'u');
const HAN_NAME = `[${HAN}]{2,4}|[${HAN}]{1,6}(?:${INTERPUNCT}[${HAN}]{1,6}){1,3}|[${HAN}]{5,6}`;
// A cue, then a colon or a blank (a Chinese or Japanese text writes no blank inside a sentence, so the blank marks a
// field), then a run of Chinese characters standing alone. After a Japanese name label the field may hold a family name,
// a blank and a given name of kanji or katakana ("氏名: 山田 太郎", "貝澤 トキ"); a Chinese name is written without the
// blank, and after a noun the word after the blank is as often the note's next word or the next field's label ("姓名:
// 吴春梅 年龄: 70岁"). Group 2 is a role noun.
const HAN_CUED = new RegExp(`(?:(${NAME_LABELS.join('|')})|(${HAN_ROLES.join('|')})|(?:${HAN_CUES.join('|')})|(?<![A-Za-z])(?:${LATIN_CUES.join('|')})\\.?)` +
  `(?:[:：][ \\u3000\\t]{0,2}|[ \\u3000\\t]{1,2})(${HAN_NAME})(?:[ \\u3000]([${HAN}]{1,3}|[\\p{sc=Katakana}ー]{1,6})(?![ \\u3000]?[:：]))?(?![${HAN}${KANA}])`, 'giu');
// In Japanese text the given name after a noun's family name is the name's when the field closes after it: punctuation,
// an honorific or the line's end ("医師 知念 盛和", "主治医 久米田 修平。").
const KANA_TEXT = /[\p{sc=Hiragana}\p{sc=Katakana}]/u;
// A note's clause also closes on a Sino-Japanese verbal noun (サ変名詞) without its する, the charting style of
// Japanese care records ("ヘルパー 小野寺 訪問。": the helper visited): visit, attendance, consultation, response, check,
// contact, presence, meeting, examination, treatment, instruction, explanation, escort, absence, return home, record.
const GIVEN_CLOSED = /^(?:[ \u3000]?(?:様|さん|殿|氏)|[、。，,.;；)）(（]|[ \t]*(?:\n|$))/u;
const VERBAL_NOUNS = new Set(['訪問', '来院', '来所', '受診', '対応', '確認', '連絡', '同席', '面会', '診察', '処置', '指示', '説明', '同行', '不在',
  '帰宅', '記録', '入室', '退室', '報告']);
// A run of Chinese characters standing alone before an age in years (歲, 岁; 才 is the Japanese counter): "許美玲, 88歲".
const HAN_AGED = new RegExp(`(?<![${HAN}${KANA}])([${HAN}]{2,4})[,，、][ \\u3000]?(?=\\d{1,3}[ ]?[歲岁才])`, 'gu');
// What stands where a name would that is no name: what a form writes after a patient or name label (sex, unknown,
// self, same as above, nameless), the person nouns a note writes before an age (boy, girl, child, infant, elder,
// pregnant woman, Mr, Ms, Miss), and the cues themselves.
const NOT_HAN_NAME = new Set(['男性', '女性', '不详', '不詳', '未详', '未知', '本人', '同上', '无名', '無名', '匿名', '男孩', '女孩', '男童', '女童',
  '儿童', '兒童', '婴儿', '嬰兒', '幼儿', '幼兒', '老人', '老年人', '产妇', '產婦', '孕妇', '孕婦', '先生', '女士', '小姐', ...NAME_LABELS, ...HAN_CUES]);

// Arabic cues: the name label (الاسم, اسم المريض "patient's name"), the patient nouns (المريض, المريضة), Mr and Mrs (السيد,
// السيدة), the child nouns (الطفل, الطفلة) and the doctor and nurse nouns (الطبيب, الطبيبة, الممرض, الممرضة) of Arabic
// clinical forms, and the Persian and Urdu patient nouns written in the same letters (بیمار, مریض). A doctor's title
// (الدكتور, الدكتورة, and its abbreviation د.) stands before a name as a label does; the abbreviation not after a number,
// where it is a minute's (دقيقة).
const ARABIC_LABELS = ['اسم المريض', 'اسم المريضة', 'الاسم'];
const ARABIC_TITLES = ['الدكتورة', 'الدكتور', '(?<![\\d\\u0660-\\u0669][ \\t]?)د\\.'];
const ARABIC_NOUNS = ['المريضة', 'المريض', 'السيدة', 'السيد', 'الطفلة', 'الطفل', 'الطبيبة', 'الطبيب', 'الممرضة', 'الممرض', 'بیمار', 'مریض'];
const ARABIC_WORD = '[\\u0620-\\u064a\\u066e-\\u06d3][\\u0620-\\u065f\\u066e-\\u06d3]*';
// The cue, a colon or a blank, then two to five words that end where the clause's punctuation (or a Latin letter, a
// digit or the line's end) starts.
// A slash closes the run too: a name written beside its Latin transliteration ("… / Haidar al-Kinani").
const ARABIC_CUED = new RegExp(`(?<![\\u0620-\\u06d3])(${[...ARABIC_LABELS, ...ARABIC_TITLES, ...ARABIC_NOUNS].join('|')})(?:[ \\t]?[:：][ \\t]?|[ \\t])` +
  `(${ARABIC_WORD}(?:[ \\t]${ARABIC_WORD}){1,4})(?=[ \\t]?(?:[،,.:؛()\\n\\-/]|$|[A-Za-z0-9]))`, 'gu');
// The particles of the Arabic name (Wikipedia, "Arabic name"): bin, bint, ibn (son or daughter of), Abu (father of) and
// the Abd (servant of) that opens a theophoric given name, written apart or joined ("عبدالرحمن").
const ARABIC_PARTICLE = /^(?:بن|بنت|ابن|ابنة|أبو|ابو|عبد.*)$/;
// A family nisba: the article and a word ending in -ī ("التميمي"); prepositions and the verbs of "the patient is/has"
// say the run is a clause, not a name.
const NISBA = /^ال.{2,}ي$/;
const ARABIC_CLAUSE = new Set(['في', 'من', 'على', 'إلى', 'الى', 'مع', 'عن', 'منذ', 'بعد', 'قبل', 'لا', 'لم', 'كان', 'كانت', 'يعاني', 'تعاني',
  'مصاب', 'مصابة', 'لديه', 'لديها', 'هو', 'هي']);
const HAS_HAN = /\p{sc=Han}/u;
const HAS_ARABIC = /[\u0620-\u064a]/;

// The heading of a text's first line up to its first colon, then one to four words of letters without case (with their
// marks, joiners and modifier letters such as the katakana ー), closed by a comma, a semicolon or a bracket.
const CASELESS_WORD = '\\p{Lo}[\\p{Lo}\\p{Lm}\\p{M}\\u200c\\u200d]*';
const HEAD_SUBJECT = new RegExp(`^[^\\n:：]{1,80}[:：][ \\t]*(${CASELESS_WORD}(?:[ \\t]${CASELESS_WORD}){0,3})(?=[ \\t]?[,，、،;；(（])`, 'u');
// A run holding a cue, a form value, an Arabic clause word or a Japanese honorific is no bare name: the cue rules read it.
const HAN_ONLY = /^\p{sc=Han}+$/u;
const CUE_HEADING = new RegExp(`(?:${[...NAME_LABELS, ...HAN_CUES, ...ARABIC_LABELS, ...ARABIC_NOUNS].join('|')}|(?<![A-Za-z])(?:${LATIN_CUES.join('|')})\\.?)[ \\t]*[:：][ \\t]*$`, 'iu');
// The sex a form writes where a name could stand (Arabic, Persian, Hebrew, Hindi, Bengali: male, female, man, woman).
const SEX_VALUES = ['ذكر', 'أنثى', 'انثى', 'مرد', 'زن', 'זכר', 'נקבה', 'पुरुष', 'महिला', 'পুরুষ', 'মহিলা'];
const NOT_SUBJECT = new Set([...NOT_HAN_NAME, ...ARABIC_LABELS, ...ARABIC_NOUNS, ...ARABIC_CLAUSE, ...SEX_VALUES, '様', 'さん', '殿', '氏']);
// A value that opens with a patient, role, kinship or child noun ("Odisha - …: ରୋଗୀ <name>, …") names the person after it:
// the noun is the value's cue and stays out of the span.
const PERSON_NOUNS = new Set([...INDIC_PERSON_NOUNS, ...KOREAN_PERSON_NOUNS, ...ARABIC_NOUNS, ...HAN_CUES]);
// One to four caseless words, not Chinese characters nor Hangul (their own rules read them), standing where a clause
// opens (no caseless word before them on the line), then a comma and a number of one to three digits that closes the
// clause or stands before a word of the same scripts (an age and its years word, "…, 24 - …", "…, 4 वर्ष"): a person and
// the age after the name, as the Han and Hangul rules read them ("…, 88歲"). A Latin word after the number is a unit's.
// Two words at least: a name and its family or father's name.
const NOT_HAN_WORD = `(?![\\p{sc=Han}\\p{sc=Hangul}])${CASELESS_WORD}`;
const CASELESS_AGED = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?<![\\p{Lo}\\p{M}][ \\t]*)(${NOT_HAN_WORD}(?:[ \\t]${NOT_HAN_WORD}){0,3})[ \\t]?[,،，]` +
  `[ \\t]?\\p{Nd}{1,3}(?![\\p{Nd}.,:/\\-]\\p{Nd})(?=[ \\t]?(?:[-–—;.)]|\\n|$)|[ \\t]?\\p{Lo})`, 'gu');
const HAS_OTHER_CASELESS = /(?![\p{sc=Han}\p{sc=Hangul}])\p{Lo}/u;

// Session 40: two slots the cue rule above leaves, both where a kinship or patient noun stands right before the name.
// - Japanese: a kinship or attendant noun (Wikipedia, "Japanese kinship terms": husband, wife, eldest and second son and
//   daughter, son, daughter, mother, father, elder and younger brother and sister, grandchild, daughter-in-law, family;
//   付き添い/付添 "the person accompanying") written with or without a blank before a name of the Japanese shape, a
//   family name, a blank and a given name, closed as GIVEN_CLOSED closes it. The two parts are asked for, since a
//   family history writes a single word after the same nouns ("母 糖尿病"); a part that is a disease's or a verbal
//   noun's word ("母 胃癌 死亡") is refused.
// - Chinese: a patient or kinship noun joined to the name without a blank ("患者刘国庆，"), where the name is three
//   characters, the commonest shape (a one-character family name and a two-character given name), opening on one of
//   the commonest family names (about the hundred commonest of the Ministry of Public Security's yearly ranking of
//   household-register family names, as Wikipedia's "List of common Chinese surnames" tabulates it, in simplified
//   characters and the traditional forms of those that differ; written for ddx) and closed by punctuation or a blank;
//   a run ending on a character of a disease's or a symptom's name ("患者高血压，") is refused. Any text holding Han
//   characters is read; the scan is one regex per text.
const JA_KIN = ['夫', '妻', '長男', '次男', '三男', '長女', '次女', '三女', '息子', '娘', '母', '父', '兄', '姉', '弟', '妹', '孫', '嫁',
  '家族', '付き添い', '付添い', '付添'];
const JA_JOINED = new RegExp(`(?:${JA_KIN.join('|')})[ \\u3000]?([${HAN}々]{1,3}|[\\p{sc=Katakana}ー]{2,5})[ \\u3000]` +
  `([${HAN}々]{1,3}|[\\p{sc=Hiragana}\\p{sc=Katakana}ー]{1,4})(?![${HAN}${KANA}々])`, 'gu');
const ZH_SURNAMES = ('王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆' +
  '范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向常汤康易乔赖文' +
  '張劉陳楊黃趙吳孫馬郭羅鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸範賈鄒賀龔錢嚴歐莊顧').split('');
const ZH_JOINED = new RegExp(`(?:患者|病人|病患|家属|家屬|女儿|女兒|儿子|兒子|母亲|母親|父亲|父親|妻子|丈夫)` +
  `([${ZH_SURNAMES.join('')}][${HAN}]{2})(?=[，,、；;。(（ \\u3000])`, 'gu');
// The last character of a disease's, symptom's or finding's name, and the verbal nouns of a family history: a run ending
// on one is a clinical word, not a name (a dictionary's: -病 disease, -症 syndrome, -炎 inflammation, -癌 cancer, -瘤
// tumour, -痛 pain, -热/-熱 fever, -压/-圧/-壓 pressure, -血 blood, -伤/-傷 injury, -折 fracture, -咳 cough, -喘
// wheeze, -塞 infarct, -瘍 ulcer, -腫 swelling, -疹 rash).
const CLINICAL_END = /[病症炎癌瘤痛热熱压圧壓血伤傷折咳喘塞瘍腫疹]$/u;
const JA_CLAUSE = new Set([...VERBAL_NOUNS, '死亡', '他界', '健在', '術後', '治療', '治療中', '通院', '通院中', '入院', '入院中', '既往', '手術',
  '死去', '逝去', '同居', '別居', '不明']);

/** Japanese names after a kinship noun, and Chinese names joined to a patient or kinship noun (see above). */
function joinedNames(text: string, push: PushSpan): void {
  if (KANA_TEXT.test(text)) {
    for (const m of text.matchAll(JA_JOINED)) {
      const family = m[1] ?? '';
      const given = m[2] ?? '';
      const end = (m.index ?? 0) + m[0].length;
      if (!GIVEN_CLOSED.test(text.slice(end, end + 4)) || JA_CLAUSE.has(given) || JA_CLAUSE.has(family)) continue;
      if (CLINICAL_END.test(family) || CLINICAL_END.test(given) || NOT_HAN_NAME.has(family)) continue;
      push(end - family.length - 1 - given.length, end, 'NAME');
    }
  }
  for (const m of text.matchAll(ZH_JOINED)) {
    const name = m[1] ?? '';
    // 某 ("so-and-so") stands for a name a record has withheld ("王某某").
    if (CLINICAL_END.test(name) || NOT_HAN_NAME.has(name) || name.includes('某')) continue;
    const end = (m.index ?? 0) + m[0].length;
    push(end - name.length, end, 'NAME');
  }
}

/** Push a NAME span for each Chinese- or Arabic-script name a label, a person noun or an age marks, and for the subject
 * of a record in any caseless script (see the header). */
export function detectCaselessNames(text: string, push: PushSpan): void {
  if (HAS_HAN.test(text)) {
    hanNames(text, push);
    joinedNames(text, push);
  }
  if (HAS_ARABIC.test(text)) arabicNames(text, push);
  headSubject(text, push);
  if (HAS_OTHER_CASELESS.test(text)) agedRuns(text, push);
}

/** The words of a run without the person noun that opens it (when a word follows the noun). */
function withoutLeadingNoun(words: string[]): string[] {
  return words.length > 1 && PERSON_NOUNS.has(words[0] ?? '') ? words.slice(1) : words;
}

/** A caseless run before a comma and the person's age (see CASELESS_AGED). */
function agedRuns(text: string, push: PushSpan): void {
  for (const m of text.matchAll(CASELESS_AGED)) {
    const words = withoutLeadingNoun((m[1] ?? '').split(/[ \t]/));
    // One word before a number is as often a form's value or a place's name as a person's: two or more are asked for.
    if (words.length < 2 || words.some((w) => NOT_SUBJECT.has(w) || PERSON_NOUNS.has(w))) continue;
    const end = (m.index ?? 0) + (m[1] ?? '').length;
    push(end - words.join(' ').length, end, 'NAME');
  }
}

/** The record's subject in a script without capitals: the first value after the heading of the text's first line. */
function headSubject(text: string, push: PushSpan): void {
  const m = HEAD_SUBJECT.exec(text);
  const run = m?.[1];
  // A heading that is itself a name label or person noun is a field the cue rules read, value and all.
  if (m === null || run === undefined || CUE_HEADING.test(m[0].slice(0, -run.length))) return;
  // A Chinese name is two to four characters written without blanks (above); a longer run of them is a phrase.
  const words = withoutLeadingNoun(run.split(/[ \t]/));
  if (words.some((w) => NOT_SUBJECT.has(w) || (HAN_ONLY.test(w) && [...w].length > 4))) return;
  push(m[0].length - words.join(' ').length, m[0].length, 'NAME');
}

/** Chinese (and Japanese kanji) names after a cue or before an age. */
function hanNames(text: string, push: PushSpan): void {
  const japanese = KANA_TEXT.test(text);
  for (const m of text.matchAll(HAN_CUED)) {
    const name = m[3] ?? '';
    // A run of five or six characters without an interpunct is a name only after a role noun: after a patient noun or a
    // label it is as often a complaint ("患者 发热三天余").
    if (NOT_HAN_NAME.has(name) || (name.length > 4 && m[2] === undefined && !HAS_INTERPUNCT.test(name))) continue;
    const after = (m.index ?? 0) + m[0].length;
    const keepGiven = m[4] !== undefined && (m[1] !== undefined ||
      (japanese && !VERBAL_NOUNS.has(m[4]) && GIVEN_CLOSED.test(text.slice(after, after + 4))));
    const given = m[4] === undefined ? 0 : m[4].length + 1;
    const end = after - (keepGiven ? 0 : given);
    push(end - name.length - (keepGiven ? given : 0), end, 'NAME');
  }
  for (const m of text.matchAll(HAN_AGED)) {
    const name = m[1] ?? '';
    if (!NOT_HAN_NAME.has(name)) push(m.index ?? 0, (m.index ?? 0) + name.length, 'NAME');
  }
}

/** Arabic names after a name label, or after a patient noun when the words hold a name particle or end in a nisba. */
function arabicNames(text: string, push: PushSpan): void {
  for (const m of text.matchAll(ARABIC_CUED)) {
    // A label's value may repeat the patient noun ("المريض: المريض …"): the noun is the cue, not the name.
    const words = (m[2] ?? '').split(/[ \t]/);
    while (words.length > 2 && ARABIC_NOUNS.includes(words[0] ?? '')) words.shift();
    if (words.some((w) => ARABIC_CLAUSE.has(w) || ARABIC_NOUNS.includes(w))) continue;
    const cue = m[1] ?? '';
    const labelled = ARABIC_LABELS.includes(cue) || !ARABIC_NOUNS.includes(cue);
    if (!labelled && !words.some((w) => ARABIC_PARTICLE.test(w)) && !NISBA.test(words[words.length - 1] ?? '')) continue;
    const end = (m.index ?? 0) + m[0].length;
    push(end - words.join(' ').length, end, 'NAME');
  }
}
