import { given } from '@rtop/testing';
import { ConveneStandingGroup } from './convene-standing-group';
import { secretaryGeneralDecider } from './secretary-general-case';
import {
  assessmentReceived,
  at,
  convenedCase,
  dpa,
  groupConvened,
  moderateAssessmentReceived,
  secretaryGeneral,
  vergeFound,
  noted,
} from './secretary-general.fixtures';

const convene = (overrides: Partial<ConveneStandingGroup> = {}): ConveneStandingGroup => ({
  type: 'convene-standing-group',
  findingId: 'finding-1',
  members: ['un-dpa', 'un-ocha', 'un-ohchr'],
  actor: secretaryGeneral,
  at,
  ...overrides,
});

describe('convene the standing inter-agency group', () => {
  it('convenes the group on a finding of the verge of manifest failure, meeting every 7 days by default', () => {
    given(secretaryGeneralDecider, [noted, assessmentReceived, vergeFound]).when(convene()).then([groupConvened]);
  });

  it('takes another meeting cadence when given one', () => {
    const [convened] = given(secretaryGeneralDecider, [noted, assessmentReceived, vergeFound])
      .when(convene({ meetingCadenceDays: 3 }))
      .result();
    expect(convened.data).toMatchObject({ meetingCadenceDays: 3 });
  });

  it('draws its members from the departments and agencies, the Joint Office among the others', () => {
    const all = ['un-dpa', 'un-dpko', 'un-ocha', 'un-ohchr', 'un-undp', 'un-unhcr', 'un-unicef', 'un-joint-office'];
    const [convened] = given(secretaryGeneralDecider, [noted, assessmentReceived, vergeFound])
      .when(convene({ members: all }))
      .result();
    expect(convened.data).toMatchObject({ members: all });
  });

  it('is not convened before the situation is found at the verge of manifest failure, however high the risk', () => {
    given(secretaryGeneralDecider, [noted, assessmentReceived, moderateAssessmentReceived])
      .when(convene())
      .thenRefuses('rule-violated', 'standing-group-at-verge-of-manifest-failure', /finding-1/);
  });

  it('has at least one member, each a UN department or agency, each once; never an intergovernmental organ', () => {
    const atVerge = [assessmentReceived, vergeFound];
    given(secretaryGeneralDecider, [noted, ...atVerge])
      .when(convene({ members: [] }))
      .thenRefuses('invalid', 'standing-group-members');
    given(secretaryGeneralDecider, [noted, ...atVerge])
      .when(convene({ members: ['un-dpa', 'un-security-council'] }))
      .thenRefuses('invalid', 'standing-group-members', /un-security-council/);
    given(secretaryGeneralDecider, [noted, ...atVerge])
      .when(convene({ members: ['un-dpa', 'un-dpa'] }))
      .thenRefuses('invalid', 'standing-group-members');
  });

  it('meets at a cadence of whole days', () => {
    const atVerge = [assessmentReceived, vergeFound];
    given(secretaryGeneralDecider, [noted, ...atVerge])
      .when(convene({ meetingCadenceDays: 0 }))
      .thenRefuses('invalid', 'standing-group-meeting-cadence');
    given(secretaryGeneralDecider, [noted, ...atVerge])
      .when(convene({ meetingCadenceDays: 2.5 }))
      .thenRefuses('invalid', 'standing-group-meeting-cadence');
    given(secretaryGeneralDecider, [noted, ...atVerge])
      .when(convene({ meetingCadenceDays: 366 }))
      .thenRefuses('invalid', 'standing-group-meeting-cadence');
  });

  it('is convened once on a case', () => {
    given(secretaryGeneralDecider, [noted, ...convenedCase])
      .when(convene())
      .thenRefuses('conflict', 'standing-group-convened-once');
  });

  it('is the Secretary-General’s to convene', () => {
    given(secretaryGeneralDecider, [noted, assessmentReceived, vergeFound])
      .when(convene({ actor: dpa }))
      .thenRefuses('forbidden', 'remit');
  });
});
