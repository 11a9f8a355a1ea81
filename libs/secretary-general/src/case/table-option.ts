import { CommandEnvelope, InvalidCommand, NotFound, OutsideRemit, RuleViolated, StateConflict, contentDigest } from '@rtop/kernel';
import { OPTION_PILLARS, OptionPillar, requireCoercionUnderPillarIii } from '../pillar';
import { requireText } from '../required-text';
import { SecretaryGeneralCase } from './secretary-general-case';
import { OptionTabled } from './secretary-general-events';
import { requireConvened } from './standing-group';
import { firstDifference } from './transmit-assessment';

export interface TableOption extends CommandEnvelope {
  readonly type: 'table-option';
  readonly optionId: string;
  readonly meetingId: string;
  readonly pillar: string;
  readonly description: string;
  readonly coercive: boolean;
  /** The assessment the option answers, named by id and by the digest it was received with. */
  readonly assessmentId: string;
  readonly assessmentDigest: string;
  /** The assessment as the group worked from it, when the proposer submits it with the option. */
  readonly assessmentContent?: Readonly<Record<string, unknown>>;
}

/**
 * A member department lays an option before the Secretary-General. The group never filters the
 * assessment: an option answers the assessment exactly as the Secretary-General received it, so a
 * different digest, or altered content, is refused.
 */
export function tableOption(command: TableOption, state: SecretaryGeneralCase): OptionTabled[] {
  const group = requireConvened(state.standingGroup, 'tabling an option');
  const proposedBy = group.members.find((m) => m === command.actor.body);
  if (!proposedBy) {
    throw new OutsideRemit(
      'remit',
      `tabling an option is within the remit of the standing group’s members (${group.members.join(', ')}); ${command.actor.body} is not one`,
    );
  }
  if (group.options.has(command.optionId)) throw new StateConflict('option-tabled-once', `option ${command.optionId} is already tabled`);
  if (!group.meetings.has(command.meetingId)) {
    throw new NotFound('standing-group-meeting-held', `the standing group has held no meeting ${command.meetingId}`);
  }
  if (!(OPTION_PILLARS as readonly string[]).includes(command.pillar)) {
    throw new InvalidCommand('options-across-pillars-ii-and-iii', `the group tables options under pillar II or III, not ${command.pillar}`);
  }
  const pillar = command.pillar as OptionPillar;
  requireCoercionUnderPillarIii(pillar, command.coercive, `option ${command.optionId}`);
  requireText(command.description, 'option-described', 'an option says what would be done');
  checkAssessmentAsReceived(command, state);
  const { optionId, meetingId, description, coercive, assessmentId, assessmentDigest } = command;
  return [
    { type: 'option-tabled', data: { optionId, meetingId, pillar, description, coercive, proposedBy, assessmentId, assessmentDigest } },
  ];
}

function checkAssessmentAsReceived(command: TableOption, state: SecretaryGeneralCase): void {
  const received = state.received.get(command.assessmentId);
  if (!received) {
    throw new NotFound('assessment-received', `the Secretary-General has not received assessment ${command.assessmentId} on this case`);
  }
  if (command.assessmentDigest !== received.contentDigest) {
    throw new RuleViolated(
      'standing-group-never-filters-the-assessment',
      `assessment ${command.assessmentId} was received with digest ${received.contentDigest}, not ${command.assessmentDigest}: the group works from the assessment as received`,
    );
  }
  if (command.assessmentContent && contentDigest(command.assessmentContent) !== received.contentDigest) {
    throw new RuleViolated(
      'standing-group-never-filters-the-assessment',
      `the assessment submitted differs from assessment ${command.assessmentId} as received (first difference at ${firstDifference(received.content, command.assessmentContent) ?? '$'})`,
    );
  }
}
