import { randomUUID } from 'node:crypto';
import { CommandBus } from '@nestjs/cqrs';
import { Response } from 'express';
import { expectedRevisionFrom, setRevision } from '@rtop/http';
import { Actor, CommandOutcome, deterministicUuid } from '@rtop/kernel';
import { ExecuteCaseCommand } from '../application/case-command.handler';
import { CaseCommand } from '../case/case';
import { CaseEvent } from '../case/case-events';

export const IF_MATCH = { name: 'If-Match', required: false, description: 'The case revision last read (its ETag); a concurrent change then answers 409.' };
export const IDEMPOTENCY_KEY = {
  name: 'Idempotency-Key',
  required: false,
  description: 'Send the same key again to retry safely: the first outcome is returned and nothing is written twice.',
};

/** A new identifier, or the same one when a retried request carries the same idempotency key. */
export const newId = (actor: Actor, what: string, key?: string) => (key ? deterministicUuid(`${actor.body}|${what}|${key}`) : randomUUID());

/** Runs a command on a case's stream and answers with its revision as the ETag. */
export async function executeOnCase(
  commands: CommandBus,
  response: Response,
  command: CaseCommand,
  headers: { readonly ifMatch?: string; readonly idempotencyKey?: string },
): Promise<CommandOutcome<CaseEvent>> {
  const outcome = await commands.execute(new ExecuteCaseCommand(command, expectedRevisionFrom(headers.ifMatch), headers.idempotencyKey));
  setRevision(response, outcome.revision);
  return outcome;
}
