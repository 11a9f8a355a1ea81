import { given } from '@rtop/testing';
import { otherOrgansDecider } from './other-organs-case';
import { HumanRightsReportPublished } from './other-organs-events';
import { PublishReport } from './publish-report';
import { at, caseId, ecosoc, humanRightsCouncil, noted } from './other-organs.fixtures';

const publish = (overrides: Partial<PublishReport> = {}): PublishReport => ({
  type: 'publish-report',
  caseId,
  reportId: 'report-1',
  kind: 'fact-finding-mission',
  title: 'Report of the fact-finding mission to Kenya',
  summary: 'Killings, rape and forced displacement in the Rift Valley and Nairobi',
  actor: humanRightsCouncil,
  at,
  ...overrides,
});

const published: HumanRightsReportPublished = {
  type: 'human-rights-report-published',
  data: {
    caseId,
    reportId: 'report-1',
    kind: 'fact-finding-mission',
    title: 'Report of the fact-finding mission to Kenya',
    summary: 'Killings, rape and forced displacement in the Rift Valley and Nairobi',
  },
};

describe('the Human Rights Council publishes a report', () => {
  it('records the report on the case', () => {
    given(otherOrgansDecider, [noted]).when(publish()).then([published]);
  });

  it('is the Human Rights Council’s to publish', () => {
    given(otherOrgansDecider, [noted])
      .when(publish({ actor: ecosoc }))
      .thenRefuses('forbidden', 'remit', /un-human-rights-council only/);
  });

  it('has a title and a summary', () => {
    given(otherOrgansDecider, [noted])
      .when(publish({ title: ' ' }))
      .thenRefuses('invalid', 'report-has-content');
    given(otherOrgansDecider, [noted])
      .when(publish({ summary: '' }))
      .thenRefuses('invalid', 'report-has-content');
  });

  it('publishes a report once', () => {
    given(otherOrgansDecider, [noted, published]).when(publish()).thenRefuses('conflict', 'report-published-once');
  });
});
