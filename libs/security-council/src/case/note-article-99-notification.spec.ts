import { given } from '@rtop/testing';
import { councilCaseDecider } from './council-case';
import { Article99NotificationPlacedOnAgenda } from './council-case-events';
import { NoteArticle99Notification } from './note-article-99-notification';
import { at, caseId, generalAssembly, secretaryGeneral, noted } from './council-case.fixtures';

const summary = 'Organised attacks on civilians in the Rift Valley may threaten international peace and security';

const note = (overrides: Partial<NoteArticle99Notification> = {}): NoteArticle99Notification => ({
  type: 'note-article-99-notification',
  caseId,
  notificationId: 'notification-1',
  summary,
  actor: secretaryGeneral,
  at,
  ...overrides,
});

const placed: Article99NotificationPlacedOnAgenda = {
  type: 'article-99-notification-placed-on-agenda',
  data: { notificationId: 'notification-1', summary },
};

describe('note an Art. 99 notification from the Secretary-General', () => {
  it('places the matter on the Council’s agenda for the case', () => {
    given(councilCaseDecider, [noted]).when(note()).then([placed]);
  });

  it('changes nothing when the same notification arrives again', () => {
    given(councilCaseDecider, [noted, placed]).when(note()).then([]);
  });

  it('states the matter brought to the Council’s attention', () => {
    given(councilCaseDecider, [noted])
      .when(note({ summary: '  ' }))
      .thenRefuses('invalid', 'article-99-states-the-matter');
  });

  it('is the Secretary-General’s to send', () => {
    given(councilCaseDecider, [noted])
      .when(note({ actor: generalAssembly }))
      .thenRefuses('forbidden', 'remit');
  });
});
