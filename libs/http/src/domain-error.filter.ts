import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { InvalidAppend, PartialDuplicateAppend, WrongExpectedVersion } from '@rtop/event-store';
import { DomainError } from '@rtop/kernel';
import { Response } from 'express';

const STATUS: Record<DomainError['kind'], number> = {
  invalid: 400,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'rule-violated': 422,
};

export interface ErrorBody {
  readonly statusCode: number;
  readonly error: string;
  readonly rule?: string;
  readonly message: string | string[];
}

/** Turns every refusal into a 4xx that names the rule; nothing was written for any of them. */
@Catch()
export class DomainErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (body.statusCode >= 500) this.logger.error(exception);
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof DomainError) {
      return { statusCode: STATUS[exception.kind], error: exception.kind, rule: exception.rule, message: exception.message };
    }
    if (exception instanceof WrongExpectedVersion || exception instanceof PartialDuplicateAppend) {
      return { statusCode: 409, error: 'conflict', rule: 'optimistic-concurrency', message: `${exception.message}; read again and retry` };
    }
    if (exception instanceof InvalidAppend) return { statusCode: 400, error: 'invalid', message: exception.message };
    if (exception instanceof HttpException) {
      const payload = exception.getResponse();
      const message = typeof payload === 'string' ? payload : ((payload as { message?: string | string[] }).message ?? exception.message);
      return { statusCode: exception.getStatus(), error: exception.name, message };
    }
    return { statusCode: 500, error: 'internal', message: 'internal error' };
  }
}
