import { given } from '@rtop/testing';
import { councilCaseDecider } from './council-case';
import { PutDraftToVote } from './put-draft-to-vote';
import { at, caseId, classified, france, members, putToVote, securityCouncil, tabled, noted } from './council-case.fixtures';

const put = (overrides: Partial<PutDraftToVote> = {}): PutDraftToVote => ({
  type: 'put-draft-to-vote',
  caseId,
  draftId: 'draft-1',
  members,
  actCodeSignatories: ['member-state:FRA', 'member-state:GBR'],
  actor: securityCouncil,
  at,
  ...overrides,
});

const ready = [tabled(), classified()];

describe('put a draft to the vote', () => {
  it('opens the vote with the fifteen members sitting and the ACT code signatories as configured', () => {
    given(councilCaseDecider, [noted, ...ready])
      .when(put())
      .then([putToVote(['member-state:FRA', 'member-state:GBR'])]);
  });

  it('needs the classification decided first', () => {
    given(councilCaseDecider, [noted, tabled()]).when(put()).thenRefuses('conflict', 'classified-before-the-vote');
  });

  it('puts a draft to the vote once', () => {
    given(councilCaseDecider, [noted, ...ready, putToVote()])
      .when(put())
      .thenRefuses('conflict', 'put-to-the-vote-once');
  });

  it('seats fifteen members, each a member state holding one seat', () => {
    given(councilCaseDecider, [noted, ...ready])
      .when(put({ members: members.slice(1) }))
      .thenRefuses('invalid', 'council-of-fifteen', /not 14/);
    given(councilCaseDecider, [noted, ...ready])
      .when(put({ members: [...members.slice(0, 14), { state: 'au-psc', permanent: false }] }))
      .thenRefuses('invalid', 'council-members-are-states');
    given(councilCaseDecider, [noted, ...ready])
      .when(put({ members: [...members.slice(0, 14), members[13]] }))
      .thenRefuses('invalid', 'one-seat-per-state');
    given(councilCaseDecider, [noted, ...ready])
      .when(put({ members: [...members.slice(0, 14), { state: 'member-state:XXX', permanent: false }] }))
      .thenRefuses('invalid', 'council-members-are-states', /member-state:XXX/);
  });

  it('seats Members of the United Nations only (Art. 23(1)): an observer State holds no seat', () => {
    given(councilCaseDecider, [noted, ...ready])
      .when(put({ members: [...members.slice(0, 14), { state: 'member-state:PSE', permanent: false }] }))
      .thenRefuses('rule-violated', 'un-membership', /member-state:PSE is a non-member observer State/);
  });

  it('marks as permanent exactly the five members Art. 23(1) names', () => {
    const elected = members.slice(5);
    given(councilCaseDecider, [noted, ...ready])
      .when(put({ members: [...members.slice(0, 14), { state: 'member-state:DEU', permanent: true }] }))
      .thenRefuses('invalid', 'permanent-members-of-the-charter', /DEU is not a permanent member/);
    given(councilCaseDecider, [noted, ...ready])
      .when(put({ members: [{ state: 'member-state:CHN', permanent: false }, ...members.slice(1)] }))
      .thenRefuses('invalid', 'permanent-members-of-the-charter', /CHN is a permanent member/);
    given(councilCaseDecider, [noted, ...ready])
      .when(put({ members: [...members.slice(0, 4), ...elected, { state: 'member-state:JPN', permanent: false }] }))
      .thenRefuses('invalid', 'permanent-members-of-the-charter', /USA holds a permanent seat/);
  });

  it('puts to the vote a draft that was tabled', () => {
    given(councilCaseDecider, [noted]).when(put()).thenRefuses('not-found', 'draft-tabled');
  });

  it('is the Council’s to do', () => {
    given(councilCaseDecider, [noted, ...ready])
      .when(put({ actor: france }))
      .thenRefuses('forbidden', 'remit');
  });
});
