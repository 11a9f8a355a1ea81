import { given } from '@rtop/testing';
import { NotifyCouncilUnderArticle99 } from './notify-council-under-article-99';
import { secretaryGeneralDecider } from './secretary-general-case';
import { Article99NotificationSent } from './secretary-general-events';
import { at, caseId, jointOffice, secretaryGeneral } from './secretary-general.fixtures';

const notify = (overrides: Partial<NotifyCouncilUnderArticle99> = {}): NotifyCouncilUnderArticle99 => ({
  type: 'notify-council-under-article-99',
  caseId,
  notificationId: 'notification-1',
  summary: 'Organised attacks on civilians in the Rift Valley may threaten international peace and security',
  actor: secretaryGeneral,
  at,
  ...overrides,
});

const sent: Article99NotificationSent = {
  type: 'article-99-notification-sent',
  data: { caseId, notificationId: 'notification-1', summary: notify().summary },
};

describe('bring a matter to the Security Council under Article 99', () => {
  it('sends the notification on the Secretary-General’s own opinion, with no assessment needed first', () => {
    given(secretaryGeneralDecider).when(notify()).then([sent]);
  });

  it('states the matter', () => {
    given(secretaryGeneralDecider).when(notify({ summary: '  ' })).thenRefuses('invalid', 'article-99-states-the-matter');
  });

  it('sends a notification once', () => {
    given(secretaryGeneralDecider, [sent]).when(notify()).thenRefuses('conflict', 'notification-sent-once');
  });

  it('is the Secretary-General’s alone', () => {
    given(secretaryGeneralDecider).when(notify({ actor: jointOffice })).thenRefuses('forbidden', 'remit', /un-secretary-general only/);
  });
});
