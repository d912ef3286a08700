/**
 * Realistic surrogates, chosen by keyed hash of (patient, type, normalised original), so the same value
 * maps to the same surrogate everywhere in one patient's record and differently across patients.
 * Shapes are kept (digits stay digits, case style is kept) so downstream parsers still work.
 */
import { dateShiftDays, keyedIndex, type DeidKey } from '../keys/keyed.js';
import { getDefaultLexicon } from './lexicon.js';
import { shiftDateText } from './dates.js';
import type { DayOrder } from './dotted-dates.js';
import type { PhiType } from './types.js';

/** ZIP-3 prefixes with 20,000 people or fewer (2000 Census, 67 FR 53182): replaced by 000. */
export const RESTRICTED_ZIP3: ReadonlySet<string> = new Set(['036', '059', '063', '102', '203', '556', '692', '790', '821', '823', '830', '831', '878', '879', '884', '890', '893']);

const PLACE_SURROGATES = ['Riverside', 'Lakeview', 'Oakwood', 'Fairmont', 'Brookfield', 'Cedar Hill', 'Maple Grove', 'Westbrook', 'Pinecrest', 'Stonebridge',
  'Ashford', 'Millbrook', 'Glenwood', 'Hillcrest', 'Kingsley', 'Northfield', 'Redwood', 'Sherwood', 'Willow Creek', 'Elmhurst'];

let firstList: readonly string[] | undefined;
let lastList: readonly string[] | undefined;
function nameLists(): { first: readonly string[]; last: readonly string[] } {
  const lex = getDefaultLexicon();
  // The world lists (detection only) stay out of the pools, so surrogates are what they were.
  firstList ??= [...lex.firstNames].filter((w) => !lex.common.has(w) && w.length > 2 && !lex.worldNames.has(w)).sort();
  lastList ??= [...lex.surnames].filter((w) => !lex.common.has(w) && w.length > 2 && !lex.worldNames.has(w)).sort();
  return { first: firstList, last: lastList };
}

function likeCase(word: string, like: string): string {
  if (like.length > 1 && like === like.toUpperCase()) return word.toUpperCase();
  if (like[0] && like[0] === like[0].toLowerCase() && like[0] !== like[0].toUpperCase()) return word.toLowerCase();
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** Replace every digit and letter with keyed ones, keeping separators: 410-555-1234 → 732-018-4471. */
function reshape(key: DeidKey, patient: string, type: string, value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i] ?? '';
    if (/\d/.test(c)) out += String(keyedIndex(key, 10, 'digit', patient, type, value, String(i)));
    else if (/[A-Za-z]/.test(c)) {
      const l = String.fromCharCode(97 + keyedIndex(key, 26, 'letter', patient, type, value, String(i)));
      out += c === c.toUpperCase() ? l.toUpperCase() : l;
    } else out += c;
  }
  return out;
}

export interface SurrogateContext {
  readonly key: DeidKey;
  readonly patient: string;
  /** The note's day order (`dayOrderOf`), for dotted dates such as 04.03.24 whose numbers are both 12 or less. */
  readonly dayOrder?: DayOrder;
}

export function surrogateFor(ctx: SurrogateContext, type: PhiType, original: string): string {
  const { key, patient } = ctx;
  switch (type) {
    case 'NAME': {
      // Token by token, so "Mary Smith", "Smith" and "MARY" stay consistent with each other.
      const { first, last } = nameLists();
      return original.replace(/[A-Za-z][A-Za-z'\-]*/g, (tok) => {
        if (tok.length === 1) return likeCase(String.fromCharCode(65 + keyedIndex(key, 26, 'initial', patient, tok.toLowerCase())), tok);
        const norm = tok.toLowerCase().replace(/'s$/, '');
        const lex = getDefaultLexicon();
        const pool = lex.firstNames.has(norm) && !lex.surnames.has(norm) ? first : last;
        let pick = pool[keyedIndex(key, pool.length, 'name', patient, norm)] ?? 'Doe';
        if (pick === norm) pick = pool[(pool.indexOf(pick) + 1) % pool.length] ?? 'Doe';
        return likeCase(pick, tok) + (/'s$/i.test(tok) ? tok.slice(-2) : '');
      });
    }
    case 'LOCATION': {
      const norm = original.toLowerCase().replace(/\s+/g, ' ').trim();
      const digits = /^\d+\s/.exec(original)?.[0] ?? '';
      const pick = PLACE_SURROGATES[keyedIndex(key, PLACE_SURROGATES.length, 'place', patient, norm)] ?? 'Riverside';
      return (digits ? reshape(key, patient, 'street', digits) : '') + likeCase(pick, original.replace(/^\d+\s/, '')).replace(/(^|\s)(\w)/g, (_m, sp: string, c: string) => sp + (original === original.toUpperCase() ? c.toUpperCase() : c));
    }
    case 'ZIP': {
      const zip3 = original.slice(0, 3);
      return RESTRICTED_ZIP3.has(zip3) ? '00000' : `${zip3}00`;
    }
    case 'DATE':
      return shiftDateText(original, dateShiftDays(key, patient), ctx.dayOrder) ?? '[DATE]';
    case 'YEAR':
      return original;
    case 'AGE':
      return '90+';
    case 'EMAIL':
      return `user${keyedIndex(key, 100000, 'email', patient, original.toLowerCase())}@example.org`;
    case 'URL':
      return `https://example.org/r/${keyedIndex(key, 1000000, 'url', patient, original)}`;
    case 'IP':
      return `192.0.2.${keyedIndex(key, 254, 'ip', patient, original) + 1}`;
    default:
      return reshape(key, patient, type, original);
  }
}
