export * from './rate-limits';
export * from './heavy-read';
export { RateLimitsModule } from './rate-limits.module';
