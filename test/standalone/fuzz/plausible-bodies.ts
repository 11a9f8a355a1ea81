import fc from 'fast-check';

/** The part of an OpenAPI schema object the generator reads. */
export interface Schema {
  readonly $ref?: string;
  readonly allOf?: readonly Schema[];
  readonly type?: string;
  readonly format?: string;
  readonly enum?: readonly unknown[];
  readonly example?: unknown;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly items?: Schema;
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | Schema;
}

export type Schemas = Readonly<Record<string, Schema>>;

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/**
 * Ids the app has answered with (a case, a report, a draft): a plausible id is one of them, or a
 * fresh UUID; for a field or parameter named as in an answer (`draftId`, a webhook's `id`), one
 * that came under that name.
 */
export class KnownIds {
  private readonly ids: string[] = [];
  private readonly byName = new Map<string, string[]>();

  /** Every UUID in an answer the app gave, and the name of the field it was the value of. */
  learnFrom(body: unknown): void {
    const text = typeof body === 'string' ? body : JSON.stringify(body ?? null);
    for (const [id] of text.matchAll(new RegExp(UUID, 'g'))) if (!this.ids.includes(id)) this.ids.push(id);
    for (const [, name, id] of text.matchAll(new RegExp(`"(\\w+)":"(${UUID})"`, 'g'))) {
      const named = this.byName.get(name) ?? [];
      if (!named.includes(id)) this.byName.set(name, [...named, id]);
    }
  }

  /** An id the app answered with, under `name` if it ever did; read when drawn, so ids learnt during the run are drawn too. */
  known(name = ''): fc.Arbitrary<string> {
    return fc.nat().map((i) => {
      const pool = this.byName.get(name) ?? this.ids;
      return pool[i % pool.length] ?? '00000000-0000-4000-8000-000000000000';
    });
  }

  arbitrary(name = ''): fc.Arbitrary<string> {
    return fc.oneof({ weight: 3, arbitrary: this.known(name) }, { weight: 1, arbitrary: fc.uuid() });
  }
}

const isId = (name: string) => /Ids?$/.test(name) || name === 'id';

/** The schema a $ref or a one-element allOf stands for. */
export function resolve(schema: Schema, schemas: Schemas): Schema {
  if (schema.$ref) return resolve(schemas[schema.$ref.replace('#/components/schemas/', '')], schemas);
  if (schema.allOf?.length === 1) return resolve(schema.allOf[0], schemas);
  return schema;
}

export const instant = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2020-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

/** A value as the documentation describes it: the enum, the example, the format, the pattern; ids the app knows. */
export function plausible(schema: Schema, schemas: Schemas, ids: KnownIds, name = ''): fc.Arbitrary<unknown> {
  const s = resolve(schema, schemas);
  if (s.enum?.length) return fc.constantFrom(...s.enum);
  switch (s.type) {
    case 'array': {
      const element = plausible(s.items ?? {}, schemas, ids, name.replace(/s$/, ''));
      return fc.array(element, { minLength: Math.max(s.minItems ?? 1, 1), maxLength: 3 });
    }
    case 'integer':
    case 'number':
      return fc.integer({ min: s.minimum ?? 1, max: s.maximum ?? 14 });
    case 'boolean':
      return fc.boolean();
    case 'string':
      return plausibleString(s, ids, name);
  }
  if (s.properties) {
    const properties = Object.fromEntries(Object.entries(s.properties).map(([key, value]) => [key, plausible(value, schemas, ids, key)]));
    return fc.record(properties, { requiredKeys: [...(s.required ?? [])] as never[] });
  }
  return fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 });
}

function plausibleString(s: Schema, ids: KnownIds, name: string): fc.Arbitrary<string> {
  if (s.format === 'uuid' || isId(name)) return ids.arbitrary(name);
  if (s.format === 'date-time' || /At$/.test(name)) return instant;
  if (s.pattern) return fc.stringMatching(new RegExp(s.pattern));
  const text = fc.string({ minLength: 1, maxLength: 40 }).filter((t) => t.trim().length > 0);
  return typeof s.example === 'string' ? fc.oneof({ weight: 3, arbitrary: fc.constant(s.example) }, { weight: 1, arbitrary: text }) : text;
}
