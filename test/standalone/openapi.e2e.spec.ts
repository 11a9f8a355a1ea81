import { dirname, join } from 'node:path';
import { Standalone, startStandalone } from './standalone-harness';

/** Where @nestjs/swagger names the schema of each class it meets; not exported, so reached by its path. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SchemaObjectFactory } = require(join(dirname(require.resolve('@nestjs/swagger')), 'services', 'schema-object-factory')) as {
  SchemaObjectFactory: {
    prototype: { getSchemaMetadata(type: unknown): { schemaName: string } };
  };
};

type Parameter = { name: string; in: string; required?: boolean };
type Operation = {
  responses: Record<string, unknown>;
  security?: unknown[];
  parameters?: Parameter[];
};
type Schema = { properties: Record<string, unknown>; required?: string[] };
type OpenApiDocument = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};

/** Open to anyone: the health check, and the ledger key auditors pin. */
/** Open without a token: health, the published ledger key, and the auditors' page sign-in form and sign-out (a browser's, by its cookie). */
const PUBLIC = ['/health', '/health/live', '/health/ready', '/accountability/public-key', '/page-session', '/page-session/end'];

/** The OpenAPI document lists every operation of every context with the refusals it can answer. */
describe('the OpenAPI document of the standalone app', () => {
  let rtop: Standalone;
  let document: OpenApiDocument;
  let operations: { path: string; method: string; operation: Operation }[];
  /** Every class @nestjs/swagger turned into a schema, by the schema name it gave it. */
  const classesBySchemaName = new Map<string, Set<unknown>>();
  beforeAll(async () => {
    // Two classes of one name share one schema: swagger keeps whichever it met last, so the other is documented wrongly.
    const schemaMetadata = jest.spyOn(SchemaObjectFactory.prototype, 'getSchemaMetadata');
    rtop = await startStandalone('pglite');
    schemaMetadata.mock.calls.forEach(([type], i) => {
      const { schemaName } = schemaMetadata.mock.results[i].value as {
        schemaName: string;
      };
      classesBySchemaName.set(schemaName, (classesBySchemaName.get(schemaName) ?? new Set()).add(type));
    });
    schemaMetadata.mockRestore();
    document = (await rtop.anonymous.get('/docs-json')).body as OpenApiDocument;
    operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        path,
        method,
        operation,
      })),
    );
  }, 120_000);
  afterAll(async () => {
    await rtop.stop();
  });

  it('covers every bounded context', () => {
    const prefixes = [
      '/cases',
      '/secretary-general',
      '/security-council',
      '/general-assembly',
      '/regional-bodies',
      '/member-states',
      '/other-organs',
      '/liaison',
    ];
    for (const prefix of prefixes) expect(operations.some((o) => o.path.startsWith(prefix))).toBe(true);
  });

  it('documents a success and the refusals of every operation: 401 for all, 400 for every write', () => {
    const undocumented = operations
      .filter(({ path }) => !PUBLIC.includes(path))
      .filter(({ method, operation }) => {
        const statuses = Object.keys(operation.responses);
        const succeeds = statuses.some((s) => s.startsWith('2'));
        return !succeeds || !statuses.includes('401') || (method === 'post' && !statuses.includes('400'));
      })
      .map(({ method, path }) => `${method.toUpperCase()} ${path}`);
    expect(undocumented).toEqual([]);
  });

  it('gives every schema one class: no two contexts’ DTOs share a name', () => {
    expect(classesBySchemaName.size).toBeGreaterThan(100);
    const shared = [...classesBySchemaName].filter(([, classes]) => classes.size > 1).map(([name]) => name);
    expect(shared).toEqual([]);
  });

  it('documents a regional vote as the regional bodies validate it: a state and its vote', () => {
    const schemas = document.components.schemas;
    const votes = schemas.RecordRegionalVoteDto.properties.votes as {
      items: { $ref: string };
    };
    const vote = schemas[votes.items.$ref.replace('#/components/schemas/', '')];
    expect(Object.keys(vote.properties).sort()).toEqual(['state', 'vote']);
    expect(vote.required).toEqual(['state', 'vote']);
  });

  const headersOf = (operation: Operation) => (operation.parameters ?? []).filter((p) => p.in === 'header');

  it('documents every header as optional, and each once (a @Headers() parameter would add a required lower-case twin)', () => {
    const misdocumented = operations
      .filter(({ operation }) => {
        const names = headersOf(operation).map((h) => h.name.toLowerCase());
        return headersOf(operation).some((h) => h.required) || new Set(names).size !== names.length;
      })
      .map(
        ({ method, path, operation }) =>
          `${method} ${path}: ${headersOf(operation)
            .map((h) => `${h.name}${h.required ? ' (required)' : ''}`)
            .join(', ')}`,
      );
    expect(misdocumented).toEqual([]);
  });

  it('documents If-Match and Idempotency-Key, as such, on every command', () => {
    const commands = operations.filter(({ operation }) => headersOf(operation).some((h) => /^(if-match|idempotency-key)$/i.test(h.name)));
    expect(commands.length).toBeGreaterThanOrEqual(58);
    const misdocumented = commands
      .filter(
        ({ operation }) =>
          headersOf(operation)
            .map((h) => h.name)
            .join() !== 'If-Match,Idempotency-Key',
      )
      .map(({ method, path }) => `${method} ${path}`);
    expect(misdocumented).toEqual([]);
  });

  it('asks for a bearer token on every operation but the public ones', () => {
    const open = operations
      .filter(({ path, operation }) => !PUBLIC.includes(path) && !operation.security?.length)
      .map(({ method, path }) => `${method} ${path}`);
    expect(open).toEqual([]);
  });

  it('publishes the ledger key to anyone, without a token', async () => {
    const published = await rtop.anonymous.get('/accountability/public-key');
    expect(published.status).toBe(200);
    expect(JSON.stringify(published.body)).toContain('BEGIN PUBLIC KEY');
  });
});
