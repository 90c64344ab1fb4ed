import { reachability } from './db';

// Port 1 on loopback refuses connections: nothing listens there.
describe('reachability (what start:demo says when a service is down)', () => {
  it('names PostgreSQL, where it was looked for and how to start it, in one line', async () => {
    const message = await reachability('postgres://postgres@127.0.0.1:1/postgres', 'redis://127.0.0.1:6379');
    expect(message).toMatch(/^PostgreSQL is not reachable at 127\.0\.0\.1:1: start it/);
    expect(message).not.toContain('\n');
  });

  it('names Redis when PostgreSQL answers but Redis does not', async () => {
    const message = await reachability('postgres://postgres@127.0.0.1:5432/postgres', 'redis://127.0.0.1:1');
    expect(message).toMatch(/^Redis is not reachable at 127\.0\.0\.1:1: start it/);
    expect(message).not.toContain('\n');
  });

  it('is silent when both answer', async () => {
    expect(await reachability('postgres://postgres@127.0.0.1:5432/postgres', 'redis://127.0.0.1:6379')).toBeNull();
  });
});
