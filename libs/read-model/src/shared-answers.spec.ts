import { SharedAnswers } from './shared-answers';

describe('answers shared by readers asking the same question at once', () => {
  it('computes once for every reader asking while it is computed, and again once the answer is stale', async () => {
    const shared = new SharedAnswers<number>(0);
    let computations = 0;
    let release!: () => void;
    const compute = () => new Promise<number>((resolve) => (release = () => resolve(++computations)));
    const asked = Array.from({ length: 100 }, () => shared.get('figures|un-joint-office', compute));
    release();
    expect(new Set(await Promise.all(asked))).toEqual(new Set([1]));

    const later = shared.get('figures|un-joint-office', compute);
    release();
    expect(await later).toBe(2);
  });

  it('keeps different questions apart, and forgets a failure so the next reader tries again', async () => {
    const shared = new SharedAnswers<string>(60_000);
    expect(await shared.get('a', () => Promise.resolve('for a'))).toBe('for a');
    expect(await shared.get('b', () => Promise.resolve('for b'))).toBe('for b');
    expect(await shared.get('a', () => Promise.resolve('not computed again'))).toBe('for a');
    await expect(shared.get('c', () => Promise.reject(new Error('database away')))).rejects.toThrow('database away');
    expect(await shared.get('c', () => Promise.resolve('recovered'))).toBe('recovered');
  });
});
