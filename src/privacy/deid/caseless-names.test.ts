/**
 * Names in Chinese characters and Arabic letters (caseless-names.ts, session 29): a name label, a person noun or an age
 * marks them; what must stay: runs too long for a Chinese name, form values (sex, unknown), a noun's next word, Arabic
 * clauses after the patient noun, patient-noun runs with neither a particle nor a nisba. Every name is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectCaselessNames } from './caseless-names.js';

/** The text of every span the rule pushes. */
const names = (t: string): string[] => {
  const out: string[] = [];
  detectCaselessNames(t, (s, e) => out.push(t.slice(s, e)));
  // Two rules may mark the same name (a heading's subject before an age): one span.
  return [...new Set(out)];
};

test('a Chinese name after a name label, a role or kinship noun, or before an age', () => {
  assert.deepEqual(names('门诊 姓名: 吴春梅 年龄: 70岁'), ['吴春梅']);
  assert.deepEqual(names('患者姓名：欧阳建平，男'), ['欧阳建平']);
  assert.deepEqual(names('Wheelchair review. 儿子 郑志强, 138 0000 0000'), ['郑志强']);
  assert.deepEqual(names('Seen with Nurse 黄静.'), ['黄静']);
  assert.deepEqual(names('home visit: 許美玲, 88歲, lives alone'), ['許美玲']);
  assert.deepEqual(names('氏名: 田中 花子 様'), ['田中 花子']);
  assert.deepEqual(names('主治医 山本 手術予定'), ['山本']);
});

test('Chinese text with no name after the cue stays', () => {
  assert.deepEqual(names('姓名: 女性 年龄: 70岁'), []);
  assert.deepEqual(names('医生建议手术治疗'), []);
  assert.deepEqual(names('医师 建议复查血常规肝肾功能'), []);
  assert.deepEqual(names('男童, 5岁, 发热'), []);
  assert.deepEqual(names('Patient 男'), []);
});

test('an Arabic name after a name label, or after a patient noun with a particle or a nisba', () => {
  assert.deepEqual(names('الاسم: سلمى خالد (Salma K.), 8 y'), ['سلمى خالد']);
  assert.deepEqual(names('المريض: فيصل بن ناصر الشمري، العمر 70'), ['فيصل بن ناصر الشمري']);
  assert.deepEqual(names('المريضة نورة التميمي، 66 سنة'), ['نورة التميمي']);
});

test('an Arabic clause after the patient noun stays', () => {
  assert.deepEqual(names('المريض يعاني من ضيق التنفس، منذ يومين'), []);
  assert.deepEqual(names('المريض بحالة مستقرة، الضغط طبيعي'), []);
  assert.deepEqual(names('المريض: ذكر، 70 سنة'), []);
});

test('the subject of a record in a caseless script: the first value after the first line\'s heading', () => {
  assert.deepEqual(names('Country - clinic note: ᓇᓄᒃ ᐃᓄᒃ, ᐃᒡᓗᓕᒃ; TST done'), ['ᓇᓄᒃ ᐃᓄᒃ']);
  assert.deepEqual(names('Visit record: כנרת לוי, בת 80'), ['כנרת לוי']);
  assert.deepEqual(names('Growth check: ដារ៉ា សុភ (invented), 24 months'), ['ដារ៉ា សុភ']);
});

test('a heading\'s value that is a phrase, a cue or in a cased script stays', () => {
  assert.deepEqual(names('诊断: 高血压伴左心室肥厚, 随访'), []);
  assert.deepEqual(names('退院サマリー: 患者 山田 花子 様、91歳'), ['山田 花子']);
  assert.deepEqual(names('Summary: Stable, discharged'), []);
  assert.deepEqual(names('Note\nSecond line: ᓇᓄᒃ ᐃᓄᒃ, ᐃᒡᓗᓕᒃ'), []);
});

test('session 34: a Japanese given name after a role noun, a minority name, a doctor in Arabic letters', () => {
  assert.deepEqual(names('処方せん 12月2日. 医師 比屋根 直樹'), ['比屋根 直樹']);
  assert.deepEqual(names('診察 - 患者 萱野 キヨ, 80歳'), ['萱野 キヨ']);
  assert.deepEqual(names('出院小结: 患者 乌·那仁图雅, 女'), ['乌·那仁图雅']);
  assert.deepEqual(names('出院日期 12月3日; 主治医师 其木格图雅.'), ['其木格图雅']);
  assert.deepEqual(names('تثبيت خارجي. الطبيبة سعاد عبد الواحد.'), ['سعاد عبد الواحد']);
  assert.deepEqual(names('التوقيع: د. وداد القرمزي'), ['وداد القرمزي']);
  assert.deepEqual(names('referral: المريض منتظر عبد الحسين / Muntadhar A.'), ['منتظر عبد الحسين']);
  assert.deepEqual(names('نموذج: المريض: المريض ثامر بن علي الهاجري، 70'), ['ثامر بن علي الهاجري']);
});

test('session 34: a verbal noun after the family name, a complaint after a patient noun, a minute\'s د. stay', () => {
  assert.deepEqual(names('12月3日 ヘルパー 小野寺 訪問。'), ['小野寺']);
  assert.deepEqual(names('门诊记录 患者 发热三天余.'), []);
  assert.deepEqual(names('الطبيب المعالج قرر الخروج.'), []);
  assert.deepEqual(names('تم الإنعاش لمدة 5 د. وعاد النبض'), []);
});

test('session 34: a record\'s first value opening with a person noun, and a caseless name before an age', () => {
  assert.deepEqual(names('Odisha - ପ୍ରାଥମିକ ସ୍ୱାସ୍ଥ୍ୟ: ରୋଗୀ ସୁଲୋଚନା ନାୟକ, ଗ୍ରାମ'), ['ସୁଲୋଚନା ନାୟକ']);
  assert.deepEqual(names('camp, 16.01.2026 கருப்பசாமி வேலு, 24 - fall from tree'), ['கருப்பசாமி வேலு']);
  assert.deepEqual(names('clinic, ward 2: बच्चा मोहित यादव, 4 वर्ष, बुखार'), ['मोहित यादव']);
});

test('session 34: one word, a sex or a unit after the number is no aged name', () => {
  assert.deepEqual(names('Register\nवार्ड, 12 beds'), []);
  assert.deepEqual(names('Form\nالمريض: ذكر، 70 سنة'), []);
  assert.deepEqual(names('Drugs\nدواء الضغط, 500 mg'), []);
});

test('session 40: a Japanese name after a kinship noun, and a Chinese name joined to a patient noun', () => {
  assert.deepEqual(names('訪問記録; 長男山本 健二; 令和8年12月3日、電話あり'), ['山本 健二']);
  assert.deepEqual(names('転倒した。付き添い 川村 ゆき。受診日 12月3日'), ['川村 ゆき']);
  assert.deepEqual(names('みかん畑で転落。夫 高岡 正（電話 000-0000）'), ['高岡 正']);
  assert.deepEqual(names('门诊病历: 患者刘国庆，男，52岁，发热。'), ['刘国庆']);
  assert.deepEqual(names('急诊: 病人林淑贞，女，八十岁。'), ['林淑贞']);
});

test('session 40: family histories, clinical words and withheld names stay', () => {
  // A family history writes a disease after the same kinship nouns, with or without a blank and a second word.
  assert.deepEqual(names('家族歴: 母 胃癌 死亡。父 脳梗塞、兄 高血圧。夫 健在。'), []);
  // A Chinese patient noun joined to a clinical word, a withheld name, a two-character name, a rarer family name.
  assert.deepEqual(names('患者高血压，三天。患者王某某，男。患者李明，男。患者乐天派，'), []);
  // Without kana in the text the Japanese slot is not read.
  assert.deepEqual(names('長男山本 健二; 電話'), []);
});
