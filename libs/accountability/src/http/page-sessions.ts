import { randomBytes } from 'node:crypto';
import { Actor } from '@rtop/kernel';

/** How long a page session lasts from sign-in, whatever is left of the token it was opened with. */
export const PAGE_SESSION_MS = 15 * 60_000;

export interface PageSession {
  /** Opaque and random: it names the session, and says nothing of the reader or the token. */
  readonly id: string;
  readonly reader: Actor;
  readonly expiresAt: Date;
}

/**
 * The auditors' page sessions of this process, in its memory: a restart signs every reader out,
 * and behind several replicas a reader's requests must reach the one that signed them in.
 */
export class PageSessions {
  private readonly sessions = new Map<string, PageSession>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly lifetimeMs = PAGE_SESSION_MS,
  ) {}

  start(reader: Actor): PageSession {
    this.forgetExpired();
    const session = { id: randomBytes(32).toString('base64url'), reader, expiresAt: new Date(this.now() + this.lifetimeMs) };
    this.sessions.set(session.id, session);
    return session;
  }

  /** The session the id names while it lasts; nothing for an unknown, ended or expired one. */
  find(id: string | undefined): PageSession | undefined {
    const session = id === undefined ? undefined : this.sessions.get(id);
    return session && session.expiresAt.getTime() > this.now() ? session : undefined;
  }

  end(id: string | undefined): void {
    if (id !== undefined) this.sessions.delete(id);
  }

  /** Every session lasts as long, and a Map keeps the order they started in: the expired ones come first. */
  private forgetExpired(): void {
    for (const [id, session] of this.sessions) {
      if (session.expiresAt.getTime() > this.now()) return;
      this.sessions.delete(id);
    }
  }
}
