/**
 * Whole identifiers: a detector often finds the core of an identifier ("Johns Hopkins", "St. Mary", "Jane",
 * "Trenton") and leaves the rest readable ("Hospital", "'s Medical Center", "Jr.", ", IL"). A reader who sees the
 * rest learns part of the identifier, and strict scoring counts it as a miss. These steps grow finished spans
 * over the words that belong to them; they never start a span.
 */
import type { PhiSpan } from './types.js';

// Words of an organisation's name that follow its proper part: St. Mary's Medical Center, Franklin Memorial Hospital.
// Modifiers may come first, and the tail must end on a head word, so "Baltimore Rehab" or "MICU Nursing" stay as they are.
// Title case only: a writer who capitalises "Memorial Hospital" writes the formal name; "franklin square hosp" or an
// all-caps note's "UNION HOSPITAL" leaves the generic word, which identifies no one, readable (the nursing-note gold
// standard marks only the proper part there).
const ORG_MODIFIER = "(?:Nursing|Urgent|Primary|Medical|Memorial|Regional|General|Community|Children's|University|Cancer|Heart|Eye|Specialty|Surgical|Rehabilitation|Health|Healthcare|Teaching|Veterans|Family|Women's|Methodist|Baptist|Presbyterian|Lutheran|Adventist|Mercy)";
const ORG_HEAD = '(?:Hospitals?|Hosp|Center|Centre|Ctr|Clinics?|Infirmary|Institute|Hospice|System|Pavilion|Home|Care|Health|Network|Partners|Associates|Manor|Lodge)';
const ORG_TAIL = new RegExp(`^(?:'s)?(?:[ \\t]{1,2}${ORG_MODIFIER})*[ \\t]{1,2}${ORG_HEAD}\\b\\.?(?:[ \\t]{1,2}${ORG_HEAD}\\b\\.?)?`);
const ORG_TAIL_ANY_CASE = new RegExp(ORG_TAIL.source, 'i');
const NAME_SUFFIX = /^,?[ \t]{1,2}(?:jr|sr|ii|iii|iv)\b\.?/i;
const STATE_AFTER = /^,[ \t]{0,2}(?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY]|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)\b/;

function tail(text: string, s: PhiSpan, re: RegExp): number {
  const m = re.exec(text.slice(s.end, s.end + 80));
  if (!m) return s.end;
  // A full stop after the head word ends the sentence more often than it abbreviates.
  return s.end + m[0].replace(/(?<!\bhosp|\bctr)\.$/i, '').length;
}

/** Grow LOCATION spans over organisation words and a state code, NAME spans over a suffix (Jr., III). */
export function extendSpans(spans: readonly PhiSpan[], text: string): PhiSpan[] {
  return spans.map((s) => {
    if (s.type === 'LOCATION') {
      // A span that ends on a modifier ("general", "Memorial") lacks its head word in any case: "the general hospital".
      const openModifier = new RegExp(`${ORG_MODIFIER}$`, 'i').test(text.slice(s.start, s.end));
      let end = tail(text, s, openModifier ? ORG_TAIL_ANY_CASE : ORG_TAIL);
      end = Math.max(end, tail(text, { ...s, end }, STATE_AFTER));
      return end > s.end ? { ...s, end } : s;
    }
    if (s.type === 'NAME') {
      const m = NAME_SUFFIX.exec(text.slice(s.end, s.end + 8));
      return m ? { ...s, end: s.end + m[0].length } : s;
    }
    return s;
  });
}
