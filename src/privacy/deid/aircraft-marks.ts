/**
 * Aircraft registration marks (issue 14, VEHICLE; Safe Harbor 45 CFR 164.514(b)(2)(i)(L): vehicle identifiers and
 * serial numbers). An aircraft carries its state's nationality mark and a registration mark (ICAO Annex 7, Aircraft
 * Nationality and Registration Marks, §2-3): the nationality mark is one to four letters or digits from the ITU call
 * sign series allotted to the state, a hyphen stands between it and the registration mark ("VH-FVR", "C-GKBP",
 * "RA-24471"), and a few states write no hyphen (the United States' N-numbers, 14 CFR 47.15: N, a first digit 1-9, up
 * to five characters, at most two final letters, no I or O; Japan JA and Korea HL, four characters). Letters only or
 * digits only, these marks escape the plate grammar (plates.ts needs both). Many clinical tokens share the shape
 * ("I-IV", "F-75", "G-CSF", "TJ-41"), so a mark is read only after an aircraft word of the same line.
 */
import type { CaseMode } from './letter-case.js';
import { allMatches } from './matches.js';
import { mayOpen, wordGate } from './note-words.js';
import type { PushSpan as Push } from './types.js';

// ICAO nationality marks (ICAO Annex 7 and the ICAO list of nationality marks, from the ITU Radio Regulations'
// Appendix 42 call sign series), as written before the hyphen.
const NATIONALITY_MARKS: ReadonlySet<string> = new Set(('A2 A3 A4O A5 A6 A7 A8 A9C AP B C C2 C3 C5 C6 C9 CC CN CP CS CU CX ' +
  'D D2 D4 D6 DQ E3 E5 E7 EC EI EK EP ER ES ET EW EX EY EZ F G H4 HA HB HC HH HI HK HP HR HS HZ I J2 J3 J5 J6 J7 J8 ' +
  'JU JY LN LV LX LY LZ M OB OD OE OH OK OM OO OY P P2 P4 PH PJ PK PP PR PS PT PU PZ RA RDPL RP S2 S5 S7 S9 SE SP ST ' +
  'SU SX T7 T8A TC TF TG TI TJ TL TN TR TS TT TU TY TZ UK UN UP UR V2 V3 V4 V5 V6 V7 V8 VH VN VP VQ VT XA XB XC XT XU ' +
  'XY YA YI YJ YK YL YN YR YS YU YV Z Z3 ZA ZK ZP ZS ZT ZU 3A 3B 3C 3D 3X 4K 4L 4O 4R 4W 4X 5A 5B 5H 5N 5R 5T 5U 5V ' +
  '5W 5X 5Y 6O 6V 6Y 7O 7P 7Q 7T 8P 8Q 8R 9A 9G 9H 9J 9K 9L 9M 9N 9Q 9U 9V 9XR 9Y 2').split(' '));

// A hyphened mark (nationality mark, hyphen, a registration mark of three to five letters or digits), or the
// unhyphened N, JA and HL marks; a whole token, not part of a code or a decimal. Shorter tails are grades, leads and
// bill numbers ("I-IV", "V4-6", "C-7").
const MARK = /(?<![\w\-\/.])(?:([A-Z0-9]{1,4})-([A-Z0-9]{3,5})|N[1-9](?:\d{0,4}|\d{0,3}[A-HJ-NP-Z]|\d{0,2}[A-HJ-NP-Z]{2})|JA[0-9A-Z]{4}|HL\d{4})(?![\w\-\/]|\.\d)/g;
// Words for an aircraft, of several languages (English, French, German, Spanish, Portuguese, Italian, Polish, Dutch,
// Scandinavian, Russian), and the words a tail number goes by; any case. "Flight" too: a flight's aircraft is named by
// its mark on charter and rescue flights.
const AIRCRAFT_WORDS = 'aircraft|airplane|aeroplane|plane|floatplane|seaplane|helicopter|heli|helo|chopper|jet|flight|' +
  'air[ \\t]ambulance|airlift|medevac|medivac|aeromedical|tail[ \\t]number|avion|h[ée]licopt[èe]re|hubschrauber|flugzeug|' +
  'helic[óo]ptero|avi[óã]o|avioneta|aeronave|aeronef|elicottero|aereo|samolot|helikopter|vliegtuig|' +
  'самол[её]т|вертол[её]т|борт';
// The aircraft word, then up to 24 characters of the same sentence, at the end of the text before the mark.
const AIRCRAFT_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${AIRCRAFT_WORDS})(?![\\p{L}\\p{N}])[^\\n.;!?]{0,24}$`, 'iu');
const ANY_AIRCRAFT_WORD = new RegExp(`(?<![\\p{L}\\p{N}])(?:${AIRCRAFT_WORDS})(?![\\p{L}\\p{N}])`, 'iu');
// A note none of whose words is one of these is skipped unread (note-words.ts).
const AIRCRAFT_GATE = wordGate(ANY_AIRCRAFT_WORD.source);

// The one-letter nationality marks whose states register with digits (China B-1234, the DPRK P-534); the others
// (Canada, Germany, France, the UK, Italy, ...) register letters, and a digit tail is a code ("I-131", "F-100").
const DIGIT_MARKS: ReadonlySet<string> = new Set(['B', 'P']);

/** Whether a one-letter nationality mark of a letters-registering state has a tail with a digit. */
function digitsAfterLetter(nationality: string, tail: string): boolean {
  return nationality.length === 1 && /^[A-Z]$/.test(nationality) && !DIGIT_MARKS.has(nationality) && /\d/.test(tail);
}

/**
 * Push VEHICLE spans for aircraft registration marks after an aircraft word ("plane C-GKBP", "helicopter RA-24471",
 * "MAF flight PK-MAX"). Notes written all in capitals are left: every token there is capitals.
 */
export function detectAircraftMarks(text: string, push: Push, mode: CaseMode): void {
  if (mode === 'upper' || !mayOpen(AIRCRAFT_GATE, text) || !ANY_AIRCRAFT_WORD.test(text)) return;
  for (const m of allMatches(MARK, text)) {
    const nationality = m[1];
    if (nationality !== undefined && (!NATIONALITY_MARKS.has(nationality) || digitsAfterLetter(nationality, m[2] ?? ''))) continue;
    if (!AIRCRAFT_BEFORE.test(text.slice(Math.max(0, m.index - 48), m.index))) continue;
    push(m.index, m.index + m[0].length, 'VEHICLE');
  }
}
