import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { SQL_SESSION, SqlSession } from '@rtop/event-store';
import { Actor, NotFound } from '@rtop/kernel';
import { secretaryGeneralStreamId } from '../application/secretary-general-case-stream';
import { ReceivedAssessment } from '../case/secretary-general-events';
import { mayReadSecretaryGeneralCase } from './secretary-general-read-access';
import { storedSecretaryGeneralCase } from './secretary-general-read-models';
import { ReadAnswer } from './read-answer';

export type ReceivedAssessmentView = ReceivedAssessment & { readonly transmittedTo: string[] };

export class GetReceivedAssessment extends Query<ReadAnswer<ReceivedAssessmentView>> {
  constructor(
    readonly caseId: string,
    readonly assessmentId: string,
    readonly reader: Actor,
  ) {
    super();
  }
}

/** An assessment exactly as the Secretary-General received it, with the organs it went to. */
@QueryHandler(GetReceivedAssessment)
export class GetReceivedAssessmentHandler implements IQueryHandler<GetReceivedAssessment> {
  constructor(@Inject(SQL_SESSION) private readonly sql: SqlSession) {}

  async execute({ caseId, assessmentId, reader }: GetReceivedAssessment): Promise<ReadAnswer<ReceivedAssessmentView>> {
    // Refused before anything is read, so the answer says nothing of whether the case exists.
    if (!mayReadSecretaryGeneralCase(reader)) throw new NotFound('case-exists', `no case ${caseId} is before the Secretary-General`);
    const { state, revision } = await storedSecretaryGeneralCase(this.sql, secretaryGeneralStreamId(caseId));
    const received = state.received.get(assessmentId);
    if (!received)
      throw new NotFound('assessment-received', `the Secretary-General has not received assessment ${assessmentId} on case ${caseId}`);
    return { view: { ...received, transmittedTo: [...(state.transmittedTo.get(assessmentId) ?? [])] }, revision };
  }
}
