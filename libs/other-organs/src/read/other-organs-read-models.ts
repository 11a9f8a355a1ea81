import { schemaOf } from '@rtop/event-store';
import { Projection, StreamStates } from '@rtop/read-model';
import { OTHER_ORGANS, otherOrgansStreamId } from '../application/other-organs-case-stream';
import { OtherOrgansFile, OtherOrgansFileEvent, otherOrgansDecider } from '../case/other-organs-case';
import { LessonsRegister } from './lessons-register';

/** What the three organs have put on each case, folded as its events arrive: what `GET /other-organs/cases/:caseId` answers from. */
export const otherOrgansCaseStates = new StreamStates<OtherOrgansFileEvent, OtherOrgansFile>({
  name: `${OTHER_ORGANS}.case-states`,
  context: OTHER_ORGANS,
  table: 'other_organs_case_states',
  decider: otherOrgansDecider,
  streams: (streamId) => streamId.startsWith(otherOrgansStreamId('')),
});

/** Every lesson, per case and across cases: what the lessons GETs answer from. */
export const lessonsRegister = new LessonsRegister();

/** The other organs' read models, for the module that keeps them and for a rebuild. */
export const OTHER_ORGANS_PROJECTIONS: readonly Projection[] = [otherOrgansCaseStates, lessonsRegister];

export const OTHER_ORGANS_SCHEMA = schemaOf(OTHER_ORGANS);
