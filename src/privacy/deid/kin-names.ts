/**
 * A relative named right after the kin noun of another language (issue 14, thirty-seventh pass): "syn Velunka;",
 * "filha Quorvash;", "supruga Oderino, tel. ...", "annesi Brivenna;", "suami Velunka;", "dochter Quorvash tel ...". English
 * kin nouns are read by words.ts ("son Hunter", "daughter Oderino;"); the letters written in other Latin-script
 * languages put the same slot before a name with their own nouns, and there the name is often a word no list holds in
 * a text whose other words no English list holds either, so the safe-list test (which stands back in such text) says
 * nothing. The nouns are the Wiktionary translations of son, daughter, wife, husband, mother, father, brother, sister,
 * grandson and granddaughter (and Turkish's possessed forms, "annesi" = her or his mother), in the languages of the
 * read letters, written as the detector reads them (accents folded: "córka" is "corka", "hči" "hci"). Left out: the
 * forms that are English words or that other languages use for something else before a proper name ("son", "man",
 * "far", "sin", "brat"; Polish "żona" is Spanish and Italian "zona", an area before its name) and German, whose
 * capitalised nouns would stand in the name's place.
 * The slot: the kin noun, one or two blanks, one or two capitalised words (a given name, perhaps its surname), then the
 * end of the entry: punctuation, a bracket, a line's end, a number (an age, a phone) or a phone word. Each word must read
 * as a name after a cue (`cuedWord`: no clinical word, eponym, role or function word), be no English or medical word
 * that no name list holds ("Grace" stays a name, "Diabetes" a word), and no country, language or kin noun, nor a place
 * that no given-name list holds. A kin noun that a list holds (a name: "irma", "isa"; a word: "mere", "padre", "mama";
 * a clinical shorthand: "ibu", "fils") counts only written in lower case, as mid-sentence nouns of these languages are.
 * Mixed-case text only, where the capital marks the name. Pure; one regex pass.
 */
import { countryOrLanguage } from './countries.js';
import { cuedWord } from './cue-names.js';
import { IN_COMMON, IN_FIRST, IN_MEDICAL, IN_SURNAMES, IN_WORD_LISTS, wordFlags, type Lexicon } from './lexicon.js';
import type { CaseMode } from './letter-case.js';
import type { PushSpan as Push } from './types.js';

// Wiktionary translations of the kin nouns, by language (folded spelling).
const KIN_WORDS = [
  // Dutch, French, Spanish, Portuguese, Italian.
  'zoon dochter echtgenote echtgenoot moeder vader broer zus zuster kleinzoon kleindochter',
  'fils fille epouse epoux mari mere pere frere soeur petit-fils petite-fille',
  'hijo hija esposa esposo marido madre padre hermano hermana nieto nieta',
  'filho filha mae pai irmao irma neto neta',
  'figlio figlia moglie marito fratello sorella',
  // Polish, Czech and Slovak, Slovene, Bosnian-Croatian-Montenegrin-Serbian.
  'syn corka maz matka ojciec siostra wnuk wnuczka',
  'dcera manzelka manzel otec sestra vnuk vnucka',
  'hci zena moz mati oce',
  'kci kcerka cerka supruga suprug majka otac unuk unuka',
  // Turkish (possessed forms), Indonesian and Malay, Romanian, Hungarian (possessed forms).
  'oglu kizi annesi babasi esi kardesi torunu',
  'suami istri isteri anak ibu ayah bapak adik kakak cucu',
  'fiul fiica sotia sotul tatal fratele sora',
  'fia lanya felesege ferje anyja apja',
  // Swedish, Norwegian and Danish, Finnish, Albanian, Maori, Swahili; "mama", which many of them share.
  'dotter datter hustru kone maka bror syster soster',
  'poika tytar vaimo aviomies aiti isa',
  'djali vajza gruaja burri nena babai',
  'tamahine mokopuna whaea',
  'mwana binti mke mume mama baba',
].join(' ').split(' ');
const KIN = new Set(KIN_WORDS);

// One slot per lexicon: which kin nouns a list holds (and so count in lower case only) depends on the lists loaded.
const kinSlots = new WeakMap<Lexicon, RegExp>();

/** The slot's regex, built once per lexicon on first use (a listed kin noun in lower case only). */
function slot(lex: Lexicon): RegExp {
  const built = kinSlots.get(lex);
  if (built) return built;
  const forms = KIN_WORDS.map((w) => (wordFlags(lex, w) & (IN_WORD_LISTS | IN_FIRST | IN_SURNAMES)) !== 0 ? w : `[${w[0]}${(w[0] ?? '').toUpperCase()}]${w.slice(1)}`);
  const word = String.raw`[A-Z][a-z]+(?:['\-][A-Z]?[a-z]+)*`;
  // A word boundary, not a look-behind, opens the slot (half the time on the read letters: the engine runs the lists' first
  // letters ahead); a kin noun after a hyphen or an apostrophe is left out in the loop instead.
  const re = new RegExp(String.raw`\b(?:${forms.join('|')})[ \t]{1,2}(${word}(?:[ \t]${word})?)` +
    String.raw`(?=[ \t]*(?:[,.;:()\[\]/|]|\r?\n|$|[+\d]|-[ \t]|(?:tel|tlf|telf|telefon|telefone|telefono|tfno|cel|hp|mob|nr|no)\b))`, 'g');
  kinSlots.set(lex, re);
  return re;
}

/** Whether a capitalised word after a kin noun reads as a person's name (see the module comment). */
function nameAfterKin(raw: string, lex: Lexicon): boolean {
  const w = raw.toLowerCase();
  if (!cuedWord(raw, lex, 'mixed') || KIN.has(w) || countryOrLanguage(raw)) return false;
  // An English or medical word (a family history's "madre Diabetes.") unless a name list holds it ("hija Grace").
  if ((wordFlags(lex, w) & (IN_COMMON | IN_MEDICAL)) !== 0 && !lex.firstNames.has(w) && !lex.surnames.has(w)) return false;
  return !lex.places.has(w) || lex.firstNames.has(w);
}

/** Push NAME spans for the relatives named after another language's kin noun, in a mixed-case note. */
export function detectKinNames(text: string, lex: Lexicon, push: Push, mode: CaseMode): void {
  if (mode !== 'mixed') return;
  const re = slot(lex);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m.index > 0 && /['\-]/.test(text[m.index - 1] ?? '')) continue;
    const run = m[1] ?? '';
    const start = m.index + m[0].length - run.length;
    const words = run.split(/[ \t]/);
    // The first word must be a name; a second that is none (a place, a word of the sentence) is left out.
    if (!nameAfterKin(words[0] ?? '', lex)) continue;
    const end = words.length === 2 && nameAfterKin(words[1] ?? '', lex) ? start + run.length : start + (words[0] ?? '').length;
    push(start, end, 'NAME');
  }
}
