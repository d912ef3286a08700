/**
 * Accent folding for detection: names written with diacritics (José Núñez, Zoë, Björn Ångström, Lefèvre-Müller)
 * must read as the word patterns and lists read them, or the detector stops at the first accented letter and leaves
 * half the name ("Jos" of José). Every Latin letter with a diacritic becomes its base letter, one UTF-16 code unit for
 * one, so spans found on the folded text are spans of the original. Text without such letters is returned as is.
 */

// Latin-1 Supplement and Latin Extended-A/B letters (U+00C0..U+024F) to their base letter; 0 where none.
const TABLE = new Uint16Array(0x250 - 0xc0);
for (let c = 0xc0; c < 0x250; c++) {
  const ch = String.fromCharCode(c);
  const base = ch.normalize('NFD')[0] ?? '';
  TABLE[c - 0xc0] = /^[A-Za-z]$/.test(base) ? base.charCodeAt(0) : 0;
}
// Letters without a decomposition.
for (const [from, to] of [['ß', 's'], ['æ', 'a'], ['Æ', 'A'], ['ø', 'o'], ['Ø', 'O'], ['ł', 'l'], ['Ł', 'L'], ['đ', 'd'], ['Đ', 'D'], ['ð', 'd'], ['Ð', 'D'], ['þ', 't'], ['Þ', 'T'], ['œ', 'o'], ['Œ', 'O'], ['ı', 'i']] as const) {
  TABLE[from.charCodeAt(0) - 0xc0] = to.charCodeAt(0);
}
// × and ÷ are not letters.
TABLE[0xd7 - 0xc0] = 0;
TABLE[0xf7 - 0xc0] = 0;

// Latin Extended Additional (U+1E00..U+1EFF): Vietnamese letters with two marks (ấ, ệ, ữ, Ỳ) and Welsh ẁ, ẃ, ẅ, ỳ.
// Without them "Tuấn" read as "Tu" and "Huỳnh" as "Hu": the name was cut at its first such letter.
const EXTRA = new Uint16Array(0x100);
for (let c = 0x1e00; c < 0x1f00; c++) {
  const base = String.fromCharCode(c).normalize('NFD')[0] ?? '';
  EXTRA[c - 0x1e00] = /^[A-Za-z]$/.test(base) ? base.charCodeAt(0) : 0;
}

const HAS_ACCENT = /[\u00c0-\u024f\u1e00-\u1eff]/;

/** The base letter of an accented Latin letter's code, or 0 where there is none. */
function baseOf(c: number): number {
  if (c >= 0xc0 && c < 0x250) return TABLE[c - 0xc0] ?? 0;
  if (c >= 0x1e00 && c < 0x1f00) return EXTRA[c - 0x1e00] ?? 0;
  return 0;
}

/** The text with accented Latin letters replaced by their base letters; same length, same offsets. */
export function foldAccents(text: string): string {
  if (!HAS_ACCENT.test(text)) return text;
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xc0) continue;
    const to = baseOf(c);
    if (to === 0) continue;
    out += text.slice(last, i) + String.fromCharCode(to);
    last = i + 1;
  }
  return out + text.slice(last);
}
