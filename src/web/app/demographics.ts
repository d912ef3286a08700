/** Age and sex as a note states them, to fill the case form (the clinician can always override). */

/** Age and sex as written in the note ("62-year-old man", "45 yo female"); undefined when not stated. */
export function demographicsFromNote(text: string): { age?: number; sex?: 'female' | 'male' } {
  const out: { age?: number; sex?: 'female' | 'male' } = {};
  // Only phrasings that state an age ("62-year-old", "45 yo", "aged 7", "30 years of age"), never a
  // bare duration ("smoker for 20 years").
  const age = /\b(\d{1,3})\s*-?\s*(?:years?|yrs?)\s*-?\s*old\b/i.exec(text) ?? /\b(\d{1,3})\s*(?:yo|y\.o\.|y\/o)(?![a-z])/i.exec(text)
    ?? /\b(\d{1,3})\s+years?\s+of\s+age\b/i.exec(text) ?? /\b(?:aged?:?)\s*(\d{1,3})\b/i.exec(text);
  if (age) {
    const n = Number(age[1]);
    if (n >= 0 && n <= 120) out.age = n;
  }
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  let f = 0;
  let m = 0;
  for (const w of words) {
    if (['woman', 'female', 'girl', 'lady', 'she', 'her', 'mrs', 'pregnant'].includes(w)) f++;
    else if (['man', 'male', 'boy', 'gentleman', 'he', 'his', 'him'].includes(w)) m++;
  }
  if (f !== m) out.sex = f > m ? 'female' : 'male';
  return out;
}
