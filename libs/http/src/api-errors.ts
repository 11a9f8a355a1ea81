import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input or a matter outside the system’s scope; the message names the rule. Nothing is written.',
  401: 'No valid bearer token.',
  403: 'The authenticated body is acting outside its remit. Nothing is written.',
  404: 'No such case, or the thing named is not on it.',
  409: 'A concurrent write came first, or the case is not in a state for this; read again and retry. Nothing is written.',
  422: 'Well-formed, but a rule of the workflow forbids it; the message names the rule. Nothing is written.',
};

/** Documents the refusals an operation can answer with. */
export function ApiRefusals(...statuses: number[]) {
  return applyDecorators(...statuses.map((status) => ApiResponse({ status, description: DESCRIPTIONS[status] })));
}
