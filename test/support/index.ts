export { eventually } from './eventually';
export { ADMIN_URL, createTestDatabase, ensurePostgres } from './postgres';
export type { TestDatabase } from './postgres';
