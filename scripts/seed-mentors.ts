import type { INestApplicationContext } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccountsService } from '@hatchery/accounts';
import { AuditService, Role, Tenancy } from '@hatchery/core';
import { MentorAssignmentsService, MentorProfilesService, MentorSessionsService } from '@hatchery/mentors';
import { StartupQueryDto, StartupsService } from '@hatchery/startups';
import { ClsService } from 'nestjs-cls';

const MCS = 'mcs-business-park';

const MCS_TAGS: [string, string][] = [
  ['retail', 'Retail'],
  ['healthtech', 'Health tech'],
  ['agritech', 'Agritech'],
  ['tourism', 'Tourism'],
  ['manufacturing', 'Manufacturing'],
  ['fintech', 'Fintech'],
  ['go-to-market', 'Go to market'],
  ['fundraising', 'Fundraising'],
  ['product', 'Product'],
  ['legal', 'Legal'],
  ['finance', 'Finance'],
  ['marketing', 'Marketing'],
  ['operations', 'Operations'],
  ['hardware', 'Hardware'],
  ['export', 'Export'],
];
const FIRST = ['Bat', 'Tuya', 'Enkh', 'Oyun', 'Ganbold', 'Saruul', 'Temuulen', 'Nomin', 'Bold', 'Anu'];
const LAST = ['Erdene', 'Dorj', 'Bayar', 'Tsetseg', 'Sukh'];

/**
 * The demo's mentors. MCS: a pool of 50 (the demo login mentor@mcs.example and 49 more), lead and
 * expert, with tags from its vocabulary, inserted set-based (one statement each for the people,
 * their memberships, their profiles, their rates and the audit entries; the 49 share the demo
 * password's hash, so no hashing); the running cohort's startups get a lead and experts, and
 * November 2026 holds sessions in every state. Socratus: the shared mentor (Saraa) with a rate
 * that changed on 15 November and sessions on both sides of it; the HUB: her second, independent
 * profile. Skips when MCS has its tags.
 */
export async function seedMentors(
  app: INestApplicationContext,
  people: { ownerOf: (slug: string) => string; managerOf: (slug: string) => string; organizationId: (slug: string) => string; sharedMentorEmail: string },
): Promise<boolean> {
  const cls = app.get(ClsService);
  const txHost = app.get<TransactionHost<TransactionalAdapterTypeOrm>>(TransactionHost);
  const tenancy = app.get(Tenancy);
  const accounts = app.get(AccountsService);
  const profiles = app.get(MentorProfilesService);
  const assignments = app.get(MentorAssignmentsService);
  const sessions = app.get(MentorSessionsService);
  const startups = app.get(StartupsService);
  const audit = app.get(AuditService);
  const as = <T>(userId: string, slug: string, role: Role, work: () => Promise<T>) =>
    cls.run(() =>
      txHost.withTransaction(async () => {
        await tenancy.actAsUser(userId);
        await tenancy.enterOrganization(people.organizationId(slug), role);
        return work();
      }),
    );
  const manager = (slug: string) => <T>(work: () => Promise<T>) => as(people.managerOf(slug), slug, 'manager', work);
  const plain = <T>(work: () => Promise<T>) => cls.run(() => txHost.withTransaction(work));
  const userId = async (email: string) => (await plain(() => accounts.findByEmail(email)))!.id;

  if ((await manager(MCS)(() => profiles.listTags())).items.length > 0) return false;

  // ---- MCS: the vocabulary and a pool of 50 ----
  const mcs = manager(MCS);
  for (const [key, label] of MCS_TAGS) await mcs(() => profiles.createTag({ key, label }));
  const sectors = MCS_TAGS.slice(0, 5).map(([key]) => key);
  const skills = MCS_TAGS.slice(5).map(([key]) => key);
  const pool = Array.from({ length: 50 }, (_, i) => ({
    email: i === 0 ? 'mentor@mcs.example' : `mentor-${String(i).padStart(2, '0')}@mcs.example`,
    name: i === 0 ? undefined : `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`,
    kind: i % 3 === 0 ? 'lead' : 'expert',
    tags: [...new Set([sectors[i % sectors.length], skills[i % skills.length], skills[(i * 7 + 3) % skills.length]])].sort(),
    bio: `${i % 3 === 0 ? 'Lead' : 'Expert'} mentor: ${skills[i % skills.length]} and ${sectors[i % sectors.length]}.`,
    capacity: 2 + (i % 4),
    rateMinor: (40_000 + (i % 6) * 10_000) * 100,
  }));
  const organizationId = people.organizationId(MCS);
  await as(people.ownerOf(MCS), MCS, 'owner', async () => {
    const tx = txHost.tx;
    await tx.query(
      `INSERT INTO users (id, email, name, password_hash)
       SELECT uuid_v7(), p.email, p.name, (SELECT password_hash FROM users WHERE email = 'mentor@mcs.example')
         FROM jsonb_to_recordset($1::jsonb) AS p(email text, name text) WHERE p.name IS NOT NULL
       ON CONFLICT (email) DO NOTHING`,
      [JSON.stringify(pool)],
    );
    await tx.query(
      `INSERT INTO memberships (id, organization_id, user_id, role)
       SELECT uuid_v7(), $1, u.id, 'mentor' FROM users u WHERE u.email = ANY($2::text[])
       ON CONFLICT (organization_id, user_id) DO NOTHING`,
      [organizationId, pool.map((p) => p.email)],
    );
    const created: { id: string; user_id: string }[] = await tx.query(
      `INSERT INTO mentor_profiles (id, organization_id, user_id, kind, tags, bio, capacity)
       SELECT uuid_v7(), $1, u.id, p.kind, p.tags, p.bio, p.capacity
         FROM jsonb_to_recordset($2::jsonb) AS p(email text, kind text, tags text[], bio text, capacity int) JOIN users u ON u.email = p.email
       RETURNING id, user_id`,
      [organizationId, JSON.stringify(pool)],
    );
    await tx.query(
      `INSERT INTO mentor_rates (id, organization_id, profile_id, amount_minor, currency, effective_from, created_by)
       SELECT uuid_v7(), $1, mp.id, p."rateMinor", 'MNT', '2026-09-01', $3
         FROM jsonb_to_recordset($2::jsonb) AS p(email text, "rateMinor" bigint) JOIN users u ON u.email = p.email
         JOIN mentor_profiles mp ON mp.organization_id = $1 AND mp.user_id = u.id`,
      [organizationId, JSON.stringify(pool), people.ownerOf(MCS)],
    );
    await audit.recordMany(created.map((p) => ({ action: 'mentor-profile.created', entityType: 'mentor_profile', entityId: p.id, after: { userId: p.user_id, seeded: true } })));
  });

  // The running cohort's startups: a lead and experts each, from the cohort's first day.
  const portfolio = (await mcs(() => startups.list(Object.assign(new StartupQueryDto(), { limit: 100 })))).items;
  const cohortStartups = ['MCS Smart Retail', 'Tenger Health', 'Altai Agritech', 'Khuvsgul Tours', 'Bogd Robotics'].map((name) => portfolio.find((s) => s.name === name)!).filter(Boolean);
  const made: { id: string; startupId: string; mentorUserId: string }[] = [];
  const used = new Set<string>();
  const demoMentor = await userId('mentor@mcs.example');
  for (const startup of cohortStartups) {
    const suggested = (await mcs(() => assignments.suggestions(startup.id, { limit: 30 }))).items;
    // The demo login leads MCS Smart Retail; every other startup gets the best-matched free lead.
    const leads = startup.name === 'MCS Smart Retail' ? suggested.filter((s) => s.userId === demoMentor) : suggested.filter((s) => s.kind === 'lead' && s.userId !== demoMentor && !used.has(s.mentorProfileId));
    const picks = [leads[0], ...suggested.filter((s) => s.kind === 'expert' && !used.has(s.mentorProfileId)).slice(0, 2)].filter(Boolean);
    for (const [i, pick] of picks.entries()) {
      used.add(pick.mentorProfileId);
      const assignment = await mcs(() => assignments.assign(startup.id, { mentorProfileId: pick.mentorProfileId, role: i === 0 ? 'lead' : 'expert', startsOn: '2026-09-14' }));
      made.push({ id: assignment.id, startupId: startup.id, mentorUserId: pick.userId });
    }
  }

  // November 2026: three sessions per assignment, in every state.
  const founders = await mcs(() => startups.foundersOf(cohortStartups.map((s) => s.id)));
  const topics = ['Pricing the pilot', 'Investor deck review', 'Hiring the first engineer', 'Unit economics', 'Customer interviews debrief', 'Supplier contract'];
  const outcomes = ['approved', 'confirmed', 'logged', 'disputed', 'rejected', 'approved'] as const;
  let n = 0;
  for (const a of made) {
    const founder = founders.get(a.startupId)?.[0];
    for (const day of ['2026-11-05', '2026-11-16', '2026-11-26']) {
      const outcome = outcomes[n % outcomes.length];
      const topic = topics[n % topics.length];
      n += 1;
      const session = await as(a.mentorUserId, MCS, 'mentor', () =>
        sessions.log({ startupId: a.startupId, sessionOn: day, minutes: 45 + (n % 4) * 15, topic, notes: `${topic}: next steps agreed.`, attendeeUserIds: founder ? [founder] : [] }),
      );
      if (outcome === 'logged' || !founder) continue;
      if (outcome === 'disputed') {
        await as(founder, MCS, 'founder', () => sessions.dispute(session.id, { reason: 'We met for half an hour, not the time logged.' }));
        continue;
      }
      await as(founder, MCS, 'founder', () => sessions.confirm(session.id));
      if (outcome === 'approved') await mcs(() => sessions.approve(session.id, {}));
      if (outcome === 'rejected') await mcs(() => sessions.reject(session.id, { reason: 'Logged twice: see the session of the same day.' }));
    }
  }

  // ---- Socratus and the HUB: the shared mentor's two profiles ----
  const saraa = await userId(people.sharedMentorEmail);
  const socratus = manager('socratus');
  for (const [key, label] of [['energy', 'Energy'], ['cleantech', 'Cleantech'], ['edtech', 'Edtech'], ['fundraising', 'Fundraising'], ['go-to-market', 'Go to market']]) await socratus(() => profiles.createTag({ key, label }));
  const saraaAtSocratus = await socratus(() => profiles.create({ userId: saraa, kind: 'lead', tags: ['energy', 'fundraising'], bio: 'Energy engineer turned investor; leads market-entry startups.', capacity: 3 }));
  await socratus(() => profiles.addRate(saraaAtSocratus.id, { rate: { amountMinor: 8_000_000, currency: 'MNT' }, effectiveFrom: '2026-09-01' }));
  // The rate changed mid-month: from 15 November.
  await socratus(() => profiles.addRate(saraaAtSocratus.id, { rate: { amountMinor: 9_500_000, currency: 'MNT' }, effectiveFrom: '2026-11-15' }));
  await socratus(() => profiles.addFeeTerms(saraaAtSocratus.id, { amount: { amountMinor: 200_000_000, currency: 'MNT' } }));
  const socratusMentor = await userId('mentor@socratus.example');
  await socratus(() => profiles.create({ userId: socratusMentor, kind: 'expert', tags: ['edtech', 'go-to-market'], bio: 'Go-to-market for education products.', capacity: 2 }));
  const socratusStartups = (await socratus(() => startups.list(Object.assign(new StartupQueryDto(), { limit: 100 })))).items;
  const gobi = socratusStartups.find((s) => s.name === 'Gobi Solar Pumps');
  if (gobi) {
    await socratus(() => assignments.assign(gobi.id, { mentorProfileId: saraaAtSocratus.id, role: 'lead', startsOn: '2026-09-01' }));
    const gobiFounder = (await socratus(() => startups.foundersOf([gobi.id]))).get(gobi.id)?.[0];
    for (const [day, minutes] of [['2026-11-06', 90], ['2026-11-13', 60], ['2026-11-17', 120], ['2026-11-24', 60]] as const) {
      const session = await as(saraa, 'socratus', 'mentor', () => sessions.log({ startupId: gobi.id, sessionOn: day, minutes, topic: 'Pump leasing model and the seed round', notes: 'Before and after the rate change of 15 November.' }));
      if (gobiFounder) await as(gobiFounder, 'socratus', 'founder', () => sessions.confirm(session.id));
      await socratus(() => sessions.approve(session.id, {}));
    }
  }
  const hub = manager('ub-hub');
  for (const [key, label] of [['mobility', 'Mobility'], ['hardware', 'Hardware'], ['public-sector', 'Public sector']]) await hub(() => profiles.createTag({ key, label }));
  const saraaAtHub = await hub(() => profiles.create({ userId: saraa, kind: 'expert', tags: ['hardware', 'public-sector'], bio: 'Volunteer expert: pilots with city districts.', capacity: 1 }));
  await hub(() => profiles.addRate(saraaAtHub.id, { rate: { amountMinor: 5_000_000, currency: 'MNT' }, effectiveFrom: '2026-03-01' }));
  const commute = (await hub(() => startups.list(Object.assign(new StartupQueryDto(), { limit: 100 })))).items.find((s) => s.name === 'Clean Commute UB');
  if (commute) {
    await hub(() => assignments.assign(commute.id, { mentorProfileId: saraaAtHub.id, role: 'expert', startsOn: '2026-10-01' }));
    await as(saraa, 'ub-hub', 'mentor', () => sessions.log({ startupId: commute.id, sessionOn: '2026-11-19', minutes: 75, topic: 'Pilot with the Bayanzurkh district', notes: 'Data sharing agreement drafted.' }));
  }
  return true;
}
