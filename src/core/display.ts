/**
 * Numbers as a clinician should read them: probabilities at the resolution a model of this kind
 * supports (">99%", "<0.1%", whole percents in between, one decimal below 1%) and evidence weights
 * to one decimal with a bound; next steps named for a clinician. Machine-readable outputs keep the
 * exact numbers and the model's names; only text uses these.
 */
import type { CompiledModel } from './compile.js';

/** A probability as text: ">99%", "37%", "4%", "0.4%", "<0.1%". */
export function formatProbability(p: number): string {
  if (!Number.isFinite(p)) return '?';
  if (p >= 0.995) return '>99%';
  if (p < 0.001) return '<0.1%';
  if (p < 0.0095) return `${(100 * p).toFixed(1)}%`;
  return `${Math.round(100 * p)}%`;
}

/** A finding's contribution (log-likelihood ratio, nats) as text: "+2.3", "-0.4", beyond ±10 ">+10" / "<-10". */
export function formatContribution(llr: number): string {
  if (!Number.isFinite(llr)) return llr > 0 ? '>+10' : '<-10';
  if (llr >= 10) return '>+10';
  if (llr <= -10) return '<-10';
  const r = Math.round(llr * 10) / 10;
  if (r === 0) return '0.0';
  return `${r > 0 ? '+' : '-'}${Math.abs(r).toFixed(1)}`;
}

const AUXILIARY = /^(?:do|does|did|have|has|had|are|is|were|was|can|could|would|will)\s+(?:you|your|the|there)\s+/i;
const LEAD_WORDS = /^(?:currently|recently|ever|previously|already|noticed|notice|find that|find|feel like|feel|felt|think|have|had|has|been|take|taking|suffer(?:ed)? from|experienc(?:e|ed|ing)|a|an|any)\s+/i;
/** Second person to third, with the verb agreeing ("are you" -> "is the patient"). */
const PERSON: readonly (readonly [RegExp, string])[] = [
  [/\bdo you\b/gi, 'does the patient'], [/\bare you\b/gi, 'is the patient'], [/\bwere you\b/gi, 'was the patient'],
  [/\byou are\b/gi, 'the patient is'], [/\byou were\b/gi, 'the patient was'], [/\byou have\b/gi, 'the patient has'],
  [/\byour\b/gi, "the patient's"], [/\byou\b/gi, 'the patient'],
];

/**
 * The topic of a question put to the patient, as a clinician would name it: the auxiliary, the
 * subject and the verbs of asking are dropped ("Have you recently had a viral infection?" -> "viral
 * infection"), "you" becomes "the patient", and "somewhere" (the answer is a place) becomes "location".
 */
export function questionTopic(question: string): string {
  let t = question.trim().replace(/[?:.\s]+$/, '');
  t = t.replace(AUXILIARY, '');
  for (let prev = ''; prev !== t; ) {
    prev = t;
    t = t.replace(LEAD_WORDS, '');
  }
  t = t.replace(/\bsomewhere\b/gi, 'location');
  for (const [re, to] of PERSON) t = t.replace(re, to);
  return t.charAt(0).toLowerCase() + t.slice(1);
}

/**
 * How to name a next step to a clinician. Actions already worded for a clinician ("Check vital signs",
 * "12-lead ECG", "Ask about: fever") keep their name; a question put to the patient ("Do you feel
 * pain somewhere?") becomes "Ask about <topic>", the topic being the finding's own name when that is
 * a term of its own (not cut from the question) and otherwise the question's topic.
 */
export function clinicianWording(actionName: string, findings: readonly { readonly name: string; readonly question?: string | undefined }[]): string {
  const name = actionName.trim();
  if (!name.endsWith('?')) return name.replace(/^(Ask about|Examine for):\s*/, '$1 ');
  const f = findings.length === 1 ? findings[0] : undefined;
  const question = f?.question ?? name;
  const own = f && !question.toLowerCase().includes(f.name.toLowerCase()) ? f.name : undefined;
  return `Ask about ${own ?? questionTopic(question)}`;
}

/** `clinicianWording` for an action of a compiled model, from the model's own action and finding names. */
export function actionWording(cm: CompiledModel, actionIndex: number): string {
  const a = cm.actions[actionIndex];
  if (!a) return '';
  return clinicianWording(a.name, a.findings.map((fi) => cm.findings[fi]!.def));
}
