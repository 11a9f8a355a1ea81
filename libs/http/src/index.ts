export * from './api-errors';
export * from './concurrency-headers';
export * from './configure-http';
export * from './domain-error.filter';
export * from './health.controller';
export * from './command-request';
export * from './occurred-at.dto';
export * from './revision-etag.interceptor';
