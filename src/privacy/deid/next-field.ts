/**
 * A name or place span ends where the next field begins (issue 14, overruns; thirty-sixth session, deid-edges2).
 * Character precision pays for a span that covers its identifier and reaches past it. Two shapes of one kind, read on
 * the read letters (letters10-31) among the spans that overrun their gold, where a form or a label line puts the next
 * field right after a name:
 * - a column break: two or more spaces, or a tab, between a name and the next column's label ("Patient: X Y  Hosp no.
 *   RW0448917", "Name: X Y  MyKad 880417-...", "Rank/Name: X Y   Unit: ...", "KANDEH-WURIE, Fatmata   F   44810297"),
 *   which the rules that read runs of capitalised words take into the span. No gold identifier of the read letters
 *   (4,000-odd texts, every type) holds a run of two spaces or a tab: the gold standard's span is a run of the
 *   identifier's own words, one space apart (docs/privacy.md, "Span boundaries follow the gold standard's conventions").
 *   The last piece goes when it is one word and the next field's label goes on after it: a colon within the same
 *   column, a number mark (no, nr, #) or a token with a digit right after it ("Hospital no.", "Study date:", "F 448...").
 * - a sex letter after the name's comma before the age ("Tanti, M 52", "Simeona, F 19", "Anagnostopoulou, F/93"): the
 *   read gold keeps it outside every name (11 times), and no read gold name ends on ", F" or ", M".
 * Only NAME and LOCATION spans, and only a span's right end: the first piece always stays, so a gold name is never cut
 * (a name or place never holds a column break). Pre-checks on the span's own characters before any regex; a window of
 * 32 characters after the span.
 */
import type { PhiSpan } from './types.js';

// The last column break inside a span: two or more spaces or tabs, or one tab, and the one word after it to the end.
const LAST_PIECE = /(?:[ \t]{2,}|\t)([\p{L}][\p{L}\p{M}.'\u2019-]*)$/u;
// What goes on after the piece when it opens the next field's label: a colon in the same column (at most three words
// and no further break before it), a number mark, or a token with a digit.
const LABEL_GOES_ON = /^(?:[ \t]?[\p{L}.'\u2019/-]+){0,3}[ \t]?:|^[ \t]*(?:no\b|nr\b|n[oº°]\.|#|number\b)|^[ \t]*[^\s]*\d/iu;
// A sex letter after the name's comma, then the age (a space, a slash or a comma before its digits).
const SEX_TAIL = /,[ \t]?[FM]$/;
const AGE_AFTER = /^(?:[ \t]*[/,]?[ \t]*)\d/;

/** The spans with a NAME's or a place's last piece cut where the next field begins (see the module header). */
export function trimNextField(spans: readonly PhiSpan[], text: string): PhiSpan[] {
  return spans.map((s) => {
    if (s.type !== 'NAME' && s.type !== 'LOCATION') return s;
    const span = text.slice(s.start, s.end);
    // The window after the span is cut only for a span that passed its pre-check.
    const after = (): string => text.slice(s.end, s.end + 32);
    if (span.includes('  ') || span.includes('\t')) {
      const m = LAST_PIECE.exec(span);
      if (m && m.index > 0 && LABEL_GOES_ON.test(after().split('\n')[0] ?? '')) return { ...s, end: s.start + m.index };
    }
    if (span.endsWith('F') || span.endsWith('M')) {
      const m = SEX_TAIL.exec(span);
      if (m && m.index > 0 && AGE_AFTER.test(after())) return { ...s, end: s.start + m.index };
    }
    return s;
  });
}
