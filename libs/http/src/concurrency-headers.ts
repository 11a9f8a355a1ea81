import { Response } from 'express';

export function setRevision(response: Response, revision: bigint): void {
  response.setHeader('ETag', `"${revision}"`);
}
