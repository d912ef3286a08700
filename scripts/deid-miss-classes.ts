/**
 * Content-free classes of a gold set's misses (issue 14, session 30): for every gold PHI not covered whole, counts by
 * type of how it was missed (untouched, or which edge a partial span left out) and of its shape (script, digits,
 * words, letter case, where it sits on its line, what stands before it); for every reported span that reaches outside
 * gold, counts by type of whether it overran a gold PHI or stood alone, in PHI texts and PHI-free ones. Only counts
 * are printed, never text, so the lead may run it on a gate set and hand the table to engineers: it says which kinds
 * of miss the unread data holds without showing one of them. The classes were fixed before its first run on a gate set.
 * Session 32 added two facets for a miss on a labelled line: the kind of its label (by small generic English word
 * lists of what a field asks for, else the label's script) and how far after the label's colon it stands; and, for
 * every miss, the nearest gold PHI before it on its line (its type) and what lies between them.
 * Session 34 added four: the nearest span the detector itself found before it on its line (`found-before`: the rules a
 * context rule could lean on, where `previous` counts gold the detector may miss too), what stands just after it
 * (`after`), and the nearest gold and found span after it on its line (`next`, `found-after`).
 * Session 35 gave the reported spans that touch no gold the same facets (`false <kind>`), and counts each outside
 * kind's characters outside gold, since character precision is what those spans cost.
 * Session 40 added one line per set: the PHI-free texts it flags, counted by the kinds of span each holds and how many
 * (`flagged phi-free texts`), since a text leaves the issue's count only when every one of its spans goes; and, for a
 * false span, which mark stands beside it when that is punctuation (`mark-before`, `mark-after`: slash, pipe, dash,
 * bullet, semicolon, quote or other, and `-spaced` when a space stands between), since a list's separator decides whether a list reader sees its items; and, for every miss and false span, which of the
 * detector's word lists hold its words (`lists`: given name, surname, place, clinical, eponym, English, medical, or
 * none), since two engineers guessed a false run's vocabulary from its shape and missed.
 *   node --import tsx scripts/deid-miss-classes.ts [--lexicons DIR|none] a.jsonl ...
 */
import { basename } from 'node:path';
import { coverage, detectPhiForPatient, extendLexicon, getDefaultLexicon, reportedSpansForPatient, type Lexicon } from '../src/privacy/deid/index.js';
import { foldAccents } from '../src/privacy/deid/fold.js';
import { checkGold, notesByPatient, readGoldNotes } from './deid-gold-notes.js';

type Counts = Map<string, number>;
const argv = process.argv.slice(2);
const lexAt = argv.indexOf('--lexicons');
const lexicon: Lexicon = lexAt >= 0 && argv[lexAt + 1] !== 'none' ? extendLexicon(argv[lexAt + 1] ?? '') : getDefaultLexicon();
const files = argv.filter((a, i) => a.endsWith('.jsonl') && argv[i - 1] !== '--lexicons');

const SCRIPTS: readonly [string, RegExp][] = [
  ['cjk', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u], ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u], ['arabic', /\p{Script=Arabic}/u], ['hebrew', /\p{Script=Hebrew}/u],
  ['indic', /[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Gujarati}\p{Script=Gurmukhi}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}]/u],
  ['thai', /\p{Script=Thai}/u],
];

/** The script class of a piece of text: the first non-Latin script it holds, else Latin with or without accents. */
function scriptClass(s: string): string {
  for (const [name, re] of SCRIPTS) if (re.test(s)) return name;
  return /[^\p{ASCII}]/u.test(s) && /\p{L}/u.test(s.replace(/\p{ASCII}/gu, '')) ? 'latin-accented' : 'latin-ascii';
}

/** Digits, letters or both. */
const digitClass = (s: string): string => (/\d/.test(s) ? (/\p{L}/u.test(s) ? 'letters+digits' : 'digits') : 'letters');

/** How many words (runs without space). */
const wordClass = (s: string): string => { const n = s.split(/\s+/).filter(Boolean).length; return n >= 4 ? '4+' : String(n); };

/** Letter case of its words: every lettered word capitalised, one in capitals throughout, or a lower-case word. */
function caseClass(s: string): string {
  const words = s.split(/[\s\-/]+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return 'no-letters';
  if (words.some((w) => /^\p{Ll}/u.test(w))) return 'has-lower-word';
  if (words.some((w) => w.length > 1 && w === w.toUpperCase() && /\p{Lu}/u.test(w))) return 'has-caps-word';
  return /\p{Lu}/u.test(s) ? 'capitalised' : 'caseless';
}

/** Where the line holding `start` begins, and its text before `start`. */
function lineBefore(text: string, start: number): { readonly lineStart: number; readonly before: string } {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return { lineStart, before: text.slice(lineStart, start) };
}

/** Where it sits: first on its line, after a colon on its line, or inside running text. */
function placeClass(text: string, start: number): string {
  const { before } = lineBefore(text, start);
  if (before.trim() === '') return 'line-start';
  if (/:\s*$/.test(before)) return 'after-colon';
  return before.includes(':') ? 'line-with-label' : 'running';
}

/** What stands just before it: a lower-case word, a capitalised word, a number, punctuation, or nothing on its line. */
function beforeClass(text: string, start: number): string {
  const m = /(\S+)\s*$/.exec(text.slice(Math.max(0, start - 40), start).split('\n').pop() ?? '');
  const w = m?.[1] ?? '';
  if (w === '') return 'nothing';
  if (/^\p{Ll}/u.test(w)) return 'lower-word';
  if (/^\p{Lu}/u.test(w)) return 'capital-word';
  if (/^\d/.test(w)) return 'number';
  return /\p{L}/u.test(w) ? 'other-letter-word' : 'punctuation';
}

/** Generic field words by what a field asks for (session 32, English; session 33 added the same field words of the
 * letters' other languages, as a form in French, Spanish, Portuguese, Italian, German, Dutch, Scandinavian, Polish,
 * Czech, Romanian, Turkish, Indonesian, Vietnamese, Russian and Greek prints them; dictionary words, not from any gate
 * text). Matched on the label with its accents folded; a label holding one is classed by the first kind that matches,
 * else by its script. */
const LABEL_KINDS: readonly [string, RegExp][] = [
  ['person', /(?<![\p{L}\p{N}])(?:фамилия|имя|отчество|ф\.?и\.?о|пациент|врач|όνομα|επώνυμο|ασθενής|ιατρός|nom|prenom|nombre|apellidos?|nome|cognome|sobrenome|vorname|nachname|naam|navn|namn|imie|nazwisko|jmeno|prijmeni|nume|prenume|ad|soyad|soyadi|nama|ten|ho ten|medecin|medico|arzt|arztin|lekarz|lekar|doktor|paciente|patiente?|pacjent|pacient|hasta|bac si|enfermer[oa]|infirmiere?|pfleger|familiar|angehorige|esposa|marido|madre|padre|mere|pere|mutter|vater|name|names|patient|pt|doctor|dr|physician|nurse|gp|consultant|surgeon|clinician|author|signed|by|from|to|cc|attn|contact|kin|relative|mother|father|parent|spouse|wife|husband|son|daughter|guardian|carer|caregiver|witness|referrer|referred|provider|attending|resident|therapist|pharmacist|midwife|interpreter)(?![\p{L}\p{N}])/iu],
  ['place', /(?<![\p{L}\p{N}])(?:адрес|город|село|место|больница|клиника|διεύθυνση|πόλη|νοσοκομείο|κλινική|adresse|direccion|domicilio|endereco|morada|indirizzo|residenza|anschrift|wohnort|adres|adresa|adresi|alamat|dia chi|ciudad|ville|cidade|citta|stadt|miasto|mesto|oras|sehir|kota|pais|pays|paese|land|kraj|ulke|negara|hopital|hospital|ospedale|krankenhaus|ziekenhuis|szpital|nemocnice|spital|hastane|rumah sakit|benh vien|clinique|clinica|klinik|kliniek|lieu|lugar|luogo|ort|plaats|miejsce|misto|loc|yer|tempat|address|addr|street|road|city|town|village|county|state|province|region|district|country|location|place|residence|home|lives|site|facility|hospital|clinic|centre|center|institution|ward|unit|department|dept|practice|surgery|school|employer|workplace|born|birthplace|destination|origin|venue|via|transfer|transferred|admitted|discharged|postcode|zip)(?![\p{L}\p{N}])/iu],
  ['date', /(?<![\p{L}\p{N}])(?:дата|рождения|поступления|выписки|ημερομηνία|γέννησης|fecha|data|datum|dato|datum|tarih|tanggal|ngay|nacimiento|naissance|nascimento|nascita|geburt|geboren|geboortedatum|urodzenia|narozeni|nasterii|dogum|lahir|ngay sinh|ingreso|entree|ingresso|aufnahme|opname|przyjecia|prijeti|internare|yatis|masuk|nhap vien|alta|sortie|entlassung|ontslag|wypisu|propusteni|externare|taburcu|keluar|ra vien|date|dob|born|birth|admission|admitted|discharge|seen|visit|dated|on|when|time|year|day|month)(?![\p{L}\p{N}])/iu],
  ['id', /(?<![\p{L}\p{N}])(?:номер|полис|αριθμός|numero|nummer|numer|cislo|nr|nro|no|n|num|so|ma|kod|codigo|code|codice|kode|dossier|expediente|historia|prontuario|cartella|akte|kartoteka|id|no|nr|number|num|mrn|ref|reference|account|acct|policy|plan|member|licen[cs]e|registration|reg|serial|device|plate|vin|ssn|nhs|code|#)(?![\p{L}\p{N}])/iu],
  ['contact', /(?<![\p{L}\p{N}])(?:телефон|тел|τηλέφωνο|τηλ|telefono|telefone|telephone|telefon|tel|movil|celular|portable|cellulare|handy|gsm|telpon|dien thoai|correo|courriel|posta|phone|tel|telephone|mobile|cell|fax|email|e-mail|mail|web|url|website|ip)(?![\p{L}\p{N}])/iu],
];

/** The kind of label a miss on a labelled line stands under: the text between its line's last colon and the one before
 * (or the line start), classed by what it asks for; or `no-label` when no colon precedes it on its line. */
function labelClass(text: string, start: number): string {
  const { before } = lineBefore(text, start);
  const colon = before.lastIndexOf(':');
  if (colon < 0) return 'no-label';
  const head = before.slice(0, colon);
  const label = head.slice(Math.max(head.lastIndexOf(':'), head.search(/[^.;|•\t]*$/) - 1) + 1).slice(-40);
  const folded = foldAccents(label);
  for (const [kind, re] of LABEL_KINDS) if (re.test(folded)) return kind;
  // A "label" of more than three words or with a comma is a heading or a sentence before a colon, not a field's name
  // (session 33: on read letters most unknown labels were titles such as a setting and its place).
  if (/,/.test(label) || label.trim().split(/\s+/).length > 3) return `heading-${scriptClass(label)}`;
  // One to three words each opening in capitals and naming no field: a place, a name or a title set before a colon.
  if (/^(?:\p{Lu}[\p{L}\p{M}'’.-]*\s*)+$/u.test(label.trim())) return `capitalised-${scriptClass(label)}`;
  return `other-${scriptClass(label)}`;
}

/** How far after its label's colon a miss on a labelled line stands: the first value, within three words, or later. */
function fieldClass(text: string, start: number): string {
  const { before } = lineBefore(text, start);
  const colon = before.lastIndexOf(':');
  if (colon < 0) return 'no-label';
  const n = before.slice(colon + 1).split(/\s+/).filter(Boolean).length;
  return n === 0 ? 'first-value' : n <= 3 ? 'within-3-words' : 'later-in-field';
}

type Span = { readonly start: number; readonly end: number; readonly type: string };

/** What lies between a miss and a neighbouring span on its line: a comma, a semicolon or stop, space, up to three
 * words, or more. */
function gapClass(gap: string): string {
  const words = gap.split(/\s+/).filter((w) => /\p{L}|\d/u.test(w)).length;
  return words === 0 ? (/[;.]/.test(gap) ? 'stop' : /,/.test(gap) ? 'comma' : 'space') : words <= 3 ? 'words-1-3' : 'words-4+';
}

/** The nearest span before a miss on its line (gold PHI, or what the detector found), by type, and what lies between;
 * `none` when no such span precedes it on its line. Spans that overlap the miss are not neighbours. */
function previousClass(text: string, spans: readonly Span[], start: number): string {
  const { lineStart } = lineBefore(text, start);
  let prev: Span | undefined;
  for (const g of spans) if (g.end <= start && g.end > lineStart && (!prev || g.end > prev.end)) prev = g;
  return prev ? `${prev.type}+${gapClass(text.slice(prev.end, start))}` : 'none';
}

/** The nearest span after a miss on its line, by type, and what lies between; `none` when none follows on its line. */
function nextClass(text: string, spans: readonly Span[], end: number): string {
  const lineEnd = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
  let next: Span | undefined;
  for (const g of spans) if (g.start >= end && g.start < lineEnd && (!next || g.start < next.start)) next = g;
  return next ? `${next.type}+${gapClass(text.slice(end, next.start))}` : 'none';
}

/** What stands just after a miss: the line's end, a comma, colon, stop or bracket, a lower-case or capitalised word,
 * or a number. */
function afterClass(text: string, end: number): string {
  const rest = (text.slice(end, end + 40).split('\n')[0] ?? '').trimStart();
  if (rest === '') return 'line-end';
  const c = rest[0] ?? '';
  if (c === ',') return 'comma';
  if (c === ':') return 'colon';
  if (/[.;]/.test(c)) return 'stop';
  if (/[()[\]]/.test(c)) return 'bracket';
  if (/\p{Ll}/u.test(c)) return 'lower-word';
  if (/\p{Lu}/u.test(c)) return 'capital-word';
  if (/\d/.test(c)) return 'number';
  return /\p{L}/u.test(c) ? 'other-letter-word' : 'punctuation';
}

/** Untouched, or which parts of it a partial span left out (L left edge, R right edge, I inside). */
function statusClass(text: string, g: { readonly start: number; readonly end: number }, cov: Uint8Array, lenient: boolean): string {
  if (!lenient) return 'untouched';
  let a = g.start; while (a < g.end && !cov[a]) a++;
  let b = g.end; while (b > a && !cov[b - 1]) b--;
  const left = /\p{L}|\d/u.test(text.slice(g.start, a)), right = /\p{L}|\d/u.test(text.slice(b, g.end));
  let inside = false;
  for (let i = a; i < b; i++) if (!cov[i] && /\p{L}|\d/u.test(text[i] ?? '')) inside = true;
  return `partial-${[left && 'L', right && 'R', inside && 'I'].filter(Boolean).join('') || 'other'}`;
}

/** The word lists of the lexicon that hold a span's words (lower case, accents folded), joined ("first+surname"), or
 * `none` when no list holds any of them. */
function listClass(s: string): string {
  const lists: [string, ReadonlySet<string>][] = [['first', lexicon.firstNames], ['surname', lexicon.surnames], ['place', lexicon.places],
    ['clinical', lexicon.clinical], ['eponym', lexicon.eponyms], ['english', lexicon.common], ['medical', lexicon.medical]];
  const words = foldAccents(s).toLowerCase().split(/[^\p{L}\p{N}'-]+/u).filter((w) => /\p{L}/u.test(w));
  const held = lists.filter(([, set]) => words.some((w) => set.has(w))).map(([k]) => k);
  return held.length ? held.join('+') : 'none';
}

/** The kind of a punctuation mark beside a false span (a letter, digit or nothing is `none`; comma, colon, stop and
 * bracket have their own classes in `before` / `after`). */
function markClass(c: string, spaced: boolean): string {
  const k = markKind(c);
  return k === 'none' || !spaced ? k : `${k}-spaced`;
}

/** A punctuation mark's kind for `markClass`. */
function markKind(c: string): string {
  if (c === '' || /[\p{L}\p{N},:.()[\]]/u.test(c)) return 'none';
  if (/[/\\]/.test(c)) return 'slash';
  if (c === '|' || c === '¦') return 'pipe';
  if (/\p{Pd}/u.test(c)) return 'dash';
  if (/[·•∙‧◦▪●]/u.test(c)) return 'bullet';
  if (c === ';' || c === '；') return 'semicolon';
  if (/[\p{Pi}\p{Pf}"'`]/u.test(c)) return 'quote';
  return 'other';
}

/** The same content-free facets for a span the detector reported that touches no gold (session 35: letters31's
 * character precision was .69, nearly all of it NAME spans standing alone, and the table said nothing of their shape). */
function describeFalse(text: string, p: Span, pred: readonly Span[], add: (facet: string, value: string) => void): void {
  const s = text.slice(p.start, p.end);
  add('missed', 'all');
  add('script', scriptClass(s));
  add('digits', digitClass(s));
  add('words', wordClass(s));
  add('case', caseClass(s));
  add('place', placeClass(text, p.start));
  add('before', beforeClass(text, p.start));
  add('label', labelClass(text, p.start));
  add('field', fieldClass(text, p.start));
  add('after', afterClass(text, p.end));
  add('lists', listClass(s));
  const mb = /(\S)(\s*)$/u.exec(text.slice(Math.max(0, p.start - 8), p.start).split('\n').pop() ?? '');
  const ma = /^(\s*)(\S)/u.exec(text.slice(p.end, p.end + 8).split('\n')[0] ?? '');
  add('mark-before', markClass(mb?.[1] ?? '', (mb?.[2] ?? '') !== ''));
  add('mark-after', markClass(ma?.[2] ?? '', (ma?.[1] ?? '') !== ''));
  const others = pred.filter((q) => q !== p);
  add('found-before', previousClass(text, others, p.start));
  add('found-after', nextClass(text, others, p.end));
}

const bump = (m: Counts, k: string): void => { m.set(k, (m.get(k) ?? 0) + 1); };
const sorted = (m: Counts): Record<string, number> => Object.fromEntries([...m].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])));

/** A flagged PHI-free text's class: the kinds of its spans with their counts ("NAME 2 + YEAR 1"). */
function flaggedKinds(pred: readonly Span[]): string {
  const kinds: Counts = new Map();
  for (const p of pred) bump(kinds, p.type);
  return [...kinds].sort((x, y) => x[0].localeCompare(y[0])).map(([k, v]) => `${k} ${v}`).join(' + ');
}

/** Counts one set's misses by type and class, and its outside spans by type and kind. */
function classify(file: string): string {
  const byType = new Map<string, Map<string, Counts>>();
  const outside: Counts = new Map();
  const outsideChars: Counts = new Map();
  const flaggedFree: Counts = new Map();
  const add = (type: string, facet: string, value: string): void => {
    const t = byType.get(type) ?? new Map<string, Counts>();
    byType.set(type, t);
    const f = t.get(facet) ?? new Map<string, number>();
    t.set(facet, f);
    bump(f, value);
  };
  for (const [, list] of notesByPatient(readGoldNotes(file, []))) {
    const spans = reportedSpansForPatient(detectPhiForPatient(list.map((n) => n.text), { lexicon }));
    list.forEach((n, k) => {
      const pred = spans[k] ?? [];
      const { mask: gold, misses } = checkGold(n.text, n.gold, pred);
      const cov = coverage(n.text, pred);
      if (!n.gold.length && pred.length) bump(flaggedFree, flaggedKinds(pred));
      for (const { g, lenient } of misses) {
        const s = n.text.slice(g.start, g.end);
        add(g.type, 'missed', 'all');
        add(g.type, 'status', statusClass(n.text, g, cov, lenient));
        add(g.type, 'script', scriptClass(s));
        add(g.type, 'digits', digitClass(s));
        add(g.type, 'words', wordClass(s));
        add(g.type, 'case', caseClass(s));
        add(g.type, 'place', placeClass(n.text, g.start));
        add(g.type, 'before', beforeClass(n.text, g.start));
        add(g.type, 'label', labelClass(n.text, g.start));
        add(g.type, 'field', fieldClass(n.text, g.start));
        add(g.type, 'previous', previousClass(n.text, n.gold, g.start));
        add(g.type, 'found-before', previousClass(n.text, pred, g.start));
        add(g.type, 'after', afterClass(n.text, g.end));
        add(g.type, 'lists', listClass(s));
        add(g.type, 'next', nextClass(n.text, n.gold, g.end));
        add(g.type, 'found-after', nextClass(n.text, pred, g.end));
      }
      for (const p of pred) {
        let out = false, overlaps = false;
        for (let i = p.start; i < p.end; i++) {
          if (gold[i]) overlaps = true;
          else if (!/[\s.,;:()]/.test(n.text[i] ?? '')) out = true;
        }
        if (!out) continue;
        const kind = `${n.gold.length ? 'phi-text' : 'phi-free-text'} ${p.type} ${overlaps ? 'overrun' : 'alone'}`;
        bump(outside, kind);
        let chars = 0;
        for (let i = p.start; i < p.end; i++) if (!gold[i] && !/\s/.test(n.text[i] ?? '')) chars++;
        outsideChars.set(kind, (outsideChars.get(kind) ?? 0) + chars);
        if (!overlaps) describeFalse(n.text, p, pred, (facet, value) => add(`false ${kind}`, facet, value));
      }
    });
  }
  const lines = [`${basename(file)}: strict misses by type and class`];
  for (const [t, facets] of [...byType].sort()) {
    lines.push(`  ${t} ${facets.get('missed')?.get('all') ?? 0}`);
    for (const [f, c] of facets) if (f !== 'missed') lines.push(`    ${f}: ${Object.entries(sorted(c)).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
  lines.push(`  spans reaching outside gold: ${Object.entries(sorted(outside)).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  lines.push(`  flagged phi-free texts by the kinds they hold: ${Object.entries(sorted(flaggedFree)).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  lines.push(`  their characters outside gold: ${Object.entries(sorted(outsideChars)).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  return lines.join('\n');
}

for (const file of files) process.stdout.write(`${classify(file)}\n`);
