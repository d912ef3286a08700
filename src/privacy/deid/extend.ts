/**
 * Whole identifiers: a detector often finds the core of an identifier ("Johns Hopkins", "St. Mary", "Jane",
 * "Trenton") and leaves the rest readable ("Hospital", "'s Medical Center", "Jr.", ", New York"). A reader who sees the
 * rest learns part of the identifier, and strict scoring counts it as a miss. These steps grow finished spans
 * over the words that belong to them; they never start a span.
 */
import { PARTICLE_ALTERNATION } from './particles.js';
import { clinicalWord, type Lexicon } from './lexicon.js';
import { houseNumberEdges } from './house-numbers.js';
import { institutionEdges } from './institution-edges.js';
import { nameEdges } from './name-edges.js';
import { GENERIC } from './organisations.js';
import { TITLE_WORDS } from './titles.js';
import type { PhiSpan } from './types.js';
import { US_STATE_NAMES } from './us-states.js';

// Words of an organisation's name that follow its proper part: St. Mary's Medical Center, Franklin Memorial Hospital.
// Modifiers may come first, and the tail must end on a head word, so "Baltimore Rehab" or "MICU Nursing" stay as they are.
// Title case only: a writer who capitalises "Memorial Hospital" writes the formal name; "franklin square hosp" or an
// all-caps note's "UNION HOSPITAL" leaves the generic word, which identifies no one, readable (the nursing-note gold
// standard marks only the proper part there).
const ORG_MODIFIER = "(?:Nursing|Urgent|Primary|Medical|Memorial|Regional|General|Community|Children's|University|Cancer|Heart|Eye|Specialty|Surgical|Rehabilitation|Health|Healthcare|Teaching|Veterans|Family|Women's|Methodist|Baptist|Presbyterian|Lutheran|Adventist|Mercy)";
const ORG_HEAD = '(?:Hospitals?|Hosp|Center|Centre|Ctr|Clinics?|Infirmary|Institute|Hospice|System|Pavilion|Home|Care|Health|Network|Partners|Associates|Manor|Lodge)';
// Thirteenth pass: words joined by "and" or "&" inside the tail ("Hospitals and Clinics", "Nursing and Rehabilitation Center").
// Only generic words there: after "and" a proper word opens another institution ("... Hospital and Mercy Hospice").
const ORG_AND = `[ \\t]{1,2}(?:and|&)(?:[ \\t]{1,2}(?:Nursing|Medical|Health|Rehabilitation|Rehab|Research|Wellness|Surgical|Specialty|Cancer|Heart|Eye|Community|Family|Urgent|Primary))*`;
const ORG_TAIL = new RegExp(`^(?:'s)?(?:[ \\t]{1,2}${ORG_MODIFIER})*(?:${ORG_AND})?[ \\t]{1,2}${ORG_HEAD}\\b\\.?(?:[ \\t]{1,2}${ORG_HEAD}\\b\\.?)?(?:${ORG_AND}[ \\t]{1,2}${ORG_HEAD}\\b\\.?)?`);
const ORG_TAIL_ANY_CASE = new RegExp(ORG_TAIL.source, 'i');
// Thirteenth pass: what follows an organisation's head inside its registered name: a legal form ("Riverside
// Pediatrics, LLC", "Lakeside Family Medicine PLLC"), the people a hospital is for ("Shriners Hospitals for Children",
// "Hospital for Special Surgery"), an NHS trust ("... NHS Foundation Trust").
const ORG_LEGAL = /^(?:,?[ \t]{1,2}(?:LLC|L\.L\.C\.|PLLC|LLP|Inc\.?|Ltd\.?|P\.?C\.|PA|P\.A\.|Corp\.?)(?![A-Za-z])|['\u2019]?[ \t]{1,2}NHS[ \t](?:Foundation[ \t])?Trust\b)/;
const ORG_FOR = /^[ \t]{1,2}for[ \t](?:(?:Sick|Special)[ \t])?(?:Children|Women(?:[ \t](?:and|&)[ \t]Infants)?|Surgery)\b/;
const NAME_SUFFIX = /^,?[ \t]{1,2}(?:jr|sr|ii|iii|iv)\b\.?/i;
// A state written out after a place grows it ("Fifth Avenue, New York" is the city as often as the state); a state's postal
// code does not (`detect.ts` leaves it out of every place span).
const STATE_AFTER = new RegExp(String.raw`^,[ \t]{0,2}(?:${US_STATE_NAMES.join('|')})\b`);

// Words around a town's proper part (issue 14, ninth pass): "Mount Zurin", "Port Serban", "Startzman Falls",
// "Ferrarotti St." — the generic part of a place's name, which a reader who sees it uses to find the place.
// Session 33: the size and age qualifiers (Great, Little, Old, Nether), the generic elements that open a place's name
// (Cape, Isla, Ile, Ilha, Monte), saints in the letters' other languages (Sankt, Sint, Sao, Santo, Sainte, Ste.), the
// articles of French, Italian and Arabic (Le, Les, Il, Al) and Ireland's county word (Co., County): UNGEGN Glossary of
// Terms for the Standardization of Geographical Names (a name's generic element and its article are part of it). The
// read letters' gold keeps every one of these inside a place's span (never right before one).
const PLACE_BEFORE = /(?:^|[^A-Za-z])(?:Mount|Mt\.|Fort|Ft\.|Port|Lake|North|South|East|West|New|Upper|Lower|Saint|St\.|San|Santa|Los|Las|El|La|Great|Little|Old|Nether|Cape|Isla|Ile|Ilha|Monte|Sankt|Sint|Sao|Santo|Sainte|Ste\.|Le|Les|Il|Al|Co\.|County)[ \t]{1,2}$/;
// Seventeenth pass: a lot, plot or unit number before a street line that starts with its house number ("Lot 14 Nhulunbuy Road").
const UNIT_BEFORE = /(?:^|[^A-Za-z])(?:Lot|Plot|Stand|Erf|Shop|Flat|Unit|Apt\.?|Apartment|Suite)[ \t]#?[0-9]{1,4}[A-Za-z]?,?[ \t]$|(?:^|[^A-Za-z])(?:Lot|Plot|Stand|Erf)[ \t]$/;
// Thirteenth pass: an institution's head before "of" opens the name of a place found after it ("Hospital of the
// University of Pennsylvania", "Medical Center of Aurora").
const HEAD_OF_BEFORE = /(?:^|[^A-Za-z])(?:Hospital|Infirmary|Clinic|Medical[ \t]Cent(?:er|re)|Health[ \t]System)[ \t]of(?:[ \t]the)?[ \t]$/;
const PLACE_AFTER = /^[ \t]{1,2}(?:Springs|Falls|Heights|Valley|Junction|Crossing|Hills|Creek|Beach|Harbou?r|Bay|Ridge|Grove|Park|City|Village|Township|County|Parish|Street|St\.|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Drive|Dr\.|Court|Ct\.?|Terrace|Parkway|Pkwy\.?|Highway|Hwy\.?|Close|Crescent|Square|Place|Way)(?![A-Za-z])/;
// After a word read as a person's name these make it a place ("Startzman Falls", "Okafor Street"); ambiguous street words
// (Lane, Court, Way...) and words that follow names in other senses stay out.
const NAME_TO_PLACE = /^[ \t]{1,2}(?:Springs|Falls|Heights|Valley|Junction|Crossing|Hills|Creek|Harbou?r|County|Parish|Township|Street|Avenue|Ave\.|Road|Rd\.?|Boulevard|Blvd\.?|Terrace|Parkway|Pkwy\.?|Highway|Hwy\.?|Crescent)(?![A-Za-z])/;
// Lowercase particles inside a name and the capitalised word after them ("Arlean bin Marena", "L. van der Norals").
const PARTICLES = PARTICLE_ALTERNATION;
const PARTICLE_TAIL = new RegExp(`^((?:[ \\t]{1,2}(?:${PARTICLES})){1,3})[ \\t]{1,2}[A-Z][a-z][A-Za-z'\\-]*`);
const ENDS_ON_PARTICLE = new RegExp(`(?:^|[ \\t])(?:${PARTICLES})$`);
// The capitalised word after a name that ends on a particle ("Marena" of "Arlean bin" + " Marena").
const NEXT_NAME_WORD = /^[ \t]{1,2}[A-Z][a-z][A-Za-z'\-]*/;
// Seventeenth session: particles written before a found surname are part of it: Irish and Scottish Gaelic patronymic
// particles, capitalised (Ó, Ní, Nic, Mac, Uí; folded to O, Ni, Ui: "Ó Laoire", "Ní Chonchúir"), and the lowercase
// particles that are no English word, alone or in pairs ("van der Spuy", "bin Said", "dos Santos", "de la Cruz").
const PARTICLES_BEFORE = /(?:(?<![A-Za-z'\u2019\-])(?:O|Ni|Nic|Mac|Mhic|Ui|Ua)|(?<![A-Za-z'\u2019\-])(?:van|von|bin|ibn|binti|dos|das|della|ter)(?:[ \t](?:der|den|de|la|los|las))?|(?<![A-Za-z'\u2019\-])de[ \t](?:la|los|las))[ \t]$/;
// A given name's initial found apart from its surname ("J" and "Nunev" of "Dr J. Nunev"): one name. Only beside a
// surname in mixed case: the nursing notes' gold (all capitals) marks "E. WELSH" without the initial.
const INITIAL_GAP = /^\.[ \t]{1,2}$/;
// Seventeenth session: an initial with its full stop right before a mixed-case name, opening a field or a list item ("09:00 A.
// Fitzwarren, 09:20 K. Adomako"), is the given name's initial, whether or not a reader found it: after a word it may end
// an abbreviation or a grade ("Hepatitis B. Smith"), so only after a line start, a list's punctuation or a number.
const FIELD_INITIAL = /(?:^|[\n,;:(/]|\d)[ \t]*([A-Z])\.[ \t]{1,2}$/;
const UNIT_AFTER = /^\.?,?[ \t]{1,2}(?:Apt|Apartment|Suite|Ste|Unit|Flat|Room|Rm|Floor|Fl|Bldg|Building|Lot|Trlr)\.?[ \t]*#?[ \t]*[A-Za-z]?\d+[A-Za-z]?(?![A-Za-z\d])/;
// Nineteenth pass: the capitalised words right after a found place, up to where its clause ends or a lower-case word
// follows, belong to its name ("Harbour Lights" + " Hostel,", "Marlstone" + " Police Station with"): a proper noun phrase
// runs to its last capitalised word, "of" or "&" joining its words ("... Friends of Recovery"; not "for", which joins a
// person: "records from X for Jane Roe"; not "and", which lists places: "Boston and Springfield"). The run ends at a
// clause's punctuation or a lower-case word, never at a colon (the next field's label: "Employer: X Ltd Occupation:").
// A title, a month, a weekday or a function word among them (a sentence's first word, a person or a date after the
// place) leaves the span as it is.
const RUN_AFTER = /^(?:[ \t](?:of|&)(?=[ \t][A-Z]))?(?:[ \t](?:(?:of|&)[ \t])?[A-Z][a-z'\u2019]+(?:-[A-Za-z][a-z'\u2019]+)*){1,3}(?=[ \t]*(?:[,.;)!?|\n]|$)|[ \t]+[a-z])/;
// A specialty after an institution names its department, not the place ("Saint Ridge Clinic Cardiology", "... Cardiac
// Surgery Service"), wherever it stands in the run.
const SPECIALTY = /(?:ology|iatry|iatrics|p(?:a)?edics|surgery|medicine)$/i;
// An organisation's head word closes its name even when the lexicon lists it as a ward ("... Mental Health Team", "... Hospice").
const RUN_HEAD = new RegExp(`^(?:${ORG_HEAD}|Team|Unit)$`);
const RUN_STOPS = ('sister nurse the a an and or but of in at on to for from with by he she they we it his her their this that please then no not ' +
  'yes also seen jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec ' +
  'december mon monday tue tues tuesday wed wednesday thu thurs thursday fri friday sat saturday sun sunday today tomorrow yesterday').split(' ');
const NOT_IN_RUN = new RegExp(`^(?:${TITLE_WORDS}|${RUN_STOPS.join('|')})$`, 'i');
const UNIT = /^(?:Apt|Apartment|Suite|Ste|Unit|Flat|Room|Rm|Floor|Fl|Bldg|Building|Lot|Space|Trlr|#)\.?[ \t]*#?[ \t]*[A-Za-z]?\d+[A-Za-z]?$/i;

/** Grow a place over the generic words of its name on either side ("Mount", "Falls", "St."), and join an initial to its name. */
function placeWords(spans: readonly PhiSpan[], text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  for (const s0 of spans) {
    let s = s0;
    if (s.type === 'NAME' && /[a-z][ \t][A-Z]$/.test(text.slice(s.start, s.end)) && text[s.end] === '.') {
      // A name ending on an initial keeps its full stop ("Tomas R." of "Tomas R. missed"): it is part of the initial.
      s = { ...s, end: s.end + 1 };
    }
    if (s.type === 'NAME' && /^[A-Z][a-z]/.test(text.slice(s.start, s.start + 2))) {
      const ini = FIELD_INITIAL.exec(text.slice(Math.max(0, s.start - 8), s.start));
      if (ini) s = { ...s, start: s.start - ini[0].length + ini[0].indexOf(ini[1] as string) };
    }
    if (s.type === 'NAME' && /^[A-Z][a-z]/.test(text.slice(s.start, s.start + 2))) {
      const p = PARTICLES_BEFORE.exec(text.slice(Math.max(0, s.start - 14), s.start));
      if (p) s = { ...s, start: s.start - p[0].length };
    }
    if (s.type === 'NAME') {
      // Seventeenth session: a double-barrelled surname is one name: a capitalised part joined by a hyphen to a found name
      // belongs to it ("Vane-[Tempest]", "[Bassi]-Sekhri"), whichever part a reader found.
      const right = /^-[A-Z][a-z'\u2019]+(?![A-Za-z\-])/.exec(text.slice(s.end, s.end + 30));
      const left = /(?<![A-Za-z'\u2019\-])[A-Z][a-z'\u2019]+-$/.exec(text.slice(Math.max(0, s.start - 30), s.start));
      if ((right || left) && /[a-z]/.test(text.slice(s.start, s.end))) s = { ...s, start: s.start - (left?.[0].length ?? 0), end: s.end + (right?.[0].length ?? 0) };
      // Particles and the name after them, or the name after a span that ends on a particle; else a place word.
      const after = text.slice(s.end, s.end + 40);
      const tail = PARTICLE_TAIL.exec(after) ?? (ENDS_ON_PARTICLE.test(text.slice(s.start, s.end)) ? NEXT_NAME_WORD.exec(after) : null);
      const a = tail ? null : NAME_TO_PLACE.exec(after.slice(0, 14));
      if (tail) s = { ...s, end: s.end + tail[0].length };
      else if (a) s = { ...s, end: s.end + a[0].length, type: 'LOCATION' };
    } else if (s.type === 'LOCATION') {
      const b = PLACE_BEFORE.exec(text.slice(Math.max(0, s.start - 8), s.start)) ?? HEAD_OF_BEFORE.exec(text.slice(Math.max(0, s.start - 26), s.start)) ??
        (/^\d/.test(text.slice(s.start, s.start + 1)) ? UNIT_BEFORE.exec(text.slice(Math.max(0, s.start - 12), s.start)) : null);
      const a = PLACE_AFTER.exec(text.slice(s.end, s.end + 14));
      const start = b ? s.start - b[0].length + (/^[A-Za-z]/.test(b[0]) ? 0 : 1) : s.start;
      // A full stop after a street word ends the sentence unless the word is an abbreviation ("St.", "Rd.").
      const end = a ? s.end + a[0].length : s.end;
      if (start !== s.start || end !== s.end) s = { ...s, start, end };
    }
    const last = out[out.length - 1];
    // Thirteenth pass: a secondary unit and its street are one address ("Flat 3, 21 Carnegie Street", "300 Mill Pond
    // Road, Suite 210"; USPS Publication 28's unit designators): the comma between them is inside the identifier.
    // Seventeenth pass: the street may carry a ZIP its town brought in ("Apt 4C, 1120 Fifth Avenue, New York, NY 10128").
    const street = s.type === 'LOCATION' || (s.type === 'ZIP' && /^\d/.test(text.slice(s.start, s.start + 1)));
    if (last && last.type === 'LOCATION' && street && /^,[ \t]{1,2}$/.test(text.slice(last.end, s.start)) &&
      (UNIT.test(text.slice(last.start, last.end)) || UNIT.test(text.slice(s.start, s.end))) && /\d/.test(text.slice(last.start, s.end))) {
      out[out.length - 1] = { ...last, end: Math.max(last.end, s.end) };
      continue;
    }
    // Thirteenth pass: a nickname in quotes inside a name is part of it ('Robert "Bobby" Kowalczyk').
    if (last && last.type === 'NAME' && s.type === 'NAME' && (/^[ \t]["\u201c]$/.test(text.slice(last.end, s.start)) && /^["\u201d][ \t][A-Z]/.test(text.slice(s.end, s.end + 3)) ||
      /^["\u201d][ \t]$/.test(text.slice(last.end, s.start)) && /[A-Za-z][ \t]["\u201c][A-Z]/.test(text.slice(last.start, last.end)))) {
      out[out.length - 1] = { ...last, end: s.end };
      continue;
    }
    if (last && last.type === 'NAME' && s.type === 'NAME' && last.end - last.start === 1 && /^[A-Z]$/.test(text.slice(last.start, last.end)) && INITIAL_GAP.test(text.slice(last.end, s.start)) && /[a-z]/.test(text.slice(s.start, s.end))) {
      out[out.length - 1] = { ...last, end: s.end };
      continue;
    }
    out.push(s);
  }
  return out;
}

function tail(text: string, s: PhiSpan, re: RegExp): number {
  const m = re.exec(text.slice(s.end, s.end + 80));
  if (!m) return s.end;
  // A full stop after the head word ends the sentence more often than it abbreviates.
  return s.end + m[0].replace(/(?<!\bhosp|\bctr)\.$/i, '').length;
}

/**
 * The end of the capitalised words that close a place's clause after `end` (`RUN_AFTER`), or `end`. A clinical word
 * among them other than an organisation's head (the lexicon's drugs, tests, abbreviations and medical words: "Boston
 * Metoprolol Held", "Springfield Hospital Lasix Given", "... Cath Lab") says the clause goes on about care, not the place.
 */
function properRun(text: string, end: number, lex: Lexicon): number {
  const m = RUN_AFTER.exec(text.slice(end, end + 60));
  const words = m?.[0].split(/[ \t]/).filter((w) => w !== '' && !/^(?:of|&)$/.test(w)) ?? [];
  const clinical = (w: string): boolean => SPECIALTY.test(w) || (!RUN_HEAD.test(w) && clinicalWord(lex, w));
  // Generic words alone after a place name a kind of place there ("Baltimore Rehab"), which the gold leaves readable.
  if (!m || words.some((w) => NOT_IN_RUN.test(w) || clinical(w)) || words.every((w) => GENERIC.has(w.toLowerCase()))) return end;
  return end + m[0].length;
}

// A span ending on an organisation modifier (`extendSpans`); built once, not per span.
const OPEN_MODIFIER = new RegExp(`${ORG_MODIFIER}$`, 'i');

/**
 * Grow LOCATION spans over organisation words, an institution's name parts (`institution-edges.ts`), a state's name, a
 * house number after the street and the capitalised words closing their clause, NAME spans over an abbreviated given
 * name, a patronymic word (`name-edges.ts`) and a suffix (Jr., III). `lex` tells the clinical words that end a place's
 * run.
 */
export function extendSpans(spans: readonly PhiSpan[], text: string, lex: Lexicon): PhiSpan[] {
  return nameEdges(institutionEdges(houseNumberEdges(placeWords(spans, text), text), text, lex), text, lex).map((s) => {
    if (s.type === 'LOCATION') {
      // A span that ends on a modifier ("general", "Memorial") lacks its head word in any case: "the general hospital".
      const openModifier = OPEN_MODIFIER.test(text.slice(s.start, s.end));
      let end = tail(text, s, openModifier ? ORG_TAIL_ANY_CASE : ORG_TAIL);
      if (/Hospitals?$/.test(text.slice(s.start, end))) end = tail(text, { ...s, end }, ORG_FOR);
      if (/(?:Hospitals?|Cent(?:er|re)|Clinics?|Medicine|Pediatrics|Paediatrics|Practice|Group|Associates|Partners|Health|Care|Services|[A-Z][a-z]+s)['\u2019]?$/.test(text.slice(s.start, end))) end = tail(text, { ...s, end }, ORG_LEGAL);
      // Thirteenth pass: a secondary unit after a street with its house number ("88 Maple Ave, Unit 3").
      if (/^\d/.test(text.slice(s.start, s.start + 1))) end = Math.max(end, tail(text, { ...s, end }, UNIT_AFTER));
      end = Math.max(end, tail(text, { ...s, end }, STATE_AFTER));
      if (end === s.end && /[a-z]/.test(text.slice(s.start, s.end))) end = properRun(text, end, lex);
      return end > s.end ? { ...s, end } : s;
    }
    if (s.type === 'NAME') {
      const m = NAME_SUFFIX.exec(text.slice(s.end, s.end + 8));
      return m ? { ...s, end: s.end + m[0].length } : s;
    }
    return s;
  });
}
