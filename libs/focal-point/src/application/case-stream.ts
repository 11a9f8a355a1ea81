import { StreamKind } from '@rtop/commands';
import { EventStore } from '@rtop/event-store';
import { LoadedState, loadState } from '@rtop/kernel';
import { Case, CaseCommand, caseDecider } from '../case/case';
import { CaseEvent } from '../case/case-events';

export const FOCAL_POINT = 'focal-point';
export const caseStreamId = (caseId: string) => `${FOCAL_POINT}-case-${caseId}`;

/** The Joint Office's file on a case: one stream per case, every case command goes to it. */
export const JOINT_OFFICE_CASE: StreamKind<CaseCommand, CaseEvent, Case> = {
  context: FOCAL_POINT,
  decider: caseDecider,
  addressOf: (command) => ({ streamId: caseStreamId(command.caseId), caseId: command.caseId }),
};

export const loadCase = (store: EventStore, caseId: string): Promise<LoadedState<Case>> =>
  loadState(store, caseDecider, caseStreamId(caseId));
