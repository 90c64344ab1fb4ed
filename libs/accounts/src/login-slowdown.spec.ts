import { LOGIN_SLOWDOWN_BASE_MS, slowdownDelayMs } from './login-slowdown';

describe('slowdownDelayMs', () => {
  const settings = { after: 3, maxMs: 10_000 };

  it('does not slow an email down before it has `after` failures', () => {
    expect([0, 1, 2].map((failures) => slowdownDelayMs(failures, settings))).toEqual([0, 0, 0]);
  });

  it('then waits the base, doubling with every further failure', () => {
    expect([3, 4, 5, 6, 7, 8].map((failures) => slowdownDelayMs(failures, settings))).toEqual([250, 500, 1000, 2000, 4000, 8000]);
    expect(slowdownDelayMs(3, settings)).toBe(LOGIN_SLOWDOWN_BASE_MS);
  });

  it('grows monotonically and never beyond the cap, however many failures', () => {
    const delays = Array.from({ length: 200 }, (_, failures) => slowdownDelayMs(failures, settings));
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1]);
    expect(delays.slice(9)).toEqual(Array(191).fill(10_000));
    expect(slowdownDelayMs(1e9, settings)).toBe(10_000);
  });

  it('caps below the base too, and is off with a cap of 0', () => {
    expect(slowdownDelayMs(3, { after: 3, maxMs: 100 })).toBe(100);
    expect(slowdownDelayMs(50, { after: 3, maxMs: 0 })).toBe(0);
  });

  it('takes another base', () => {
    expect([1, 2, 3].map((failures) => slowdownDelayMs(failures, { after: 1, maxMs: 1000, baseMs: 100 }))).toEqual([100, 200, 400]);
  });
});
