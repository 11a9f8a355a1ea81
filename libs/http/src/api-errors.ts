import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse, OpenAPIObject } from '@nestjs/swagger';
import { PROBLEM_JSON } from './domain-error.filter';
import { FieldError } from './request-invalid';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input or a matter outside the system’s scope; `rule` names the rule, and `errors` each field against the schema (rule request-schema). Nothing is written.',
  401: 'No valid bearer token (rule bearer-token).',
  403: 'The authenticated body is acting outside its remit, or the read policy refuses it; `rule` names which. Nothing is written.',
  404: 'No such case, or the thing named is not on it (rule case-exists and the like).',
  409: 'The case changed since the ETag sent as If-Match, or other writers kept getting there first (optimistic-concurrency), or the case is not in a state for this; read again and retry. Nothing is written.',
  422: 'Well-formed, but a rule of the workflow forbids it; `rule` names it. Nothing is written.',
};

class FieldErrorDocument implements FieldError {
  @ApiProperty({ example: 'risks[0].findings[0].reportIds', description: 'Where in the body; `$` for the body itself.' })
  field!: string;

  @ApiProperty({ example: 'is-not-empty', description: 'The constraint broken, e.g. is-not-empty, is-in, known-properties-only.' })
  rule!: string;

  @ApiProperty({ example: 'each value in reportIds should not be empty' })
  detail!: string;
}

/** RFC 9457 problem details: the one shape of every 4xx and 5xx answer of every rtop service, as application/problem+json. */
export class Problem {
  @ApiProperty({ example: 'urn:rtop:rule:request-schema', description: 'Names the rule: `urn:rtop:rule:<rule>`.' })
  type!: string;

  @ApiProperty({ example: 'Invalid request', description: 'A short summary of the status.' })
  title!: string;

  @ApiProperty({ example: 400 })
  status!: number;

  @ApiProperty({
    example: 'the request does not match the operation’s schema (risks[0].level: level must be one of the following values: …)',
    description: 'What was refused and why. Never quotes the request.',
  })
  detail!: string;

  @ApiProperty({ example: 'request-schema', description: 'The rule enforced, stable across releases: clients branch on it.' })
  rule!: string;

  @ApiPropertyOptional({
    type: [FieldErrorDocument],
    description: 'For request-schema only: each field that breaks the schema (at most 20).',
  })
  errors?: readonly FieldError[];
}

/** Documents the refusals an operation can answer with. */
export function ApiRefusals(...statuses: number[]) {
  return applyDecorators(...statuses.map((status) => ApiResponse({ status, description: DESCRIPTIONS[status] })));
}

const PROBLEM_CONTENT = { [PROBLEM_JSON]: { schema: { $ref: '#/components/schemas/Problem' } } };

/** What the HTTP edge refuses of any body, before the operation sees it (body-limits.ts). */
const BODY_REFUSALS: Record<string, { description: string }> = {
  '413': { description: 'The body is over 1 MiB (rule body-too-large). Nothing is written.' },
  '415': { description: 'The body is not JSON (unsupported-media-type) or not UTF-8 (utf-8-only). Nothing is written.' },
};

type DocumentedOperation = { requestBody?: unknown; responses?: Record<string, { description?: string; content?: unknown }> };

/**
 * Every 4xx and 5xx an operation documents, however it was declared, is documented as a Problem;
 * an operation that takes a body documents the edge's 413 and 415 too.
 */
export function documentProblems(document: OpenAPIObject): OpenAPIObject {
  for (const methods of Object.values(document.paths)) {
    for (const operation of Object.values(methods) as DocumentedOperation[]) {
      if (!operation.responses) continue;
      if (operation.requestBody) operation.responses = { ...BODY_REFUSALS, ...operation.responses };
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) >= 400) operation.responses[status] = { ...response, content: PROBLEM_CONTENT };
      }
    }
  }
  return document;
}
