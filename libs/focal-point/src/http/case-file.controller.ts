import { Controller, Get, Param, ParseUUIDPipe, Query, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiRefusals } from '@rtop/http';
import { AuthenticatedActorGuard, CurrentActor, ReadPolicy } from '@rtop/identity';
import { Actor } from '@rtop/kernel';
import { Page, pageLimit } from '@rtop/read-model';
import { CaseFilePart } from '../read/case-files';
import {
  CaseFileAssessmentPage,
  CaseFileDraftPage,
  CaseFileEntry,
  CaseFileLessonPage,
  CaseFileReportPage,
} from '../read/case-file-entries';
import { GetCaseFilePage } from '../read/get-case-file-page.handler';

const JOINT_OFFICE_CASE_READERS = 'Joint Office, auditors. To any other reader the case answers 404 (case-exists), as one never opened.';
const FOLLOWS_THE_WRITES = 'Read from the case-files model, so a change just made may take a moment to show.';

/** The parts of the case file that grow with the case, each a page at a time in the order it came. */
@ApiTags('Joint Office: cases, information reports, assessments')
@ApiBearerAuth()
@UseGuards(AuthenticatedActorGuard)
@Controller('cases/:caseId')
@ApiQuery({ name: 'limit', required: false, description: 'Entries per page, 1 to 500; 50 when absent.' })
@ApiQuery({ name: 'cursor', required: false, description: 'The `next` of the previous page; absent for the first.' })
export class CaseFileController {
  constructor(private readonly queries: QueryBus) {}

  @Get('reports')
  @ApiOperation({
    summary: 'The reports on the case, a page at a time in the order filed',
    description: `Each as it now reads, with its moderation, verification, corrections and retraction (retracted reports stay in the record); a protected source by pseudonym only. ${FOLLOWS_THE_WRITES}`,
  })
  @ApiOkResponse({ type: CaseFileReportPage })
  @ApiRefusals(400, 401, 404)
  @ReadPolicy(JOINT_OFFICE_CASE_READERS)
  reports(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @CurrentActor() reader: Actor,
    @Query('limit') limit?: string,
    @Query('cursor') cursor?: string,
  ): Promise<Page<CaseFileEntry>> {
    return this.page(caseId, 'reports', reader, limit, cursor);
  }

  @Get('assessment-drafts')
  @ApiOperation({
    summary: 'The assessments drafted and not yet issued, a page at a time in the order drafted',
    description: `Each with the review steps completed and outstanding; an issued draft leaves this list for the assessments issued. ${FOLLOWS_THE_WRITES}`,
  })
  @ApiOkResponse({ type: CaseFileDraftPage })
  @ApiRefusals(400, 401, 404)
  @ReadPolicy(JOINT_OFFICE_CASE_READERS)
  drafts(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @CurrentActor() reader: Actor,
    @Query('limit') limit?: string,
    @Query('cursor') cursor?: string,
  ): Promise<Page<CaseFileEntry>> {
    return this.page(caseId, 'drafts', reader, limit, cursor);
  }

  @Get('assessments')
  @ApiOperation({
    summary: 'The assessments issued, a page at a time in the order drafted',
    description: `Each with the digest of its content as sent to the Secretary-General. ${FOLLOWS_THE_WRITES}`,
  })
  @ApiOkResponse({ type: CaseFileAssessmentPage })
  @ApiRefusals(400, 401, 404)
  @ReadPolicy(JOINT_OFFICE_CASE_READERS)
  assessments(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @CurrentActor() reader: Actor,
    @Query('limit') limit?: string,
    @Query('cursor') cursor?: string,
  ): Promise<Page<CaseFileEntry>> {
    return this.page(caseId, 'assessments', reader, limit, cursor);
  }

  @Get('lessons-learned')
  @ApiOperation({
    summary: 'The lessons fed back to the Joint Office on the case, a page at a time in the order noted',
    description: FOLLOWS_THE_WRITES,
  })
  @ApiOkResponse({ type: CaseFileLessonPage })
  @ApiRefusals(400, 401, 404)
  @ReadPolicy(JOINT_OFFICE_CASE_READERS)
  lessons(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @CurrentActor() reader: Actor,
    @Query('limit') limit?: string,
    @Query('cursor') cursor?: string,
  ): Promise<Page<CaseFileEntry>> {
    return this.page(caseId, 'lessons', reader, limit, cursor);
  }

  private page(caseId: string, part: CaseFilePart, reader: Actor, limit?: string, cursor?: string): Promise<Page<CaseFileEntry>> {
    return this.queries.execute(new GetCaseFilePage(caseId, part, reader, pageLimit(limit), cursor));
  }
}
