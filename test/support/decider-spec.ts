import { Decider, DomainError, fold } from '@rtop/kernel';

/** Given these events, when this command, then these events, or this refusal. */
export function given<Command, Event, State>(decider: Decider<Command, Event, State>, history: readonly Event[] = []) {
  const state = fold(decider, history);
  return {
    when: (command: Command) => ({
      then: (expected: readonly Event[]) => expect(decider.decide(command, state)).toEqual(expected),
      thenRefuses: (kind: DomainError['kind'], rule: string, message?: RegExp) => {
        let refusal: unknown;
        try {
          decider.decide(command, state);
        } catch (error) {
          refusal = error;
        }
        expect(refusal).toBeInstanceOf(DomainError);
        expect(refusal).toMatchObject({ kind, rule });
        if (message) expect((refusal as Error).message).toMatch(message);
      },
      result: () => decider.decide(command, state),
    }),
  };
}
