import { KafkaContainer } from '@testcontainers/kafka';
import { PostgreSqlContainer } from '@testcontainers/postgresql';
import { GenericContainer, StartedTestContainer, Wait, getContainerRuntimeClient } from 'testcontainers';

const KURRENTDB_IMAGE = 'docker.kurrent.io/kurrent-latest/kurrentdb:latest';
const KURRENTDB_PORT = 2113;

/** Why no container can be started here, or undefined when a container runtime answers. */
export async function containerRuntimeMissing(): Promise<string | undefined> {
  try {
    await getContainerRuntimeClient();
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

export interface StartedService {
  /** What a test connects to: a PostgreSQL URL, a broker list, a KurrentDB connection string. */
  readonly address: string;
  readonly container: StartedTestContainer;
}

export async function startPostgresContainer(): Promise<StartedService> {
  const container = await new PostgreSqlContainer('postgres:16-alpine').start();
  return { address: container.getConnectionUri(), container };
}

export async function startKafkaContainer(): Promise<StartedService> {
  const container = await new KafkaContainer('confluentinc/cp-kafka:7.9.0').withKraft().start();
  return { address: `${container.getHost()}:${container.getMappedPort(9093)}`, container };
}

/** A single insecure node: enough for the contract suite, never for a deployment. */
export async function startKurrentDbContainer(): Promise<StartedService> {
  const container = await new GenericContainer(KURRENTDB_IMAGE)
    .withEnvironment({ KURRENTDB_CLUSTER_SIZE: '1', KURRENTDB_INSECURE: 'true', KURRENTDB_RUN_PROJECTIONS: 'None' })
    .withExposedPorts(KURRENTDB_PORT)
    .withWaitStrategy(Wait.forHttp('/health/live', KURRENTDB_PORT).forStatusCodeMatching((code) => code >= 200 && code < 300))
    .start();
  return { address: `kurrentdb://${container.getHost()}:${container.getMappedPort(KURRENTDB_PORT)}?tls=false`, container };
}
