import { MemberStateBody } from '@rtop/kernel';
import { given } from '@rtop/testing';
import { CloseVote } from './close-vote';
import { councilCaseDecider } from './council-case';
import { CouncilCaseEvent, EmergencySpecialSessionNoted } from './council-case-events';
import { Proposal, Vote } from './draft';
import {
  ELECTED,
  at,
  caseId,
  classified,
  electedVote,
  france,
  putToVote,
  resolution,
  securityCouncil,
  tabled,
  voteCast,
  noted,
} from './council-case.fixtures';
import { UN_HEADQUARTERS_CALENDAR } from './working-days';

const close = (overrides: Partial<CloseVote> = {}): CloseVote => ({
  type: 'close-vote',
  caseId,
  draftId: 'draft-1',
  calendar: UN_HEADQUARTERS_CALENDAR,
  actor: securityCouncil,
  at,
  ...overrides,
});

const P5 = {
  CHN: 'member-state:CHN',
  FRA: 'member-state:FRA',
  RUS: 'member-state:RUS',
  GBR: 'member-state:GBR',
  USA: 'member-state:USA',
} as const satisfies Record<string, MemberStateBody>;

const voted = (
  votes: CouncilCaseEvent[],
  { proposal = resolution, procedural = false }: { proposal?: Proposal; procedural?: boolean } = {},
): CouncilCaseEvent[] => [tabled(proposal), classified(procedural), putToVote(), ...votes];
const p5 = (vote: Vote, ...except: MemberStateBody[]) =>
  Object.values(P5)
    .filter((m) => !except.includes(m))
    .map((m) => voteCast(m, vote));

const adopted = (procedural = false) =>
  ({
    type: 'council-decision-adopted',
    data: {
      draftId: 'draft-1',
      caseId,
      chapter: 'VII',
      procedural,
      measures: resolution.measures,
      authorisedBodies: ['au-psc'],
      manifestFailureDetermined: true,
    },
  }) as const;
const outcomeOf = (history: CouncilCaseEvent[], command = close()) =>
  given(councilCaseDecider, [noted, ...history])
    .when(command)
    .result()[1];
const essOpen: EmergencySpecialSessionNoted = {
  type: 'emergency-special-session-noted',
  data: { sessionId: 'ess-11', status: 'convened' },
};

describe('close the vote', () => {
  it('adopts a draft with nine votes in favour and no permanent member against, publishing what it decides', () => {
    given(councilCaseDecider, [noted, ...voted([...p5('yes'), ...electedVote(4, 'yes'), ...electedVote(10, 'abstain').slice(4)])])
      .when(close())
      .then([
        {
          type: 'vote-closed',
          data: { draftId: 'draft-1', yes: [...Object.values(P5), ...ELECTED.slice(0, 4)], no: [], abstain: ELECTED.slice(4), absent: [] },
        },
        adopted(),
      ]);
  });

  it('fails a draft with eight votes in favour', () => {
    expect(outcomeOf(voted([...p5('yes'), ...electedVote(3, 'yes')]))).toEqual({
      type: 'draft-failed',
      data: { draftId: 'draft-1', caseId, affirmativeVotes: 8, required: 9 },
    });
  });

  it('treats a permanent member’s no on a draft that has nine votes in favour as a veto: an outcome, not a refusal', () => {
    expect(outcomeOf(voted([...p5('yes', P5.RUS), voteCast(P5.RUS, 'no'), ...electedVote(5, 'yes')]))).toEqual({
      type: 'draft-vetoed',
      data: { draftId: 'draft-1', caseId, vetoedBy: [P5.RUS], vetoDebateDueBy: '2022-06-10T03:59:59.999Z' },
    });
  });

  it('names every permanent member that voted no', () => {
    const votes = [voteCast(P5.CHN, 'no'), voteCast(P5.RUS, 'no'), ...p5('yes', P5.CHN, P5.RUS), ...electedVote(6, 'yes')];
    expect(outcomeOf(voted(votes))).toMatchObject({ type: 'draft-vetoed', data: { vetoedBy: [P5.CHN, P5.RUS] } });
  });

  it('does not count a permanent member’s abstention or absence as a veto', () => {
    expect(outcomeOf(voted([...p5('yes', P5.CHN), voteCast(P5.CHN, 'abstain'), ...electedVote(5, 'yes')]))).toEqual(adopted());
    const absence = voted([...p5('yes', P5.CHN), ...electedVote(5, 'yes')]);
    const [tally, outcome] = given(councilCaseDecider, [noted, ...absence])
      .when(close())
      .result();
    expect(tally).toMatchObject({ type: 'vote-closed', data: { absent: [P5.CHN, ...ELECTED.slice(5)] } });
    expect(outcome).toEqual(adopted());
  });

  it('does not count an elected member’s no as a veto', () => {
    expect(outcomeOf(voted([...p5('yes'), ...electedVote(4, 'yes'), voteCast(ELECTED[9], 'no')]))).toEqual(adopted());
  });

  it('adopts a procedural draft with nine votes in favour whatever a permanent member votes', () => {
    const votes = [...p5('yes', P5.USA), voteCast(P5.USA, 'no'), ...electedVote(5, 'yes')];
    expect(outcomeOf(voted(votes, { procedural: true }))).toEqual(adopted(true));
  });

  it('fails a draft short of nine votes even with a permanent member against: nothing was vetoed', () => {
    const votes = [...p5('yes', P5.USA), voteCast(P5.USA, 'no'), ...electedVote(4, 'yes')];
    expect(outcomeOf(voted(votes))).toMatchObject({ type: 'draft-failed', data: { affirmativeVotes: 8 } });
  });

  describe('the veto debate in the General Assembly (res. 76/262)', () => {
    const vetoed = voted([...p5('yes', P5.RUS), voteCast(P5.RUS, 'no'), ...electedVote(5, 'yes')]);

    it('is due by the end (in New York) of the tenth working day after the veto, weekends skipped', () => {
      const friday = new Date('2022-05-27T15:00:00Z');
      expect(outcomeOf(vetoed, close({ at: friday }))).toMatchObject({ data: { vetoDebateDueBy: '2022-06-11T03:59:59.999Z' } });
    });

    it('skips the UN holidays configured', () => {
      const calendar = { ...UN_HEADQUARTERS_CALENDAR, holidays: ['2022-05-30'] };
      expect(outcomeOf(vetoed, close({ calendar }))).toMatchObject({ data: { vetoDebateDueBy: '2022-06-11T03:59:59.999Z' } });
    });

    it('is not due while an emergency special session on the situation is open', () => {
      expect(outcomeOf([essOpen, ...vetoed])).toMatchObject({ type: 'draft-vetoed', data: { vetoDebateDueBy: null } });
    });

    it('is due again once that session has closed', () => {
      const closed: EmergencySpecialSessionNoted = {
        type: 'emergency-special-session-noted',
        data: { sessionId: 'ess-11', status: 'closed' },
      };
      expect(outcomeOf([essOpen, closed, ...vetoed])).toMatchObject({ data: { vetoDebateDueBy: '2022-06-10T03:59:59.999Z' } });
    });
  });

  describe('Uniting for Peace', () => {
    const essRequest: Proposal = { kind: 'emergency-special-session-request', title: 'Call for an emergency special session' };

    it('requests an emergency special session on a procedural vote of nine, a permanent member’s no notwithstanding', () => {
      const votes = [...p5('no', P5.FRA, P5.GBR, P5.USA), ...p5('yes', P5.CHN, P5.RUS), ...electedVote(6, 'yes')];
      expect(outcomeOf(voted(votes, { proposal: essRequest, procedural: true }))).toEqual({
        type: 'emergency-special-session-requested',
        data: { caseId, draftId: 'draft-1' },
      });
    });

    it('needs nine members', () => {
      expect(outcomeOf(voted(electedVote(8, 'yes'), { proposal: essRequest, procedural: true }))).toMatchObject({ type: 'draft-failed' });
    });
  });

  it('closes a vote that is open, once', () => {
    const history = voted([...p5('yes'), ...electedVote(4, 'yes')]);
    const decided = given(councilCaseDecider, [noted, ...history])
      .when(close())
      .result();
    given(councilCaseDecider, [noted, ...history, ...decided])
      .when(close())
      .thenRefuses('conflict', 'vote-open', /decided/);
    given(councilCaseDecider, [noted, ...history, ...decided])
      .when({ type: 'cast-vote', caseId, draftId: 'draft-1', member: ELECTED[9], vote: 'yes', actor: securityCouncil, at })
      .thenRefuses('conflict', 'vote-open');
    given(councilCaseDecider, [noted, tabled(), classified()])
      .when(close())
      .thenRefuses('conflict', 'vote-open', /classified/);
  });

  it('is the Council’s to do', () => {
    given(councilCaseDecider, [noted, ...voted([])])
      .when(close({ actor: france }))
      .thenRefuses('forbidden', 'remit');
  });
});
