/** A refusal the domain owes its caller, named by the rule it enforces. Nothing is written. */
export abstract class DomainError extends Error {
  abstract readonly kind: 'invalid' | 'forbidden' | 'not-found' | 'conflict' | 'rule-violated';
  constructor(
    readonly rule: string,
    message: string,
  ) {
    super(message);
  }
}

/** The command is malformed or asks for something outside the system's scope (400). */
export class InvalidCommand extends DomainError {
  readonly kind = 'invalid';
}

/** The actor is acting outside its remit (403). */
export class OutsideRemit extends DomainError {
  readonly kind = 'forbidden';
}

export class NotFound extends DomainError {
  readonly kind = 'not-found';
}

/** The case is not in a state where this can happen (409). */
export class StateConflict extends DomainError {
  readonly kind = 'conflict';
}

/** Well-formed, but a rule of the workflow forbids it (422). */
export class RuleViolated extends DomainError {
  readonly kind = 'rule-violated';
}
