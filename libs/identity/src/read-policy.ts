import { CanActivate, ExecutionContext, Injectable, SetMetadata, applyDecorators } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiExtension } from '@nestjs/swagger';
import { OutsideRemit } from '@rtop/kernel';
import { Request } from 'express';

const READ_POLICY = 'rtop:read-policy';

/**
 * States who may read what an operation answers with. The statement is enforced by the
 * operation's query handler and shown in the API docs as `x-read-policy`; an operation that
 * declares none is refused to everyone.
 */
export const ReadPolicy = (statement: string) =>
  applyDecorators(SetMetadata(READ_POLICY, statement), ApiExtension('x-read-policy', statement));

/** Default deny: a read without a declared policy answers 403 to every caller. */
@Injectable()
export class ReadPolicyGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const { method } = context.switchToHttp().getRequest<Request>();
    if (method !== 'GET' && method !== 'HEAD') return true;
    const statement = this.reflector.getAllAndOverride<string | undefined>(READ_POLICY, [context.getHandler(), context.getClass()]);
    if (!statement) throw new OutsideRemit('read-policy', 'this read declares no read policy, so it is refused to every caller');
    return true;
  }
}
