import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { SQL_SESSION, SqlSession, schemaOf } from '@rtop/event-store';
import { Actor, Body } from '@rtop/kernel';
import { ACCOUNTABILITY } from '../timeline/timeline-streams';

/** How long a page session lasts from sign-in, whatever is left of the token it was opened with. */
export const PAGE_SESSION_MS = 15 * 60_000;

/** The clock sessions start and expire by, in milliseconds since the epoch; the system's unless given. */
export const PAGE_SESSION_CLOCK = Symbol('PageSessionClock');

export interface PageSession {
  /** Opaque and random: it names the session, and says nothing of the reader or the token. */
  readonly id: string;
  readonly reader: Actor;
  readonly expiresAt: Date;
}

const SCHEMA = schemaOf(ACCOUNTABILITY);
const TABLE = `${SCHEMA}.page_sessions`;

/** A reader of the table learns no id a browser could present: only its digest is kept. */
const digestOf = (id: string) => createHash('sha256').update(id).digest('hex');

/**
 * The auditors' page sessions, in the accountability context's store: every replica behind the
 * load balancer knows every session, and a restart signs no reader out.
 */
@Injectable()
export class PageSessions {
  private ready?: Promise<void>;

  constructor(
    @Inject(SQL_SESSION) private readonly sql: SqlSession,
    @Optional() @Inject(PAGE_SESSION_CLOCK) private readonly now: () => number = Date.now,
  ) {}

  /** Forgets the expired sessions as it starts one: the table holds little more than the last 15 minutes' sign-ins. */
  async start(reader: Actor): Promise<PageSession> {
    await this.setUp();
    const now = this.now();
    const session = { id: randomBytes(32).toString('base64url'), reader, expiresAt: new Date(now + PAGE_SESSION_MS) };
    await this.sql.query(
      `with expired as (delete from ${TABLE} where expires_at <= $6::timestamptz)
       insert into ${TABLE} (id_digest, body, person, role, expires_at) values (decode($1, 'hex'), $2, $3, $4, $5::timestamptz)`,
      [digestOf(session.id), reader.body, reader.person, reader.role, session.expiresAt.toISOString(), new Date(now).toISOString()],
    );
    return session;
  }

  /** The session the id names while it lasts; nothing for an unknown, ended or expired one. */
  async find(id: string | undefined): Promise<PageSession | undefined> {
    if (id === undefined) return undefined;
    await this.setUp();
    const rows = await this.sql.query<{ body: Body; person: string; role: string; expires_at: string }>(
      `select body, person, role, to_json(expires_at)#>>'{}' as expires_at from ${TABLE}
        where id_digest = decode($1, 'hex') and expires_at > $2::timestamptz`,
      [digestOf(id), new Date(this.now()).toISOString()],
    );
    return rows
      .map((row) => ({ id, reader: { body: row.body, person: row.person, role: row.role }, expiresAt: new Date(row.expires_at) }))
      .at(0);
  }

  async end(id: string | undefined): Promise<void> {
    if (id === undefined) return;
    await this.setUp();
    await this.sql.query(`delete from ${TABLE} where id_digest = decode($1, 'hex')`, [digestOf(id)]);
  }

  /** Made on first use; a failed attempt is tried again on the next request. */
  private setUp(): Promise<void> {
    this.ready ??= this.sql
      .exec(
        `create schema if not exists ${SCHEMA};
create table if not exists ${TABLE} (
  id_digest bytea primary key,
  body text not null,
  person text not null,
  role text not null,
  expires_at timestamptz not null
);
create index if not exists page_sessions_by_expiry on ${TABLE} (expires_at);`,
      )
      .catch((error: unknown) => {
        this.ready = undefined;
        throw error;
      });
    return this.ready;
  }
}
