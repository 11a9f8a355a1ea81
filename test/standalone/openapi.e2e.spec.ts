import { Standalone, startStandalone } from './standalone-harness';

type Operation = { responses: Record<string, unknown>; security?: unknown[] };

/** Open to anyone: the health check, and the ledger key auditors pin. */
const PUBLIC = ['/health', '/accountability/public-key'];

/** The OpenAPI document lists every operation of every context with the refusals it can answer. */
describe('the OpenAPI document of the standalone app', () => {
  let rtop: Standalone;
  let operations: { path: string; method: string; operation: Operation }[];
  const duplicateSchemaWarnings: string[] = [];
  beforeAll(async () => {
    // @nestjs/swagger keeps one of two same-named DTOs and warns; the other context's schema is lost.
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const write = process.stdout.write.bind(process.stdout);
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
      if (String(chunk).includes('Duplicate DTO detected')) duplicateSchemaWarnings.push(String(chunk));
      return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
    });
    rtop = await startStandalone('pglite');
    warn.mockRestore();
    const document = (await rtop.anonymous.get('/docs-json')).body as { paths: Record<string, Record<string, Operation>> };
    operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
    );
  }, 120_000);
  afterAll(async () => {
    await rtop.stop();
  });

  it('covers every bounded context', () => {
    const prefixes = ['/cases', '/secretary-general', '/security-council', '/general-assembly', '/regional-bodies', '/member-states', '/other-organs', '/liaison'];
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

  it('gives every schema one name: no two contexts’ DTOs collide', () => {
    expect(duplicateSchemaWarnings).toEqual([]);
  });

  it('asks for a bearer token on every operation but health and the published ledger key', () => {
    const open = operations.filter(({ path, operation }) => !PUBLIC.includes(path) && !operation.security?.length).map(({ method, path }) => `${method} ${path}`);
    expect(open).toEqual([]);
  });

  it('publishes the ledger key to anyone, without a token', async () => {
    const published = await rtop.anonymous.get('/accountability/public-key');
    expect(published.status).toBe(200);
    expect(JSON.stringify(published.body)).toContain('BEGIN PUBLIC KEY');
  });
});
