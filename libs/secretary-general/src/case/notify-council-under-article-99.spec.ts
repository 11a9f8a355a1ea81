import { given } from '@rtop/testing';
import { NotifyCouncilUnderArticle99 } from './notify-council-under-article-99';
import { secretaryGeneralDecider } from './secretary-general-case';
import { Article99NotificationSent } from './secretary-general-events';
import { at, caseId, jointOffice, secretaryGeneral, noted } from './secretary-general.fixtures';

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
    given(secretaryGeneralDecider, [noted]).when(notify()).then([sent]);
  });

  it('states the matter', () => {
    given(secretaryGeneralDecider, [noted])
      .when(notify({ summary: '  ' }))
      .thenRefuses('invalid', 'article-99-states-the-matter');
  });

  it('sends a notification once', () => {
    given(secretaryGeneralDecider, [noted, sent]).when(notify()).thenRefuses('conflict', 'notification-sent-once');
  });

  it('is the Secretary-General’s alone', () => {
    given(secretaryGeneralDecider, [noted])
      .when(notify({ actor: jointOffice }))
      .thenRefuses('forbidden', 'remit', /un-secretary-general only/);
  });
});

describe('Article 99 on a case that exists', () => {
  it('given a case the Joint Office never opened, when the Secretary-General notifies the Council, then 404 case-exists and nothing is written', () => {
    given(secretaryGeneralDecider)
      .when(notify())
      .thenRefuses('not-found', 'case-exists', /no case .* is known to the Secretary-General/);
  });

  it('given a case known to the Secretary-General with no assessment received, when it notifies the Council, then the notification is sent', () => {
    expect(given(secretaryGeneralDecider, [noted]).when(notify()).result()).toMatchObject([{ type: 'article-99-notification-sent' }]);
  });
});
