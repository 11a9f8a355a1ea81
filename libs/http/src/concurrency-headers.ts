import { BadRequestException } from '@nestjs/common';
import { Response } from 'express';

/** An If-Match header as the stream revision it names (`"3"` or `3`); absent means "as just read". */
export function expectedRevisionFrom(ifMatch: string | undefined): bigint | undefined {
  if (ifMatch === undefined) return undefined;
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(ifMatch.trim());
  if (!match) throw new BadRequestException(`If-Match must be a revision such as "3", not ${ifMatch}`);
  return BigInt(match[1]);
}

export function setRevision(response: Response, revision: bigint): void {
  response.setHeader('ETag', `"${revision}"`);
}
