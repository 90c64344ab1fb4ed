import { JobHandler, indexHandlers } from './job-handler';
import '../events/events.jobs';
import { defineJobs, JobName, jobNames } from './jobs';

const handler = (jobName: string): JobHandler => ({ jobName: jobName as JobName, handle: async () => undefined });
const names = (...list: string[]) => list as unknown as JobName[];

describe('indexHandlers', () => {
  it('indexes one handler per declared job', () => {
    const send = handler('invitation.send');
    const remind = handler('invitation.remind');
    const index = indexHandlers([send, remind], names('invitation.send', 'invitation.remind'));
    expect(index.size).toBe(2);
    expect(index.get('invitation.send')).toBe(send);
    expect(index.get('invitation.remind' as JobName)).toBe(remind);
  });

  it('accepts the job catalogue (what the loaded domains declared) with one handler each', () => {
    expect(jobNames()).toEqual(expect.arrayContaining(['event.publish', 'event.deliver']));
    const handlers = jobNames().map((name) => handler(name));
    expect([...indexHandlers(handlers, jobNames()).keys()].sort()).toEqual([...jobNames()].sort());
  });

  it('refuses a job declared on two queues, naming it', () => {
    expect(() => defineJobs({ 'event.deliver': 'notifications' } as never)).toThrow(/event\.deliver is declared on two queues/);
  });

  it('throws when a job has two handlers, naming it', () => {
    expect(() => indexHandlers([handler('invitation.send'), handler('invitation.send')], names('invitation.send'))).toThrow(
      /invitation\.send.*two handlers/,
    );
  });

  it('throws when a declared job has no handler, naming every missing one', () => {
    expect(() => indexHandlers([handler('a.one')], names('a.one', 'b.two', 'c.three'))).toThrow(/without a handler: b\.two, c\.three/);
    expect(() => indexHandlers([], names('a.one'))).toThrow(/without a handler: a\.one/);
  });

  it('throws when a handler is for a job that is not declared, naming it', () => {
    expect(() => indexHandlers([handler('a.one'), handler('ghost.job')], names('a.one'))).toThrow(/undeclared jobs: ghost\.job/);
  });

  it('accepts no handlers for no jobs', () => {
    expect(indexHandlers([], []).size).toBe(0);
  });
});
