/**
 * Compiles eponyms.txt: the proper names that clinical vocabularies use as parts of terms (Parkinson, Crohn,
 * Chaddock, Gehrig, Babinski, Tinel, Whipple, Apgar...), so the de-identifier leaves "Chaddock sign" and "Lou
 * Gehrig disease" readable. Sources (public domain / CC0 / free with attribution, NOTICE): ICD-10-CM FY2026 code
 * titles and the FY2023 alphabetic index (US government), the Human Disease Ontology (CC0) names and synonyms, the
 * Human Phenotype Ontology 2023-01-27 labels and synonyms (derived table; the HPO files are not shipped). Run by hand:
 *   node --import tsx src/privacy/deid/lexicons/import-eponyms.ts [../shared/data]
 *   node --import tsx src/privacy/deid/lexicons/build.ts
 * A word is kept when a term writes it capitalised somewhere other than as the term's first word, or as the first
 * word right before "'s", "disease", "syndrome", "sign", a similar head word or a hyphen joining another such word
 * ("Guillain-Barre"). Months, weekdays and all-capital abbreviations are left out. The words are vetoes only in
 * their clinical context where they are also given names or surnames (`eponyms.ts`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const data = process.argv[2] ?? join('..', 'shared', 'data');
const gz = (p: string): string => gunzipSync(readFileSync(join(data, p))).toString('utf8');

const terms: string[] = [];
for (const line of gz('ontologies/icd10cm/icd10cm-codes-2026.txt.gz').split('\n')) terms.push(line.slice(8).trim());
for (const m of gz('ontologies/icd10cm/icd10cm_index_2023.xml.gz').matchAll(/<title>([^<]{1,200})<\/title>/g)) terms.push(m[1] ?? '');
for (const m of gz('ontologies/doid/doid.obo.gz').matchAll(/^(?:name: (.*)|synonym: "([^"]*)")/gm)) terms.push(m[1] ?? m[2] ?? '');
const hpo = JSON.parse(gz('hpo/hp.json.gz')) as { graphs: { nodes: { lbl?: string; meta?: { synonyms?: { val: string }[] } }[] }[] };
for (const n of hpo.graphs[0]?.nodes ?? []) {
  if (n.lbl) terms.push(n.lbl);
  for (const s of n.meta?.synonyms ?? []) terms.push(s.val);
}

const HEAD = /^(?:'s|s'|disease|syndrome|sign|signs|test|reflex|phenomenon|palsy|anomaly|malformation|disorder|lymphoma|sarcoma|tumou?r|fracture|type|score|scale|criteria|maneuver|manoeuvre|procedure|operation|ulcer|cyst|node|nodes|nodules?|spots?|cells?|bodies|body|line|lines|triad|dystrophy|atrophy|ataxia|contracture|deformity|anemia|anaemia|encephalopathy|neuralgia|aneurysm|hernia|classification|stage|grade|position|catheter)\b/i;
const CALENDAR = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const out = new Set<string>();
for (const term of terms) {
  const words = [...term.matchAll(/[A-Za-z][A-Za-z']*(?:-[A-Za-z][A-Za-z']*)*/g)];
  words.forEach((m, k) => {
    const raw = m[0];
    const rest = term.slice((m.index ?? 0) + raw.length).trimStart();
    for (const part of raw.replace(/'s$/, '').split('-')) {
      if (!/^[A-Z][a-z]{2,}$/.test(part)) continue;
      const mid = k > 0 && !/[.:;]\s*$/.test(term.slice(0, m.index));
      if (mid || raw.includes('-') || /'s$/.test(raw) || HEAD.test(rest)) {
        const w = part.toLowerCase();
        if (!CALENDAR.test(w)) out.add(w);
      }
    }
  });
}
// Plain English words capitalised inside terms (Type, Disease, Syndrome, Group) are not eponyms.
const common = new Set(readFileSync(join(here, 'common-words.txt'), 'utf8').split(/\s+/).filter(Boolean));
const kept = [...out].filter((w) => !common.has(w)).sort();
writeFileSync(join(here, 'eponyms.txt'), `# Eponyms in ICD-10-CM (public domain), Disease Ontology (CC0) and HPO 2023-01-27 term labels; derived by import-eponyms.ts (NOTICE).\n${kept.join('\n')}\n`);
process.stdout.write(`${JSON.stringify({ terms: terms.length, eponyms: kept.length })}\n`);
