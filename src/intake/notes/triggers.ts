/**
 * Context trigger rules in the manner of ConText (Harkema, Chapman et al. 2009): lexical cues that
 * mark a finding as negated, uncertain, hypothetical, historical or experienced by someone else,
 * pseudo-triggers that look like cues but are not, and terms that end a cue's scope. The lists are
 * written for ddx from clinical usage; rule ids are stable (`<category>.<direction>.<phrase-slug>`)
 * so an explanation can name the rule that fired.
 */

export type ContextCategory = 'negated' | 'uncertain' | 'hypothetical' | 'historical' | 'family' | 'other';
export type RuleCategory = ContextCategory | 'pseudo' | 'terminate';
export type Direction = 'forward' | 'backward' | 'both';

export interface TriggerRule {
  readonly id: string;
  readonly phrase: string;
  readonly category: RuleCategory;
  readonly direction: Direction;
  /** Maximum distance in word tokens between the trigger and the finding it governs. */
  readonly window: number;
  /** For `terminate` rules: the categories whose scope this term ends (all when absent). */
  readonly ends?: readonly ContextCategory[];
  /**
   * For `terminate` rules: the term is an answer ("cough present"), so it ends only a scope it answers, one
   * with a word between the cue and it. Right after the cue it modifies what follows ("denies present or
   * past chest pain") and ends nothing.
   */
  readonly answer?: true;
}

/** Default scope windows in word tokens: forward cues reach across a list, backward cues stay close. */
export const FORWARD_WINDOW = 15;
export const BACKWARD_WINDOW = 6;

type Spec = readonly [RuleCategory, Direction, readonly string[], (number | undefined)?, (readonly ContextCategory[] | undefined)?, ('answer' | undefined)?];

const RELATIVES = ['mother', 'father', 'brother', 'sister', 'sibling', 'son', 'daughter', 'grandmother', 'grandfather', 'grandparent', 'aunt', 'uncle', 'cousin', 'parent', 'mom', 'dad', 'niece', 'nephew', 'twin', 'relative'];
const OTHERS = ['wife', 'husband', 'spouse', 'partner', 'roommate', 'coworker', 'co worker', 'friend', 'girlfriend', 'boyfriend', 'classmate', 'sick contact', 'contact'];
const PEOPLE = [...RELATIVES, ...OTHERS];
/**
 * Verbs that end a scope ("has had", "now has": a new clause about the patient) but not where a relative or other
 * person is their subject: in "Father has had similar swellings" the swellings are the father's. ConText's
 * experiencer cue scopes over its clause (Harkema H et al., J Biomed Inform 2009;42:839-851); the person and their
 * own verb are one cue, matched longest first, so the verb does not end the person's scope.
 */
const OWN_VERBS = ['has had', 'now has'];
/** A person cue as written before a finding: bare, after "his" or "her", and with the person's own verb (`OWN_VERBS`). */
function personCues(people: readonly string[]): string[] {
  const forms = people.flatMap((r) => [r, `his ${r}`, `her ${r}`]);
  return [...forms, ...forms.flatMap((f) => OWN_VERBS.map((v) => `${f} ${v}`))];
}
/** The person who brings the patient ("her parents bring her because she has a fever") is not the one with the finding: the verb ends their scope. */
const BRINGS = ['brings', 'bring', 'brought', 'brings in', 'bring in'];
/** A relative who tells the story ("his mother describes episodes of aggression", "his wife says he snores") is not the one with the finding either. */
const TELLS = ['describing', 'describes', 'described', 'describe', 'states', 'stated', 'says', 'said', 'say', 'believes', 'believe', 'notices', 'noticed', 'observes', 'observed', 'observe'];
const CONCERNED = ['is concerned', 'are concerned', 'was concerned', 'were concerned', 'is worried', 'are worried'];
/** How a pediatric note names its patient: the scope of a relative ends there, as at "he" or "she". */
/** Units of a stated duration ("3-day", "2 years"): a history of that length is the present illness. */
const DURATION_UNITS = ['hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years'];
const CHILD = ['the baby', 'the infant', 'the child', 'the boy', 'the girl', 'the toddler', 'the newborn', 'the neonate', 'the patient\'s',
  // Parents speaking of "their son" name the patient, as "the child" does.
  'their son', 'their daughter', 'their child', 'their baby', 'their infant'];

/** Test nouns whose result word ("negative") names that test's result only: see the pseudo-triggers. */
const UNMODELLED_TESTS = ['stain', 'stains', 'culture', 'cultures', 'smear', 'smears', 'film'];

/** Prose openings of a past medical history (the section header written as a sentence). */
const PMH_PROSE = ['past medical history', 'medical history', 'past history'].flatMap((h) => [
  `${h} is significant for`, `${h} is notable for`, `${h} is remarkable for`, `${h} significant for`, `${h} notable for`,
  `${h} remarkable for`, `${h} includes`, `${h} of`, `${h} is positive for`, `${h} is relevant for`, `${h}:`,
]);

/** "not preceded / followed by" an ECG wave or complex (see its rule in SPECS). */
const SEQUENCE_DENIED_WAVES = ['not preceded by', 'not followed by'].flatMap((cue) =>
  ['p wave', 'p waves', 'a p wave', 'any p wave', 'any p waves', 'visible p waves', 'a visible p wave', 'qrs', 'a qrs', 'qrs complexes', 'a qrs complex']
    .map((wave) => `${cue} ${wave}`));

const SPECS: readonly Spec[] = [
  // Negation, before the finding.
  ['negated', 'forward', [
    'no', 'not', 'none', 'never', 'neither', 'nor', 'without', 'w/o', 'w/out', 'deny', 'denies', 'denied', 'denying',
    'negative for', 'neg for', 'free of', 'free from', 'clear of', 'absence of', 'absent', 'lack of', 'lacks', 'lacking',
    've for', 'ruled out', 'ruled out for', 'r/o\'d', 'no evidence of', 'no sign of', 'no signs of',
    'fails to reveal', 'failed to reveal', 'without evidence of', 'no suggestion of', 'no findings of', 'no new', 'no longer', 'resolution of', 'unremarkable for', 'negative', 'nothing to suggest',
    'cannot see', 'didn\'t', 'doesn\'t', 'don\'t', 'hasn\'t', 'haven\'t', 'isn\'t', 'wasn\'t', 'no complaint of', 'no complaints of',
    // A cue written inflected matches only that inflection (see compileRules), so the forms of one sense are listed.
    'lack', 'fail to reveal', 'no finding of',
    // "Yet" after a negation is "so far", not the conjunction that ends a scope: "has not yet had a period".
    'not yet',
  ]],
  // A sequence denied of an ECG wave negates that wave only: "broad complexes not preceded by P waves, LBBB
  // morphology" describes a ventricular beat by its order in the ECG (Surawicz B et al. 2009, AHA/ACCF/HRS
  // recommendations for the standardization and interpretation of the ECG, part III: a QRS "not preceded by a P
  // wave"), and its bundle-branch morphology is stated, not denied. The cue names the wave it denies, so its scope
  // holds nothing after it. Any other "not preceded by" is the plain "not" with its list scope: "collapse not
  // preceded by chest pain, palpitations or dizziness" denies all three.
  ['negated', 'forward', SEQUENCE_DENIED_WAVES, 0],
  // "non" is a bound prefix: it negates the one word it is joined to ("non-bloody diarrhea"), not the
  // findings after it ("non-bloody diarrhea with crampy abdominal pain", "non-radiating chest pain").
  ['negated', 'forward', ['non'], 1],
  // Negation, after the finding ("fever: none", "FOBT was negative", "PE was ruled out").
  ['negated', 'backward', [
    'negative', 'was negative', 'were negative', 'is negative', 'are negative', 'unlikely', 'is unlikely', 'was unlikely', 'ruled out',
    'was ruled out', 'were ruled out', 'has been ruled out', 'excluded', 'was excluded', 'absent', 'is absent', 'was absent',
    'not seen', 'not present', 'not identified', 'not noted', 'not appreciated', 'not demonstrated', 'not found', 'not detected',
    'not visualized', 'not evident', 'cannot be seen', 'cannot be identified', 'could not be seen', 'could not be identified',
    'not be seen', 'not be identified', 'not be demonstrated', 'not be visualized', 'denied', 'free', 'none', 've', 'resolved', 'has resolved', 'have resolved', 'had resolved',
    'appears to have resolved', 'appears have resolved',
  ], BACKWARD_WINDOW],
  // "Fever: none", "ROS: negative for ...": a colon cue reads both ways.
  ['negated', 'both', [': no', ': negative', ': neg', ': denies', ': denied', ': never'], BACKWARD_WINDOW],
  ['negated', 'backward', [': none', ': nil', ': absent'], BACKWARD_WINDOW],
  // Uncertainty.
  ['uncertain', 'forward', [
    'possible', 'possibly', 'probable', 'probably', 'likely', 'questionable', 'question of', '?', 'suspected', 'suspect', 'suspicious for',
    'suspicion of', 'suspicion for', 'concern for', 'concerning for', 'worrisome for', 'may', 'might', 'could', 'could be', 'cannot rule out',
    'can\'t rule out', 'cannot exclude', 'cannot be ruled out', 'not ruled out', 'r/o', 'rule out', 'to rule out', 'differential includes',
    'differential diagnosis includes', 'differential diagnosis of', 'consider', 'considering', 'versus', 'vs', 'evaluate for', 'evaluation for',
    'work up for', 'workup for', 'assess for', 'screen for', 'presumed', 'presumably', 'equivocal', 'borderline', 'suggestive of', 'suggests', 'suggest',
    'may represent', 'perhaps', 'uncertain', 'unclear if', 'unclear whether', 'not certain if', 'not certain whether', 'not sure if',
  ]],
  ['uncertain', 'backward', [
    'is possible', 'possible', 'is suspected', 'suspected', 'not excluded', 'cannot be excluded', 'cannot be ruled out', 'not ruled out',
    'is likely', 'is probable', 'questionable', '?', 'vs', 'versus',
  ], BACKWARD_WINDOW],
  // Hypothetical: future or conditional.
  ['hypothetical', 'forward', [
    'if', 'should', 'in case of', 'in case', 'return if', 'call if', 'come back if', 'return for', 'watch for', 'monitor for', 'precautions',
    'as needed for', 'prn', 'in the event of', 'unless', 'whether', 'risk of', 'at risk for', 'risk for', 'prevention of', 'prophylaxis', 'precaution',
    'to prevent', 'to avoid', 'in order to prevent',
  ]],
  // Historical.
  ['historical', 'forward', [
    'history of', 'hx of', 'h/o', 'past history of', 'previous', 'previously', 'prior', 'in the past', 'status post', 's/p', 'remote',
    'childhood', 'as a child', 'in <year>', 'since <year>', 'former', 'ex',
  ]],
  // A past medical history told in prose ("Her past medical history is significant for hypertension and
  // type 2 diabetes", "medical history includes asthma") is the past-medical-history section in a
  // sentence: what it lists is historical, as under a "Past medical history:" header.
  ['historical', 'forward', PMH_PROSE],
  ['historical', 'backward', ['in <year>', 'years ago', 'year ago', 'months ago', 'month ago', 'in the past', 'previously', 'as a child', 'in childhood'], BACKWARD_WINDOW],
  // Experiencer: relatives and other people.
  ['family', 'forward', ['family history of', 'family history', 'family hx', 'fh', 'fhx', 'fh of', 'maternal', 'paternal', 'runs in the family', 'run in the family', ...personCues(RELATIVES)]],
  ['family', 'backward', ['in the family', 'in family', 'runs in the family', 'run in the family', ...RELATIVES.flatMap((r) => [`in ${r}`, `in his ${r}`, `in her ${r}`, `in a ${r}`])], BACKWARD_WINDOW],
  ['other', 'forward', personCues(OTHERS)],
  // Pseudo-triggers: contain a cue word but are not cues.
  ['pseudo', 'forward', [
    '+ve', '+ve for', 'without change', 'without interval change', 'without significant change', 'no increase', 'no change', 'no significant change', 'no interval change', 'no definite change', 'no suspicious change', 'not only',
    'not necessarily', 'not just', 'gram negative', 'not certain if', 'not certain whether', 'not clear', 'not drain', 'not extend',
    'no further change', 'without difficulty', 'not cause', 'not been able', 'not able to be', 'not appear to be the cause', 'no improvement',
    'not improved', 'not resolved', 'not responded', 'not respond', 'without improvement', 'without relief', 'no relief', 'not relieved',
    'not well controlled', 'not controlled', 'not tolerate', 'not tolerated', 'not compliant', 'non compliant', 'noncompliant',
    'history of present illness', 'history and physical', 'social history', 'past medical history', 'medical history', 'poor historian',
    'risk factor', 'prior to', 'if any', 'even if', 'whether or not', 'negative predictive', 'non invasive', 'non specific', 'nonspecific', 'not rule out',
    // A relation denied, not a finding: "P waves with no relation to the QRS complexes" is AV dissociation.
    'no relation', 'no relationship', 'no association', 'not related', 'not associated',
    ...PEOPLE.flatMap((p) => ['lives with', 'live with', 'accompanied by', 'brought in by', 'per', 'according to', 'with', 'called', 'reports from', 'report from'].flatMap((v) => [`${v} ${p}`, `${v} his ${p}`, `${v} her ${p}`, `${v} the ${p}`])),
    // The one who brings or accompanies the patient ("brought to the physician by her mother because of
    // a cough") is the agent of the visit, not the one with the finding.
    ...PEOPLE.flatMap((p) => [`by ${p}`, `by his ${p}`, `by her ${p}`, `by the ${p}`, `by their ${p}`]),
    // A history with its length is the present illness ("a 3-day history of lower abdominal pain",
    // "a 2-year history of fatigue"), not past history.
    ...DURATION_UNITS.flatMap((u) => [`${u} history of`, `${u} hx of`]),
    // A result word right after the name of a test the model has no finding for is that test's result
    // ("Joint aspirate: negatively birefringent crystals, Gram stain negative"; "culture negative"): it
    // does not reach back across the list to the finding before it.
    ...UNMODELLED_TESTS.flatMap((t) => [`${t} negative`, `${t} was negative`, `${t} were negative`, `${t} is negative`, `${t} are negative`, `${t} neg`]),
    // "Free" names a thing in these phrases, not an absence ("adnexal mass with free fluid", "free T4 4.8").
    'free fluid', 'free air', 'free gas', 'free intraperitoneal', 'free wall', 'free water', 'free t4', 'free t3', 'free thyroxine', 'free light chain', 'free edge',
  ]],
  // Scope ends.
  ['terminate', 'forward', [
    'but', 'however', 'although', 'though', 'yet', 'aside from', 'except', 'except for', 'apart from', 'other than', 'which', 'cause of',
    'cause for', 'source of', 'source for', 'secondary to', 'etiology of', 'reason for', 'presents', 'presented', 'presenting', 'complains', 'complain',
    'complained', 'complaining', 'c/o', 'reports', 'reported', 'endorses', 'endorsed', 'admits', 'admitted to', 'positive for',
    'remarkable for', 'significant for', 'notable for', 'consistent with', 'still', ';', 'now has', 'has had', 'who',
    // A reporting verb opens a new statement ("denies fever and states that the diarrhoea follows meals").
    'states', 'stated', 'says', 'said', 'explains', 'explained', 'explain', 'mentions', 'mentioned', 'adds', 'added',
    // Cues match as written (compileRules), so a verb's bare form is listed where it keeps the verb's sense
    // ("complain", "endorse", "explain"). Not where it is another word: "present" (adjective: "denies present
    // or past chest pain"), "report", "state", "notice", "mention" (nouns: "no report of fever"), "add", "admit"
    // (a plan: "admit for observation").
    'endorse',
    // A new clause with its own subject.
    ', the patient', ', patient', ', he', ', she', 'and he', 'and she', 'and the patient', ', which',
  ]],
  // An affirmative answer closes a negated field of a list ("Fever: no, rash: yes", "ANA positive, RF
  // negative", "cough present, wheeze absent"): the negation on one side does not run across it.
  ['terminate', 'forward', ['yes', 'present', 'positive'], undefined, ['negated'], 'answer'],
  // The onset of the present complaint is no past history: "the pain started about a month ago", "the
  // swelling began 2 years ago". Read backward only, so that a past history told forward ("previously
  // started on metformin") keeps its cue.
  ['terminate', 'backward', ['started', 'began', 'begun', 'beginning', 'onset'], undefined, ['historical']],
  // The patient is mentioned again: scope of a relative or other person ends.
  // A relative's reason clause is about the patient ("her father is worried because the pain keeps her
  // from playing"): "worried" is itself a finding, so "is worried" cannot end the scope there. "Because
  // of" (a relative's own cause: "his mother died because of a stroke") does not end it.
  ['terminate', 'forward', ['because'], undefined, ['family', 'other']],
  ['pseudo', 'forward', ['because of']],
  ['terminate', 'forward', ['patient', 'pt', 'he', 'she', 'the patient', ...CHILD, ...BRINGS, ...CONCERNED, ...TELLS,
    // "A mother brings her son ...": the son is the patient.
    ...['son', 'daughter', 'child', 'baby', 'infant'].flatMap((c) => BRINGS.flatMap((v) => [`${v} her ${c}`, `${v} his ${c}`, `${v} their ${c}`]))], undefined, ['family', 'other']],
];

function slug(phrase: string): string {
  return phrase
    .replace(/<year>/g, 'YEAR')
    .replace(/\?/g, 'qmark')
    .replace(/;/g, 'semicolon')
    .replace(/^: /, 'colon-')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
}

const SHORT: Record<RuleCategory, string> = {
  negated: 'neg', uncertain: 'unc', hypothetical: 'hyp', historical: 'hist', family: 'fam', other: 'oth', pseudo: 'pseudo', terminate: 'term',
};

/** The built-in rule set, in a stable order. */
export const TRIGGER_RULES: readonly TriggerRule[] = (() => {
  const out: TriggerRule[] = [];
  const seen = new Set<string>();
  for (const [category, direction, phrases, window, ends, answer] of SPECS) {
    for (const phrase of phrases) {
      const dir = direction === 'forward' ? 'pre' : direction === 'backward' ? 'post' : 'both';
      const id = category === 'pseudo' || category === 'terminate' ? `${SHORT[category]}.${slug(phrase)}` : `${SHORT[category]}.${dir}.${slug(phrase)}`;
      const key = `${id}|${ends?.join(',') ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ id, phrase, category, direction, window: window ?? FORWARD_WINDOW, ...(ends ? { ends } : {}), ...(answer ? { answer: true as const } : {}) });
    }
  }
  return out;
})();
