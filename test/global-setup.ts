import { ensurePostgres } from './support/postgres';

export default async function globalSetup(): Promise<void> {
  await ensurePostgres();
}
