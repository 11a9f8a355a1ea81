import { CommandBus } from '@nestjs/cqrs';
import { ExecuteOnStream } from '@rtop/commands';
import { CommandContext } from '@rtop/http';
import { REVIEW_CHECKLIST } from '../application/review-checklist';
import { DEFAULT_REVIEW_CHECKLIST } from '../case/assessment';
import { Case, CaseCommand } from '../case/case';
import { CaseEvent } from '../case/case-events';
import { FocalPointModule } from '../focal-point.module';
import { AssessmentsController } from './assessments.controller';

const caseId = 'c0ffee00-0000-4000-8000-000000000001';
const request: CommandContext = { actor: { body: 'un-joint-office', person: 'adviser-1', role: 'officer' }, at: new Date() };
const dto = { risks: [], summary: 'x' };

async function draftedUnder(controller: (bus: CommandBus) => AssessmentsController) {
  const bus = {
    execute: jest.fn<Promise<unknown>, [ExecuteOnStream<CaseCommand, CaseEvent, Case>]>(() =>
      Promise.resolve({ events: [], revision: 0n }),
    ),
  };
  const answer = await controller(bus as unknown as CommandBus).draftAssessment(caseId, dto, request);
  return { command: bus.execute.mock.calls[0][0].command, answer };
}

describe('the review checklist drafts are made under', () => {
  it('is the default unless the deployment configures one', async () => {
    const { command, answer } = await draftedUnder((bus) => new AssessmentsController(bus));
    expect(command).toMatchObject({ type: 'draft-assessment', reviewChecklist: DEFAULT_REVIEW_CHECKLIST });
    expect(answer.reviewChecklist).toEqual(DEFAULT_REVIEW_CHECKLIST);
  });

  it('is the deployment’s, configured through FocalPointModule.forRoot', async () => {
    expect(FocalPointModule.forRoot({ reviewChecklist: ['legal-review', 'second-reader'] }).providers).toEqual([
      { provide: REVIEW_CHECKLIST, useValue: ['legal-review', 'second-reader'] },
    ]);
    const { command } = await draftedUnder((bus) => new AssessmentsController(bus, ['legal-review', 'second-reader']));
    expect(command).toMatchObject({ reviewChecklist: ['legal-review', 'second-reader'] });
  });
});
