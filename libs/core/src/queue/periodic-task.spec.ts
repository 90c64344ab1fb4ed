import { PeriodicTask } from './periodic-task';

/** A run the test ends by hand. */
function gate() {
  let open!: () => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { promise, open, fail };
}

/** Lets the promise callbacks queued so far run. */
const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('PeriodicTask', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const logger = () => ({ warn: jest.fn<void, [string]>() });

  it('runs once at start, then once every interval', async () => {
    const run = jest.fn(async () => undefined);
    const task = new PeriodicTask('sweep', 1000, run, logger());
    task.start();
    expect(run).toHaveBeenCalledTimes(1);
    await settle();
    jest.advanceTimersByTime(999);
    expect(run).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(2);
    await settle();
    jest.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(3);
    await task.stop();
  });

  it('with runAtStart: false, runs first after one interval', async () => {
    const run = jest.fn(async () => undefined);
    const task = new PeriodicTask('sweep', 1000, run, logger(), { runAtStart: false });
    task.start();
    expect(run).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
    await task.stop();
  });

  it('never overlaps: ticks while a run is in flight do nothing', async () => {
    const first = gate();
    const run = jest.fn().mockReturnValueOnce(first.promise).mockResolvedValue(undefined);
    const task = new PeriodicTask('sweep', 1000, run, logger());
    task.start();
    jest.advanceTimersByTime(5000);
    expect(run).toHaveBeenCalledTimes(1);
    first.open();
    await settle();
    jest.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(2);
    await task.stop();
  });

  it('logs a failed run and runs again at the next interval', async () => {
    const log = logger();
    const run = jest.fn().mockRejectedValueOnce(new Error('redis is down')).mockResolvedValue(undefined);
    const task = new PeriodicTask('reconcile', 1000, run, log);
    task.start();
    await settle();
    expect(log.warn).toHaveBeenCalledWith('reconcile failed, retrying next interval: redis is down');
    jest.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(2);
    await settle();
    expect(log.warn).toHaveBeenCalledTimes(1);
    await task.stop();
  });

  it('a run that throws at once is logged the same way', async () => {
    const log = logger();
    const task = new PeriodicTask('sweep', 1000, () => {
      throw new Error('boom');
    }, log);
    task.start();
    await settle();
    expect(log.warn).toHaveBeenCalledWith('sweep failed, retrying next interval: boom');
    await task.stop();
  });

  it('stop() waits for the run in flight, and no run starts after it', async () => {
    const inFlight = gate();
    const run = jest.fn().mockReturnValueOnce(inFlight.promise).mockResolvedValue(undefined);
    const task = new PeriodicTask('sweep', 1000, run, logger());
    task.start();
    let stopped = false;
    const stopping = task.stop().then(() => (stopped = true));
    await settle();
    expect(stopped).toBe(false);
    inFlight.open();
    await stopping;
    expect(stopped).toBe(true);
    jest.advanceTimersByTime(10_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('stop() after a failed run in flight resolves (the failure is logged, not thrown)', async () => {
    const log = logger();
    const inFlight = gate();
    const task = new PeriodicTask('sweep', 1000, () => inFlight.promise, log);
    task.start();
    const stopping = task.stop();
    inFlight.fail(new Error('lost the connection'));
    await expect(stopping).resolves.toBeUndefined();
    expect(log.warn).toHaveBeenCalledWith('sweep failed, retrying next interval: lost the connection');
  });

  it('does not keep the process alive', async () => {
    const unref = jest.spyOn(global, 'setInterval');
    const task = new PeriodicTask('sweep', 1000, async () => undefined, logger(), { runAtStart: false });
    task.start();
    const timer = unref.mock.results[0].value as NodeJS.Timeout;
    expect(timer.hasRef()).toBe(false);
    await task.stop();
    unref.mockRestore();
  });
});
