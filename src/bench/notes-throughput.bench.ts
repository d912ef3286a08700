/**
 * Throughput of the notes pipeline (sections, tokens, concept recognition and context) on one core.
 * Prints one JSON object; never asserts timing. Run:
 *   node --import tsx src/bench/notes-throughput.bench.ts [--model models/ddxplus.json] [--mb 20]
 * The text is a synthetic note (written for this benchmark) repeated to the requested size, in notes
 * of about 4 KB so the figure reflects many ordinary notes, plus one pass over a single 10 MB note.
 */
import { readModelArtifact } from '../learn/artifact.js';
import { makeModel } from '../testkit/model-fixture.js';
import { buildLexicon } from '../intake/notes/lexicon.js';
import { extractFindings, MAX_NOTE_CHARS } from '../intake/notes/extract.js';

const NOTE = `CHIEF COMPLAINT: chest pain and shortness of breath.
HPI: 58 year old man with a history of hypertension and diabetes presents with 2 days of substernal chest pain,
worse on exertion, with nausea and diaphoresis. Denies fever, chills, cough or hemoptysis. No recent travel or surgery.
He reports DOE and orthopnea but no PND. Possible pneumonia vs CHF. Return if symptoms worsen.
PAST MEDICAL HISTORY: MI in 2019, s/p PCI. COPD. Prior DVT.
FAMILY HISTORY: Mother with diabetes; father had a stroke at 70. Brother has asthma.
SOCIAL HISTORY: Former smoker, quit 10 years ago. Drinks alcohol socially. Lives with his wife.
REVIEW OF SYSTEMS:
Fever: none
Headache: no
Abdominal pain: denies
Rash: negative
Palpitations: yes
PHYSICAL EXAM: Afebrile. Mild respiratory distress. No JVD, no murmurs, rubs or gallops. Lungs with bibasilar crackles.
Abdomen soft, nontender. No leg swelling. No rash.
ASSESSMENT/PLAN: Chest pain, rule out ACS. Likely CHF exacerbation; pneumonia unlikely. No evidence of PE.
Will obtain troponin, D-dimer and chest x-ray. If fever develops, start antibiotics.
`;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const modelPath = arg('--model');
const model = modelPath ? readModelArtifact(modelPath) : makeModel();
const mb = Number(arg('--mb') ?? '20');
const t0 = performance.now();
const lexicon = buildLexicon(model);
const lexiconMs = performance.now() - t0;

const notes = Math.ceil((mb * 1e6) / NOTE.length);
let mentions = 0;
for (let i = 0; i < 200; i++) extractFindings(NOTE, lexicon); // warm-up
const t1 = performance.now();
for (let i = 0; i < notes; i++) {
  const r = extractFindings(NOTE, lexicon);
  if (r.ok) mentions += r.value.mentions.length;
}
const manySeconds = (performance.now() - t1) / 1000;

const big = NOTE.repeat(Math.floor(MAX_NOTE_CHARS / NOTE.length));
const t2 = performance.now();
const rb = extractFindings(big, lexicon);
const bigSeconds = (performance.now() - t2) / 1000;

process.stdout.write(`${JSON.stringify({
  model: model.id,
  lexicon_terms: lexicon.terms,
  lexicon_build_ms: Math.round(lexiconMs * 10) / 10,
  notes,
  note_chars: NOTE.length,
  mentions_per_note: Math.round(mentions / notes),
  mb_per_s_notes: Math.round(((notes * NOTE.length) / 1e6 / manySeconds) * 100) / 100,
  big_note_chars: big.length,
  big_note_mentions: rb.ok ? rb.value.mentions.length : -1,
  mb_per_s_big_note: Math.round((big.length / 1e6 / bigSeconds) * 100) / 100,
})}\n`);
