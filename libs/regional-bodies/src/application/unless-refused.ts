import { Logger } from '@nestjs/common';
import { DomainError } from '@rtop/kernel';

/**
 * Runs a reaction's command. A refusal by the regional bodies' rules is logged and passed over:
 * delivering the same event again would be refused again, and would hold up every event behind it.
 */
export async function unlessRefused(logger: Logger, command: Promise<unknown>, what: string): Promise<void> {
  try {
    await command;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    logger.warn(`${what} refused (${error.rule}): ${error.message}`);
  }
}
