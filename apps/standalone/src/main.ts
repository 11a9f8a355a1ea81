import 'reflect-metadata';
import { eventStoreConfigFromEnv } from '@rtop/event-store';
import { loadDeploymentKeys } from '@rtop/identity';
import { createStandaloneApp } from './create-standalone-app';

async function main(): Promise<void> {
  const dataDir = process.env.RTOP_DATA_DIR ?? '.rtop-data';
  const eventStore = eventStoreConfigFromEnv();
  const app = await createStandaloneApp({ eventStore, keys: loadDeploymentKeys(dataDir) });
  const port = Number(process.env.PORT ?? 3000);
  await app.listen(port);
  const where = eventStore.adapter === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `the embedded store in ${eventStore.dataDir}`;
  console.log(`rtop standalone on http://localhost:${port} (Swagger UI at /docs) with ${where}`);
}

void main();
