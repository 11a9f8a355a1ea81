import { given } from '@rtop/testing';
import { CloseVoting } from './close-voting';
import { generalAssemblyDecider } from './general-assembly-case';
import { assembly, assessmentPlaced, at, delegation, kenya, noArrears, tabled, votesCast, noted } from './general-assembly.fixtures';

const close = (overrides: Partial<CloseVoting> = {}): CloseVoting => ({
  type: 'close-voting',
  resolutionId: 'resolution-1',
  actor: assembly,
  at,
  ...overrides,
});

const important = tabled({ importantQuestion: true, peaceAndSecurityRecommendation: true });
const ordinary = tabled({ importantQuestion: false, peaceAndSecurityRecommendation: false });

describe('close voting on a draft resolution', () => {
  describe('an important question: two-thirds of the members present and voting (Art. 18(2))', () => {
    it('adopts with exactly two-thirds of those voting yes or no, abstentions left out', () => {
      given(generalAssemblyDecider, [noted, assessmentPlaced, important, ...votesCast({ yes: 100, no: 50, abstain: 40 })])
        .when(close())
        .then([
          {
            type: 'resolution-adopted',
            data: {
              resolutionId: 'resolution-1',
              tally: { yes: 100, no: 50, abstain: 40, presentAndVoting: 150, majority: 'two-thirds', required: 100 },
            },
          },
        ]);
    });

    it('rejects a simple majority short of two-thirds', () => {
      given(generalAssemblyDecider, [noted, assessmentPlaced, important, ...votesCast({ yes: 99, no: 51 })])
        .when(close())
        .then([
          {
            type: 'resolution-rejected',
            data: {
              resolutionId: 'resolution-1',
              tally: { yes: 99, no: 51, abstain: 0, presentAndVoting: 150, majority: 'two-thirds', required: 100 },
            },
          },
        ]);
    });

    it('counts abstentions as voting only when configured to ([unverified] rule 86)', () => {
      const counted = tabled({ votingRules: { ...noArrears, abstentionsCountAsVoting: true } });
      const [outcome] = given(generalAssemblyDecider, [noted, assessmentPlaced, counted, ...votesCast({ yes: 100, no: 50, abstain: 40 })])
        .when(close())
        .result();
      expect(outcome).toMatchObject({ type: 'resolution-rejected', data: { tally: { presentAndVoting: 190, required: 127 } } });
    });
  });

  describe('any other question: a simple majority of the members present and voting', () => {
    it('adopts with more yes than no, however many abstain', () => {
      const [outcome] = given(generalAssemblyDecider, [noted, assessmentPlaced, ordinary, ...votesCast({ yes: 60, no: 59, abstain: 70 })])
        .when(close())
        .result();
      expect(outcome).toEqual({
        type: 'resolution-adopted',
        data: {
          resolutionId: 'resolution-1',
          tally: { yes: 60, no: 59, abstain: 70, presentAndVoting: 119, majority: 'simple', required: 60 },
        },
      });
    });

    it('rejects a tie', () => {
      const [outcome] = given(generalAssemblyDecider, [noted, assessmentPlaced, ordinary, ...votesCast({ yes: 60, no: 60 })])
        .when(close())
        .result();
      expect(outcome.type).toBe('resolution-rejected');
    });

    it('would have rejected the same votes on an important question', () => {
      const [outcome] = given(generalAssemblyDecider, [noted, assessmentPlaced, important, ...votesCast({ yes: 60, no: 59, abstain: 70 })])
        .when(close())
        .result();
      expect(outcome).toMatchObject({ type: 'resolution-rejected', data: { tally: { required: 80 } } });
    });
  });

  it('adopts nothing nobody voted for, even when all abstain', () => {
    for (const draft of [important, ordinary]) {
      const [outcome] = given(generalAssemblyDecider, [noted, assessmentPlaced, draft, ...votesCast({ abstain: 3 })])
        .when(close())
        .result();
      expect(outcome).toMatchObject({ type: 'resolution-rejected', data: { tally: { presentAndVoting: 0, required: 1 } } });
    }
  });

  it('closes a tabled draft, once', () => {
    given(generalAssemblyDecider, [noted, assessmentPlaced]).when(close()).thenRefuses('not-found', 'resolution-tabled');
    const [closed] = given(generalAssemblyDecider, [noted, assessmentPlaced, ordinary, ...votesCast({ yes: 1 })])
      .when(close())
      .result();
    given(generalAssemblyDecider, [noted, assessmentPlaced, ordinary, ...votesCast({ yes: 1 }), closed])
      .when(close())
      .thenRefuses('conflict', 'voting-open');
  });

  it('is the Assembly’s to do', () => {
    given(generalAssemblyDecider, [noted, assessmentPlaced, ordinary])
      .when(close({ actor: delegation(kenya) }))
      .thenRefuses('forbidden', 'remit');
  });
});
