import { MemberStateBody } from '@rtop/kernel';
import { given } from '@rtop/testing';
import { CastVote } from './cast-vote';
import { councilCaseDecider } from './council-case';
import { CouncilCaseEvent } from './council-case-events';
import { ResolutionProposal, Vote } from './draft';
import { at, caseId, classified, france, putToVote, resolution, securityCouncil, tabled, voteCast, noted } from './council-case.fixtures';

const cast = (member: string, vote: Vote, overrides: Partial<CastVote> = {}): CastVote => ({
  type: 'cast-vote',
  caseId,
  draftId: 'draft-1',
  member,
  vote,
  actor: securityCouncil,
  at,
  ...overrides,
});

const voting = (
  proposal: ResolutionProposal = resolution,
  { procedural = false, signatories = [] as MemberStateBody[] } = {},
): CouncilCaseEvent[] => [tabled(proposal), classified(procedural), putToVote(signatories)];

const warning = (member: MemberStateBody, vote: 'yes' | 'no') =>
  ({
    type: 'obligatory-abstention-warning-recorded',
    data: { draftId: 'draft-1', member, vote, provision: 'Charter Art. 27(3)' },
  }) as const;
const breach = (state: MemberStateBody) =>
  ({ type: 'pledge-breached', data: { state, draftId: 'draft-1', caseId, pledge: 'ACT code of conduct' } }) as const;

/** A dispute between two Council members, one of them permanent. */
const dispute: ResolutionProposal = {
  ...resolution,
  chapter: 'VI',
  measures: [{ kind: 'good-offices', coercive: false }],
  authorisedBodies: [],
  partiesToDispute: ['member-state:ZAF', 'member-state:GBR'],
};

describe('cast a vote', () => {
  it('records the vote of a member of the Council', () => {
    given(councilCaseDecider, [noted, ...voting()])
      .when(cast('member-state:BEL', 'yes'))
      .then([voteCast('member-state:BEL', 'yes')]);
  });

  it('gives each member one vote', () => {
    given(councilCaseDecider, [noted, ...voting(), voteCast('member-state:BEL', 'yes')])
      .when(cast('member-state:BEL', 'no'))
      .thenRefuses('rule-violated', 'one-vote-per-member', /already voted yes/);
  });

  it('counts only members sitting on the Council for this vote', () => {
    given(councilCaseDecider, [noted, ...voting()])
      .when(cast('member-state:KEN', 'no'))
      .thenRefuses('rule-violated', 'only-council-members-vote', /KEN/);
  });

  it('records votes only while the vote is open', () => {
    given(councilCaseDecider, [noted, tabled(), classified()]).when(cast('member-state:BEL', 'yes')).thenRefuses('conflict', 'vote-open');
    given(councilCaseDecider, [noted]).when(cast('member-state:BEL', 'yes')).thenRefuses('not-found', 'draft-tabled');
  });

  it('is recorded by the Council: a member state does not record its own vote', () => {
    given(councilCaseDecider, [noted, ...voting()])
      .when(cast('member-state:FRA', 'yes', { actor: france }))
      .thenRefuses('forbidden', 'remit');
  });

  describe('obligatory abstention of a party to a dispute (Art. 27(3))', () => {
    it('records the vote and a warning when a party votes on a Chapter VI draft', () => {
      given(councilCaseDecider, [noted, ...voting(dispute)])
        .when(cast('member-state:ZAF', 'yes'))
        .then([voteCast('member-state:ZAF', 'yes'), warning('member-state:ZAF', 'yes')]);
      given(councilCaseDecider, [noted, ...voting(dispute)])
        .when(cast('member-state:GBR', 'no'))
        .then([voteCast('member-state:GBR', 'no'), warning('member-state:GBR', 'no')]);
    });

    it('warns on a Chapter VIII draft under Art. 52(3) as well', () => {
      const regional: ResolutionProposal = { ...dispute, chapter: 'VIII', underArticle52Paragraph3: true };
      given(councilCaseDecider, [noted, ...voting(regional)])
        .when(cast('member-state:ZAF', 'yes'))
        .then([voteCast('member-state:ZAF', 'yes'), warning('member-state:ZAF', 'yes')]);
    });

    it('does not warn a party that abstains, nor a member that is no party', () => {
      given(councilCaseDecider, [noted, ...voting(dispute)])
        .when(cast('member-state:ZAF', 'abstain'))
        .then([voteCast('member-state:ZAF', 'abstain')]);
      given(councilCaseDecider, [noted, ...voting(dispute)])
        .when(cast('member-state:BEL', 'yes'))
        .then([voteCast('member-state:BEL', 'yes')]);
    });

    it('does not apply under Chapter VII, nor to procedural votes', () => {
      given(councilCaseDecider, [noted, ...voting({ ...dispute, chapter: 'VII' })])
        .when(cast('member-state:ZAF', 'yes'))
        .then([voteCast('member-state:ZAF', 'yes')]);
      given(councilCaseDecider, [noted, ...voting(dispute, { procedural: true })])
        .when(cast('member-state:ZAF', 'yes'))
        .then([voteCast('member-state:ZAF', 'yes')]);
    });
  });

  describe('the ACT code of conduct', () => {
    const signatories: MemberStateBody[] = ['member-state:FRA', 'member-state:CRI'];

    it('records a breached pledge when a signatory votes against a credible atrocity-prevention draft, and still records the vote', () => {
      given(councilCaseDecider, [noted, ...voting(resolution, { signatories })])
        .when(cast('member-state:CRI', 'no'))
        .then([voteCast('member-state:CRI', 'no'), breach('member-state:CRI')]);
      given(councilCaseDecider, [noted, ...voting(resolution, { signatories })])
        .when(cast('member-state:FRA', 'no'))
        .then([voteCast('member-state:FRA', 'no'), breach('member-state:FRA')]);
    });

    it('records no breach for a vote in favour, an abstention, a state that did not sign, or a draft not marked credible', () => {
      given(councilCaseDecider, [noted, ...voting(resolution, { signatories })])
        .when(cast('member-state:FRA', 'yes'))
        .then([voteCast('member-state:FRA', 'yes')]);
      given(councilCaseDecider, [noted, ...voting(resolution, { signatories })])
        .when(cast('member-state:FRA', 'abstain'))
        .then([voteCast('member-state:FRA', 'abstain')]);
      given(councilCaseDecider, [noted, ...voting(resolution, { signatories })])
        .when(cast('member-state:RUS', 'no'))
        .then([voteCast('member-state:RUS', 'no')]);
      given(councilCaseDecider, [noted, ...voting({ ...resolution, credibleAtrocityPrevention: false }, { signatories })])
        .when(cast('member-state:FRA', 'no'))
        .then([voteCast('member-state:FRA', 'no')]);
    });
  });
});
