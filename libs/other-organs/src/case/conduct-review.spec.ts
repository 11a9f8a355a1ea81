import { given } from '@rtop/testing';
import { ConductReview } from './conduct-review';
import { otherOrgansDecider } from './other-organs-case';
import { ReviewConducted } from './other-organs-events';
import { at, caseId, humanRightsCouncil, jointOffice, noted } from './other-organs.fixtures';

const review = (overrides: Partial<ConductReview> = {}): ConductReview => ({
  type: 'conduct-review',
  caseId,
  reviewId: 'review-1',
  state: 'KEN',
  findings: 'Accountability for the 2007–08 violence remains incomplete',
  recommendations: ['Establish a special tribunal'],
  actor: humanRightsCouncil,
  at,
  ...overrides,
});

const conducted: ReviewConducted = {
  type: 'review-conducted',
  data: {
    caseId,
    reviewId: 'review-1',
    state: 'KEN',
    findings: 'Accountability for the 2007–08 violence remains incomplete',
    recommendations: ['Establish a special tribunal'],
  },
};

describe('the Human Rights Council conducts a review of a state', () => {
  it('records the review, its findings and recommendations', () => {
    given(otherOrgansDecider, [noted]).when(review()).then([conducted]);
  });

  it('may recommend nothing further', () => {
    given(otherOrgansDecider, [noted])
      .when(review({ recommendations: [] }))
      .then([{ ...conducted, data: { ...conducted.data, recommendations: [] } }]);
  });

  it('is the Human Rights Council’s to conduct', () => {
    given(otherOrgansDecider, [noted])
      .when(review({ actor: jointOffice }))
      .thenRefuses('forbidden', 'remit');
  });

  it('names the state by its ISO 3166-1 alpha-3 code', () => {
    given(otherOrgansDecider, [noted])
      .when(review({ state: 'Kenya' }))
      .thenRefuses('invalid', 'iso-3166-alpha-3');
    given(otherOrgansDecider, [noted])
      .when(review({ state: 'XXX' }))
      .thenRefuses('invalid', 'iso-3166-alpha-3');
  });

  it('reviews Members of the United Nations: the Holy See, an observer State, is not under review', () => {
    given(otherOrgansDecider, [noted])
      .when(review({ state: 'VAT' }))
      .thenRefuses('rule-violated', 'un-membership', /VAT is a non-member observer State/);
  });

  it('states its findings, and no blank recommendation', () => {
    given(otherOrgansDecider, [noted])
      .when(review({ findings: '' }))
      .thenRefuses('invalid', 'review-has-findings');
    given(otherOrgansDecider, [noted])
      .when(review({ recommendations: [' '] }))
      .thenRefuses('invalid', 'review-has-findings', /recommendations\[0\]/);
  });

  it('records a review once', () => {
    given(otherOrgansDecider, [noted, conducted]).when(review()).thenRefuses('conflict', 'review-conducted-once');
  });
});
