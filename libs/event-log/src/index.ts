export * from './event-log.port';
export * from './logged-event';
export * from './cloud-event';
export { EventLogReaction } from './event-log-reaction';
export { EventLogModule } from './event-log.module';
export type { EventLogConfig } from './event-log.module';
export { InProcessEventLog } from './in-process/in-process-event-log';
export { KafkaEventLog, kafkaConfigFromEnv } from './kafka/kafka-event-log';
export type { KafkaEventLogConfig } from './kafka/kafka-event-log';
