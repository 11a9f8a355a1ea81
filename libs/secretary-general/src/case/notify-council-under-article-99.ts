import { CommandEnvelope, StateConflict, requireBody } from '@rtop/kernel';
import { requireText } from '../required-text';
import { SecretaryGeneralCase } from './secretary-general-case';
import { Article99NotificationSent } from './secretary-general-events';

export interface NotifyCouncilUnderArticle99 extends CommandEnvelope {
  readonly type: 'notify-council-under-article-99';
  readonly caseId: string;
  readonly notificationId: string;
  /** The matter which, in the Secretary-General's opinion, may threaten international peace and security. */
  readonly summary: string;
}

/**
 * Art. 99 rests on the Secretary-General's own opinion: no assessment, finding or other organ's
 * act is a precondition, so none is asked for here.
 */
export function notifyCouncilUnderArticle99(
  command: NotifyCouncilUnderArticle99,
  state: SecretaryGeneralCase,
): Article99NotificationSent[] {
  requireBody(command.actor, 'un-secretary-general', 'bringing a matter to the Security Council under Article 99');
  if (state.notifications.has(command.notificationId)) {
    throw new StateConflict('notification-sent-once', `Article 99 notification ${command.notificationId} has already been sent`);
  }
  requireText(
    command.summary,
    'article-99-states-the-matter',
    'an Article 99 notification states the matter brought to the Council’s attention',
  );
  const { caseId, notificationId, summary } = command;
  return [{ type: 'article-99-notification-sent', data: { caseId, notificationId, summary } }];
}
