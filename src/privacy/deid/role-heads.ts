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
import { ROLE_WORDS } from './people-slots.js';
import { TITLE_WORDS } from './titles.js';
import type { PhiSpan } from './types.js';

// Nouns naming a person by role, relation or party to a document (general English; no name is among them).
const PERSON_NOUNS = 'patient client resident child baby infant toddler boy girl student pupil carer caregiver physio ' +
  'physiotherapist sonographer radiographer midwife therapist dietitian pharmacist keyworker paramedic technician ' +
  'audiologist orthoptist optometrist podiatrist phlebotomist chaplain interpreter claimant applicant employee insured ' +
  'proband donor recipient caller visitor son daughter wife husband partner sibling niece nephew grandson granddaughter ' +
  'grandchild cousin neighbour neighbor friend guardian';
const ROLES: ReadonlySet<string> = new Set([...ROLE_WORDS.toLowerCase().split('|'), ...PERSON_NOUNS.split(' ')].filter((w) => /^[a-z]+$/.test(w)));

// Honorifics, ranks, offices and terms of address that English writes before a name as its title: the shared titles
// (`titles.ts`) and the words below.
const TITLE_LIKE = new Set([...TITLE_WORDS.split('|'), ...('doctor professor sir dame lady lord madam madame mme mister master ' +
  'rev reverend father fr pastor imam rabbi sheikh bishop deacon elder brother sister matron nurse aunt aunty auntie uncle ' +
  'mama mum mom papa pa ma dad nana nan gran granny grandma grandpa baba lola lolo chief judge justice coach ' +
  'captain capt major maj colonel col lieutenant lt sergeant sgt corporal cpl private pte general commander cdr admiral ' +
  'officer constable inspector detective sheriff agent president senator governor mayor councillor herr frau don dona ' +
  'senor senora sri shri smt mdm king queen prince princess saint st').split(' ')]);

// The first word of a span, a space, then a capitalised word the span goes on with.
const HEAD = /^([A-Za-z][a-z]+)[ \t]+(?=[A-Z])/;

/** NAME spans without a role or relation noun at their start (see the module header); other spans as they are. */
export function trimRoleHeads(spans: readonly PhiSpan[], text: string, lex: Lexicon, mixed: boolean): PhiSpan[] {
  if (!mixed) return [...spans];
  return spans.map((s) => {
    if (s.type !== 'NAME') return s;
    const m = HEAD.exec(text.slice(s.start, s.end));
    const w = m?.[1]?.toLowerCase() ?? '';
    if (!m || !ROLES.has(w) || TITLE_LIKE.has(w) || lex.firstNames.has(w) || lex.surnames.has(w)) return s;
    return { ...s, start: s.start + m[0].length };
  });
}
