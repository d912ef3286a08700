/**
 * The JSON schemas of each role's answer. The same schema goes to the endpoint (`response_format:
 * json_schema`, strict) and checks the answer on return, because some endpoints ignore strictness.
 */
import { Type, type Static, type TSchema } from 'typebox';
import { Value } from 'typebox/value';
import type { OutputSchema } from './provider.js';

const Text = (max: number) => Type.String({ maxLength: max });

export const ReaderAnswer = Type.Object({
  findings: Type.Array(Type.Object({ id: Text(200), present: Type.Boolean(), evidence: Text(500) }, { additionalProperties: false }), { maxItems: 200 }),
}, { additionalProperties: false });
export type ReaderAnswer = Static<typeof ReaderAnswer>;

export const ProposerAnswer = Type.Object({
  proposals: Type.Array(Type.Object({ name: Text(200), rationale: Text(600) }, { additionalProperties: false }), { maxItems: 5 }),
}, { additionalProperties: false });
export type ProposerAnswer = Static<typeof ProposerAnswer>;

export const ExplainerAnswer = Type.Object({
  rationales: Type.Array(Type.Object({ conditionId: Text(200), text: Text(800), findingIds: Type.Array(Text(200), { maxItems: 50 }) }, { additionalProperties: false }), { maxItems: 10 }),
}, { additionalProperties: false });
export type ExplainerAnswer = Static<typeof ExplainerAnswer>;

/** Size bounds that strict structured output does not accept everywhere; they are still checked on return. */
const LOCAL_ONLY_KEYWORDS = new Set(['maxLength', 'minLength', 'maxItems', 'minItems']);

/** The wire form of a schema: plain JSON, no TypeBox symbols, no keywords some endpoints reject. */
export function outputSchema(name: string, schema: object): OutputSchema {
  const wire = JSON.parse(JSON.stringify(schema, (key, value: unknown) => (LOCAL_ONLY_KEYWORDS.has(key) ? undefined : value))) as Record<string, unknown>;
  return { name, schema: wire };
}

/** Check an answer against its schema. */
export function conforms<T>(schema: TSchema, json: unknown): json is T {
  return Value.Check(schema, json);
}
