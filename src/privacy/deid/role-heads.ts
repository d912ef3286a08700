/**
 * A role or relation noun opening a name span is no part of the name (issue 14, twenty-sixth pass, over-redaction): the
 * role or relation written before a person at a sentence's or a field's start ("Carer Jovita.", "Physio Ruo Pestana",
 * "Applicant Theodore K.", "niece Tamsan V.") is taken into the span by the rules that read runs of capitalised words,
 * while every gold convention marks the person alone. The word must be a noun that names a person by role or relation
 * (English grammar; the person slots' `ROLE_WORDS` and the nouns below), on no given-name or surname list ("Porter"
 * stays), and no honorific, rank or term of address: titles stay inside a full name's span (a decision in
 * docs/privacy.md), and "Aunty", "Captain", "Sister" or "Judge" before a name are used as titles.
 */
import type { Lexicon } from './lexicon.js';
import { particleTest } from './particles.js';
import { ROLE_WORDS } from './people-slots.js';
import { opensWithPlaceKind } from './subdivisions.js';
import { TITLE_WORDS } from './titles.js';
import type { PhiSpan } from './types.js';

// Nouns naming a person by role, relation or party to a document (general English; no name is among them).
const PERSON_NOUNS = 'patient client resident child baby infant toddler boy girl student pupil carer caregiver physio ' +
  'physiotherapist sonographer radiographer midwife therapist dietitian pharmacist keyworker paramedic technician ' +
  'audiologist orthoptist optometrist podiatrist phlebotomist chaplain interpreter claimant applicant employee insured ' +
  'proband donor recipient caller visitor son daughter wife husband partner sibling niece nephew grandson granddaughter ' +
  'grandchild cousin neighbour neighbor friend guardian';
const ROLES: ReadonlySet<string> = new Set([...ROLE_WORDS.toLowerCase().split('|'), ...PERSON_NOUNS.split(' ')].filter((w) => /^[a-z]+$/.test(w)));

/** Whether a lower-case word is a noun naming a person by role or relation (the list above; plural-heads.ts asks it too). */
export const personNoun = (w: string): boolean => ROLES.has(w);

// Honorifics, ranks, offices and terms of address that English writes before a name as its title: the shared titles
// (`titles.ts`) and the words below.
const TITLE_LIKE = new Set([...TITLE_WORDS.split('|'), ...('doctor professor sir dame lady lord madam madame mme mister master ' +
  'rev reverend father fr pastor imam rabbi sheikh bishop deacon elder brother sister matron nurse aunt aunty auntie uncle ' +
  'mama mum mom papa pa ma dad nana nan gran granny grandma grandpa baba lola lolo chief judge justice coach ' +
  'captain capt major maj colonel col lieutenant lt sergeant sgt corporal cpl private pte general commander cdr admiral ' +
  'officer constable inspector detective sheriff agent president senator governor mayor councillor herr frau don dona ' +
  'senor senora sri shri smt mdm king queen prince princess saint st').split(' ')]);

/** Whether a lower-case word names a person by role or relation, or is a title or term of address (both lists above). */
export const roleOrTitle = (w: string): boolean => ROLES.has(w) || TITLE_LIKE.has(w);

// The first word of a span, a space, then a capitalised word the span goes on with.
const HEAD = /^([A-Za-z][a-z]+)[ \t]+(?=[A-Z])/;

/** NAME spans without a role or relation noun at their start (see the module header); other spans as they are. */
export function trimRoleHeads(spans: readonly PhiSpan[], text: string, lex: Lexicon, mixed: boolean): PhiSpan[] {
  if (!mixed) return [...spans];
  return spans.map((s) => {
    if (s.type !== 'NAME') return s;
    const lowerHead = lowerCaseHead(text.slice(s.start, s.end), lex);
    if (lowerHead > 0) return { ...s, start: s.start + lowerHead };
    const m = HEAD.exec(text.slice(s.start, s.end));
    const w = m?.[1]?.toLowerCase() ?? '';
    if (!m || !ROLES.has(w) || TITLE_LIKE.has(w) || lex.firstNames.has(w) || lex.surnames.has(w)) return s;
    return { ...s, start: s.start + m[0].length };
  });
}

// Twenty-seventh pass: the words in lower case that open a span before its first capitalised word, one space apart.
const LOWER_HEAD = /^((?:[a-z][a-z'\u2019]*[ \t]){1,4})(?=[A-Z])/;
const PARTICLE = particleTest();

/**
 * How many characters of lower-case words open a name span before its first capitalised word, in a mixed-case note (0 when
 * none are to go). Latin-script orthography capitalises a proper name's words but its particles, so in a note that
 * uses capitals the lower-case words before a capitalised name are a role, a relation or a verb in any language
 * ("enfermeira Graca Cossa", "su hija Nieves", "je vous adresse Mme ...", "rebook Giacomo ..."): the read gold (letters10-22,
 * 3,902 names in mixed-case notes) opens no name so. Particles ("de la Cruz") and titles written in lower case ("dona
 * Candida", "dr Okafor") right before the capitalised word stay: titles stay inside a name's span (docs/privacy.md).
 * A place does open so ("barrio San Fernando", "the Royal Free": 36 read gold places), so a span whose head holds an
 * article or a place's unit or class noun (subdivisions.ts) is left whole, and so is one whose capitalised part opens on
 * an English word, as place names open on their generic word (a draft without that check cut "zona" off a read gold place).
 */
function lowerCaseHead(span: string, lex: Lexicon): number {
  const m = LOWER_HEAD.exec(span);
  if (!m?.[1]) return 0;
  const words = m[1].trim().split(/[ \t]+/);
  // An article or a place's unit or class noun makes the words one place's name ("the Royal Free", "barrio San Fernando",
  // "aldea El Zapotillo"), which the place rules may have typed as a name: the span stays whole.
  const rest = span.slice(m[1].length);
  if (words.some((w, k) => w === 'the' || opensWithPlaceKind(`${words.slice(k).join(' ')} ${rest}`))) return 0;
  // A place's name often opens on a generic word of its own ("Villa Adela", "Lake View", "Puerto Nuevo") where a person's
  // rarely opens on an English word: then too the span may be one place and stays whole.
  const next = (/^[A-Za-z'\u2019]+/.exec(rest)?.[0] ?? '').toLowerCase();
  if (lex.common.has(next) && !TITLE_LIKE.has(next)) return 0;
  let keep = words.length;
  while (keep > 0 && (PARTICLE.test(words[keep - 1] ?? '') || TITLE_LIKE.has((words[keep - 1] ?? '').replace(/\.$/, '')))) keep--;
  if (keep === 0) return 0;
  let at = 0;
  for (let k = 0; k < keep; k++) at = span.indexOf(words[k] ?? '', at) + (words[k] ?? '').length;
  return at + (/^[ \t]+/.exec(span.slice(at))?.[0].length ?? 0);
}
