import { ExpectedVersion } from './event-store.port';

export class WrongExpectedVersion extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedVersion,
  ) {
    super(`stream ${streamId} is not at the expected version ${String(expected)}: a concurrent write came first`);
  }
}

/** Some, not all, of a batch's event ids are already stored: a retry that is not a retry. */
export class PartialDuplicateAppend extends Error {
  constructor(readonly streamId: string) {
    super(`stream ${streamId}: part of this batch was appended before under the same event ids`);
  }
}

export class InvalidAppend extends Error {}
