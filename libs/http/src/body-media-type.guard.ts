import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DECORATORS } from '@nestjs/swagger';
import { Request } from 'express';
import { EdgeRefusal } from './edge-refusal';

const REACHED = Symbol('rtop:operation-reached');

/** Whether the request reached an operation: before that, the router and the parsers answered it. */
export const reachedOperation = (request: Request): boolean => REACHED in request;

/**
 * The first check of every operation: a body is of a media type the operation consumes, JSON
 * unless it documents others with `@ApiConsumes` (the auditors' sign-in form), else 415.
 * What the API documents it reads is what it reads.
 */
@Injectable()
export class BodyMediaTypeGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request>();
    Object.defineProperty(request, REACHED, { value: true });
    const consumes = this.reflector.getAllAndOverride<string[] | undefined>(DECORATORS.API_CONSUMES, [
      context.getHandler(),
      context.getClass(),
    ]) ?? ['application/json'];
    // `is` answers null for a request without a body, false for a body of another type. A POST with
    // `Content-Length: 0` and no type (what fetch sends without a body) has no body either.
    const empty = request.headers['content-length'] === '0' && !request.headers['content-type'];
    if (!empty && request.is(consumes) === false) {
      throw new EdgeRefusal(415, 'unsupported-media-type', `this operation reads a body as ${consumes.join(' or ')} only`);
    }
    return true;
  }
}
