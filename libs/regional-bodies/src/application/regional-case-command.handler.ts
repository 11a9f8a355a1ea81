import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore } from '@rtop/event-store';
import { CommandOutcome, Decider, decideAndAppend } from '@rtop/kernel';
import { RegionalCase, RegionalCaseCommand, regionalCaseDecider } from '../case/regional-case';
import { RegionalCaseEvent } from '../case/regional-events';
import { REGIONAL_RULES } from './regional-rules.config';
import { RegionalRules } from '../case/regional-rules';

export const REGIONAL_BODIES_CONTEXT = 'regional-bodies';
/** One stream per case for all the regional bodies: the AU Assembly's Art. 4(h) step reads the PSC's recommendation. */
export const regionalCaseStreamId = (caseId: string) => `${REGIONAL_BODIES_CONTEXT}-case-${caseId}`;

export class ExecuteRegionalCaseCommand extends Command<CommandOutcome<RegionalCaseEvent>> {
  constructor(
    readonly command: RegionalCaseCommand,
    readonly options: { expectedRevision?: bigint; idempotencyKey?: string; causationId?: string } = {},
  ) {
    super();
  }
}

@CommandHandler(ExecuteRegionalCaseCommand)
export class RegionalCaseCommandHandler implements ICommandHandler<ExecuteRegionalCaseCommand> {
  private readonly decider: Decider<RegionalCaseCommand, RegionalCaseEvent, RegionalCase>;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(REGIONAL_RULES) rules: RegionalRules,
  ) {
    this.decider = regionalCaseDecider(rules);
  }

  execute({ command, options }: ExecuteRegionalCaseCommand): Promise<CommandOutcome<RegionalCaseEvent>> {
    return decideAndAppend(this.store, this.decider, {
      streamId: regionalCaseStreamId(command.caseId),
      caseId: command.caseId,
      context: REGIONAL_BODIES_CONTEXT,
      command,
      ...options,
    });
  }
}
