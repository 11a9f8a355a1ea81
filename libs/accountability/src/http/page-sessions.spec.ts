import { PageSessions } from './page-sessions';

const auditor = { body: 'un-joint-office', person: 'Auditor', role: 'auditor' } as const;
const MINUTE = 60_000;

describe('page sessions', () => {
  let now: number;
  let sessions: PageSessions;
  beforeEach(() => {
    now = Date.parse('2024-03-01T12:00:00Z');
    sessions = new PageSessions(() => now, 15 * MINUTE);
  });

  it('name the reader by an opaque random id until they expire', () => {
    const session = sessions.start(auditor);
    expect(session.id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(session.id).not.toContain('Auditor');
    expect(sessions.start(auditor).id).not.toBe(session.id);
    expect(session.expiresAt.toISOString()).toBe('2024-03-01T12:15:00.000Z');

    now += 15 * MINUTE - 1;
    expect(sessions.find(session.id)?.reader).toEqual(auditor);
    now += 1;
    expect(sessions.find(session.id)).toBeUndefined();
  });

  it('end when the reader signs out', () => {
    const session = sessions.start(auditor);
    sessions.end(session.id);
    expect(sessions.find(session.id)).toBeUndefined();
  });

  it('know no id they did not give out', () => {
    sessions.start(auditor);
    expect(sessions.find('not-a-session')).toBeUndefined();
    expect(sessions.find(undefined)).toBeUndefined();
  });

  it('are forgotten once expired, when the next one starts', () => {
    const first = sessions.start(auditor);
    now += 10 * MINUTE;
    const second = sessions.start(auditor);
    now += 6 * MINUTE;
    const third = sessions.start(auditor);
    expect([first, second, third].map((s) => sessions.find(s.id) !== undefined)).toEqual([false, true, true]);
    expect((sessions as unknown as { sessions: Map<string, unknown> }).sessions.size).toBe(2);
  });
});
