import { TimerReconciler } from '@hatchery/cohorts';
import { cohorts, enrol, startups } from './factories/cohorts';
import { organizations } from './factories/organizations';
import { programmes } from './factories/programmes';
import { users } from './factories/users';
import { TestClock } from './support/clock';
import { startSystem, System } from './support/system';

describe('cohorts: smoke', () => {
  let system: System;
  const clock = new TestClock('2026-03-01T00:00:00Z');

  beforeAll(async () => {
    system = await startSystem({ worker: true, env: { CLOCK_FILE: clock.file } });
  });
  afterAll(async () => {
    await system.close();
    clock.remove();
  });

  it('creates, enrols, reminds and marks overdue', async () => {
    const owner = await users.create(system);
    const org = await organizations.create(system, owner);
    const programme = await programmes.create(system, owner, org.slug);
    const cohort = await cohorts.create(system, owner, org.slug, { programmeId: programme.id, startsOn: '2026-03-02' });
    expect(cohort.phases[0]).toMatchObject({ startsOn: '2026-03-02', endsOn: '2026-05-01' });
    const startup = await startups.create(system, owner, org);
    const enrolled = await enrol(system, owner, org.slug, cohort.id, [startup.id]);
    expect(enrolled.enrolled).toBe(1);
    const timeline = await system.http.get(`/api/v1/organizations/${org.slug}/startups/${startup.id}/timeline`, startup.founder.token);
    expect(timeline.status).toBe(200);
    expect(timeline.body.enrolments[0].milestones[0]).toMatchObject({ dueOn: '2026-03-16', status: 'pending', overdue: false });

    const reconciler = system.worker!.get(TimerReconciler);
    clock.set('2026-03-09T02:00:00Z'); // 10:00 in Ulaanbaatar, after the 7-day reminder at 09:00
    await reconciler.reconcile();
    await system.mailbox.waitFor(startup.founder.email);

    clock.set('2026-03-16T17:00:00Z'); // 01:00 on the 17th local: overdue
    await reconciler.reconcile();
    await system.mailbox.waitFor(owner.email);
    const grid = await system.http.get(`/api/v1/organizations/${org.slug}/cohorts/${cohort.id}/grid`, owner.token);
    expect(grid.status).toBe(200);
    expect(Object.values(grid.body.rows[0].cells)[0]).toMatchObject({ overdue: true });
  });
});
