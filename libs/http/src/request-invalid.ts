import { ValidationError } from 'class-validator';

/** One field of a request that breaks the operation's schema: where, which constraint, and why. */
export interface FieldError {
  /** The path in the body, e.g. `risks[0].findings[1].reportIds`; `$` for the body itself. */
  readonly field: string;
  readonly rule: string;
  readonly detail: string;
}

/** A body wrong field by field is answered with every field at once, up to this many. */
const MAX_FIELD_ERRORS = 20;

/** Constraints whose own message would quote the request, or name the validator rather than the rule. */
const CONSTRAINT: Record<string, { rule: string; detail: string }> = {
  whitelistValidation: { rule: 'known-properties-only', detail: 'not a property of this request' },
  unknownValue: { rule: 'json-object-body', detail: 'the body must be a JSON object of the documented shape' },
};

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** A property name as the caller sent it, bounded: an unknown key may be anything. */
function segment(property: string): string {
  if (/^\d+$/.test(property)) return `[${property}]`;
  if (/^[A-Za-z_$][\w$-]{0,63}$/.test(property)) return `.${property}`;
  return `[${JSON.stringify(property.slice(0, 64))}]`;
}

function* fieldErrors(errors: readonly ValidationError[], path: string): Generator<FieldError> {
  for (const error of errors) {
    // Undefined, whatever its type says, for an error about the whole value (an unknown value).
    const property = error.property as string | undefined;
    const field = property === undefined || property === '' ? path || '$' : `${path}${segment(property)}`.replace(/^\./, '');
    for (const [name, message] of Object.entries(error.constraints ?? {})) {
      yield { field, ...(CONSTRAINT[name] ?? { rule: kebab(name), detail: message }) };
    }
    yield* fieldErrors(error.children ?? [], field === '$' ? '' : field);
  }
}

/** The request does not match the operation's documented schema (400 request-schema), field by field. */
export class RequestInvalid extends Error {
  readonly rule = 'request-schema';

  private constructor(readonly errors: readonly FieldError[]) {
    const first = errors.slice(0, 3).map((e) => `${e.field}: ${e.detail}`);
    super(`the request does not match the operation’s schema (${first.join('; ')}${errors.length > 3 ? '; …' : ''})`);
  }

  /** The ValidationPipe's errors as one refusal: what ValidationPipe's exceptionFactory returns. */
  static of(errors: readonly ValidationError[]): RequestInvalid {
    const all: FieldError[] = [];
    for (const error of fieldErrors(errors, '')) {
      if (all.length === MAX_FIELD_ERRORS) break;
      all.push(error);
    }
    return new RequestInvalid(all);
  }
}
