/**
 * The default note reader: the notes pipeline (`src/intake/notes`) with a lexicon built once per
 * model (cached by identity), so a Bundle with several notes pays for the lexicon once.
 */
import type { KnowledgeModel, Sex } from '../../core/index.js';
import { buildLexicon, extractFindings, type Lexicon } from '../notes/index.js';
import type { NoteReader } from './document.js';

const lexicons = new WeakMap<KnowledgeModel, Lexicon>();

/** `patient` gives the sex and age that values in the notes are judged by (reference ranges). */
export function notesReader(model: KnowledgeModel, patient: { readonly sex?: Sex | undefined; readonly age?: number | undefined } = {}): NoteReader {
  let lexicon = lexicons.get(model);
  if (!lexicon) {
    lexicon = buildLexicon(model);
    lexicons.set(model, lexicon);
  }
  const lex = lexicon;
  return (text) => {
    const r = extractFindings(text, lex, { ...(patient.sex ? { sex: patient.sex } : {}), ...(patient.age !== undefined ? { age: patient.age } : {}) });
    return r.ok ? { ok: true, value: { findings: r.value.findings }, issues: r.issues } : r;
  };
}
