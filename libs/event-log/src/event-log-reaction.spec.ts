import { InvalidCommand } from '@rtop/kernel';
import { EventLogReaction } from './event-log-reaction';
import { EventLog, SubscribeOptions } from './event-log.port';
import { LoggedEvent } from './logged-event';

class FailingReaction extends EventLogReaction {
  protected readonly group = 'test.failing-reaction';
  protected readonly contexts = ['secretary-general'];
  constructor(
    log: EventLog,
    private readonly failure: Error,
  ) {
    super(log);
  }
  protected react(): Promise<void> {
    return Promise.reject(this.failure);
  }
}

/** The handler the reaction gives the log: what a redelivery would call again. */
async function handlerOf(failure: Error): Promise<SubscribeOptions['handle']> {
  let handle: SubscribeOptions['handle'] | undefined;
  const log = {
    subscribe: (options: SubscribeOptions) => {
      handle = options.handle;
      return Promise.resolve({ stop: () => Promise.resolve() });
    },
  } as unknown as EventLog;
  const reaction = new FailingReaction(log, failure);
  reaction.onApplicationBootstrap();
  await reaction.onModuleDestroy();
  return handle!;
}

const event = {
  eventId: 'event-7',
  type: 'assessment-transmitted',
  context: 'secretary-general',
  caseId: 'case-1',
  metadata: {},
} as LoggedEvent;

describe('a reaction to events on the log', () => {
  it('passes over an event its own rules refuse: it would be refused again, and would hold up every event behind it', async () => {
    const handle = await handlerOf(new InvalidCommand('regional-recipient', 'refused'));
    await expect(handle(event)).resolves.toBeUndefined();
  });

  it('lets any other failure through, so the log delivers the event again', async () => {
    const handle = await handlerOf(new Error('store unavailable'));
    await expect(handle(event)).rejects.toThrow('store unavailable');
  });
});
