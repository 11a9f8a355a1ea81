import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { PUBLISHED_CONTRACTS } from './index';

/** docs/asyncapi.yaml, held to the contracts the code declares: the documentation cannot drift from what is published. */

type Schema = { $ref?: string; properties?: Record<string, Schema>; required?: string[]; allOf?: Schema[]; const?: unknown };

const spec = parse(readFileSync(join(__dirname, '../../../../docs/asyncapi.yaml'), 'utf8'));

function resolve(schema: Schema): Schema {
  if (!schema.$ref) return schema;
  const path = schema.$ref.replace(/^#\//, '').split('/');
  return resolve(path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], spec) as Schema);
}

/** Each documented published message: the event type and version it carries, and the schema of its data. */
const documented = Object.entries(spec.components.messages as Record<string, { payload: Schema }>).flatMap(([key, message]) => {
  const own: Partial<Record<string, Schema>> = message.payload.allOf?.find((part) => !part.$ref)?.properties ?? {};
  const type = own.type?.const;
  if (typeof type !== 'string') return []; // "any other event" of a context: no published contract
  if (!own.data) throw new Error(`${key} documents no data`);
  const [, context, name, version] = /^org\.rtop\.([a-z0-9-]+)\.([a-z0-9-]+)\.v(\d+)$/.exec(type) ?? [];
  return [{ key, type, context, name, version: Number(version), schemaVersion: own.rtopschemaversion?.const, data: resolve(own.data) }];
});

/** The documented fields and required fields of a schema, as declared. */
const shapeOf = (schema: Schema) => ({
  fields: Object.keys(schema.properties ?? {}).sort(),
  required: [...(schema.required ?? [])].sort(),
});

const contractVersions = PUBLISHED_CONTRACTS.flatMap((contract) =>
  contract.versions.map((v) => ({ id: `org.rtop.${contract.context}.${contract.type}.v${v.version}`, contract, version: v })),
);

describe('docs/asyncapi.yaml against the published contracts', () => {
  it('documents published messages', () => {
    expect(documented.length).toBeGreaterThan(0);
  });

  it.each(documented.map((d) => [d.type, d] as const))(
    '%s is a declared contract version, with the same fields and required fields',
    (_type, message) => {
      const declared = contractVersions.find((c) => c.id === message.type);
      expect(declared).toBeDefined();
      expect(message.schemaVersion).toBe(String(message.version));
      const json = z.toJSONSchema(declared!.version.schema, { io: 'input', unrepresentable: 'any' }) as Schema;
      expect(shapeOf(message.data)).toEqual(shapeOf(json));
    },
  );

  it.each(contractVersions.map((c) => [c.id] as const))('%s is documented', (id) => {
    expect(documented.map((d) => d.type)).toContain(id);
  });

  it('lists each documented published message among its context’s channel messages', () => {
    const channelRefs = JSON.stringify(spec.channels);
    for (const message of documented) expect(channelRefs).toContain(`#/components/messages/${message.key}"`);
  });
});
