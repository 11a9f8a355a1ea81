import { Logger } from '@nestjs/common';
import { LogEntry, logLevel } from 'kafkajs';

const logger = new Logger('kafkajs');

/**
 * kafkajs's own lines go where the process's other lines go (JSON through nestjs-pino in the
 * apps) instead of its console output. A line names the client's part, the group, the broker and
 * the error, never a message's key or value.
 */
export const kafkaLogs =
  () =>
  ({ namespace, level, log }: LogEntry): void => {
    const fields = log as Readonly<Record<string, unknown>>;
    const named = (label: string, key: string) => (typeof fields[key] === 'string' ? `${label}${fields[key]}` : undefined);
    const line = [`${namespace}: ${log.message}`, named('group ', 'groupId'), named('broker ', 'broker'), named('error: ', 'error')]
      .filter(Boolean)
      .join('; ');
    if (level === logLevel.ERROR && !alreadyCreated(namespace, log.message)) logger.error(line);
    else if (level === logLevel.WARN) logger.warn(line);
    else if (level === logLevel.INFO) logger.log(line);
    else logger.debug(line);
  };

/**
 * Replicas and contexts create their topics as they start; all but the first find them made, which
 * kafkajs answers with `false` and its connection logs as an error. It is none.
 */
const alreadyCreated = (namespace: string, message: string) => namespace === 'Connection' && message.startsWith('Response CreateTopics');
