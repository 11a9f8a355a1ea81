export { eventually } from './eventually';
export { ADMIN_URL, createTestDatabase, ensurePostgres } from './postgres';
export type { TestDatabase } from './postgres';
export { given } from './decider-spec';
export { httpClient } from './http-client';
export type { HttpResult } from './http-client';
export { KAFKA_BROKERS, ensureKafka } from './kafka';
export { openedByTheJointOffice } from './open-case';
