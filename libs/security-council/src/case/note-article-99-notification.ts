import { CommandEnvelope, InvalidCommand, requireBody } from '@rtop/kernel';
import { CouncilCase } from './council-case';
import { Article99NotificationPlacedOnAgenda } from './council-case-events';

/** Delivered from the event log when the Secretary-General brings the matter to the Council's attention under Art. 99. */
export interface NoteArticle99Notification extends CommandEnvelope {
  readonly type: 'note-article-99-notification';
  readonly caseId: string;
  readonly notificationId: string;
  /** The matter which, in the Secretary-General's opinion, may threaten international peace and security. */
  readonly summary: string;
}

export function noteArticle99Notification(command: NoteArticle99Notification, state: CouncilCase): Article99NotificationPlacedOnAgenda[] {
  requireBody(command.actor, 'un-secretary-general', 'an Art. 99 notification');
  if (state.agenda.some((item) => item.basis === 'article-99' && item.notificationId === command.notificationId)) return [];
  if (!command.summary.trim()) {
    throw new InvalidCommand(
      'article-99-states-the-matter',
      'an Art. 99 notification states the matter brought to the Council’s attention',
    );
  }
  const { notificationId, summary } = command;
  return [{ type: 'article-99-notification-placed-on-agenda', data: { notificationId, summary } }];
}
