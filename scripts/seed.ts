import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { TransactionHost } from '@nestjs-cls/transactional';
import { AccountsService } from '@hatchery/accounts';
import { loadEnvOrExit, Role, Tenancy } from '@hatchery/core';
import { MembersService, OrganizationKind, OrganizationsService, Ownership } from '@hatchery/organizations';
import { ClsService } from 'nestjs-cls';
import { ApiModule } from '../apps/api/src/app.module';
import { grantPlatformAdmin, urls } from './db';
import { seedCohorts } from './seed-cohorts';
import { seedEquity } from './seed-equity';
import { seedFunding } from './seed-funding';
import { seedMentorStatements } from './seed-mentor-statements';
import { seedMentors } from './seed-mentors';
import { seedProgrammes } from './seed-programmes';
import { seedBilling } from './seed-billing';
import { seedSpaces } from './seed-spaces';

import { DEMO_PASSWORD } from './seed-constants';

export { DEMO_PASSWORD };

interface DemoOrganization {
  slug: string;
  name: string;
  kind: OrganizationKind;
  ownership: Ownership;
  domain: string;
}

/** The four reference operators of DOMAIN.md. */
export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  { slug: 'socratus', name: 'Socratus Startup Studio', kind: 'startup_studio', ownership: 'private', domain: 'socratus.example' },
  { slug: 'mcs-business-park', name: 'MCS Business Park', kind: 'private_business_park', ownership: 'private', domain: 'mcs.example' },
  { slug: 'it-park', name: 'IT Park', kind: 'industrial_technology_park', ownership: 'state', domain: 'itpark.example' },
  { slug: 'ub-hub', name: 'Ulaanbaatar Innovation HUB', kind: 'public_incubator', ownership: 'ppp', domain: 'ubhub.example' },
];

const STAFF: Role[] = ['owner', 'manager', 'reviewer', 'mentor', 'founder'];

/** A mentor at two parks: one login, two memberships. */
export const SHARED_MENTOR = { email: 'saraa.mentor@example.org', name: 'Saraa (mentor at Socratus and the HUB)', at: ['socratus', 'ub-hub'] };

/** The platform's operator (queue dashboard). */
export const DEMO_OPERATOR = { email: 'ops@hatchery.example', name: 'Hatchery operator' };

export function demoEmail(role: Role, organization: DemoOrganization): string {
  return `${role}@${organization.domain}`;
}

/** Loads the demo data through the services (so it is audited like any change). Safe to run twice. */
export async function seed(): Promise<{ created: boolean }> {
  const app = await NestFactory.createApplicationContext(ApiModule, { logger: ['error'] });
  try {
    const cls = app.get(ClsService);
    const txHost = app.get(TransactionHost);
    const tenancy = app.get(Tenancy);
    const accounts = app.get(AccountsService);
    const organizations = app.get(OrganizationsService);
    const members = app.get(MembersService);
    const inTransaction = <T>(work: () => Promise<T>) => cls.run(() => txHost.withTransaction(work));

    let created = false;
    const person = async (email: string, name: string) => {
      const existing = await inTransaction(() => accounts.findByEmail(email));
      if (existing) return existing.id;
      created = true;
      return (await inTransaction(() => accounts.register(email, DEMO_PASSWORD, name))).id;
    };
    const join = (ownerId: string, organizationId: string, userId: string, role: Role) =>
      inTransaction(async () => {
        await tenancy.actAsUser(ownerId);
        await tenancy.enterOrganization(organizationId, 'owner');
        if ((await members.list()).some((member) => member.userId === userId)) return;
        await members.add(userId, role, organizationId);
        created = true;
      });

    await person(DEMO_OPERATOR.email, DEMO_OPERATOR.name);
    await grantPlatformAdmin(urls().owner, DEMO_OPERATOR.email);
    const ids = new Map<string, string>();
    for (const demo of DEMO_ORGANIZATIONS) {
      const ownerId = await person(demoEmail('owner', demo), `${demo.name} owner`);
      const organization = await inTransaction(async () => {
        await tenancy.actAsUser(ownerId);
        const mine = (await organizations.listMine()).find((o) => o.slug === demo.slug);
        if (mine) return mine;
        created = true;
        return organizations.create({ name: demo.name, slug: demo.slug, kind: demo.kind, ownership: demo.ownership, timezone: 'Asia/Ulaanbaatar', defaultCurrency: 'MNT' });
      });
      ids.set(demo.slug, organization.id);
      for (const role of STAFF.filter((r) => r !== 'owner')) {
        await join(ownerId, organization.id, await person(demoEmail(role, demo), `${demo.name} ${role}`), role);
      }
      if (SHARED_MENTOR.at.includes(demo.slug)) {
        await join(ownerId, organization.id, await person(SHARED_MENTOR.email, SHARED_MENTOR.name), 'mentor');
      }
    }
    const userId = async (email: string) => (await inTransaction(() => accounts.findByEmail(email)))!.id;
    const owners = new Map<string, string>();
    const managers = new Map<string, string>();
    const founders = new Map<string, string>();
    for (const demo of DEMO_ORGANIZATIONS) {
      owners.set(demo.slug, await userId(demoEmail('owner', demo)));
      managers.set(demo.slug, await userId(demoEmail('manager', demo)));
      founders.set(demo.slug, await userId(demoEmail('founder', demo)));
    }
    const programmesCreated = await seedProgrammes(app, {
      ownerOf: (slug) => owners.get(slug)!,
      founderOf: (slug) => founders.get(slug)!,
      organizationId: (slug) => ids.get(slug)!,
    });
    const cohortsCreated = await seedCohorts(app, {
      ownerOf: (slug) => owners.get(slug)!,
      managerOf: (slug) => managers.get(slug)!,
      founderOf: (slug) => founders.get(slug)!,
      organizationId: (slug) => ids.get(slug)!,
    });
    const fundingCreated = await seedFunding(app, {
      ownerOf: (slug) => owners.get(slug)!,
      managerOf: (slug) => managers.get(slug)!,
      organizationId: (slug) => ids.get(slug)!,
    });
    const equityCreated = await seedEquity(app, {
      ownerOf: (slug) => owners.get(slug)!,
      managerOf: (slug) => managers.get(slug)!,
      organizationId: (slug) => ids.get(slug)!,
    });
    const mentorsCreated = await seedMentors(app, {
      ownerOf: (slug) => owners.get(slug)!,
      managerOf: (slug) => managers.get(slug)!,
      organizationId: (slug) => ids.get(slug)!,
      sharedMentorEmail: SHARED_MENTOR.email,
    });
    const statementsCreated = await seedMentorStatements(app, { organizationId: (slug) => ids.get(slug)!, sharedMentorEmail: SHARED_MENTOR.email });
    const spacesCreated = await seedSpaces(app, { ownerOf: (slug) => owners.get(slug)!, organizationId: (slug) => ids.get(slug)! });
    const billingCreated = await seedBilling(app, { ownerOf: (slug) => owners.get(slug)!, organizationId: (slug) => ids.get(slug)! });
    return { created: created || programmesCreated || cohortsCreated || fundingCreated || equityCreated || mentorsCreated || statementsCreated || spacesCreated || billingCreated };
  } finally {
    await app.close();
  }
}

if (require.main === module) {
  loadEnvOrExit();
  seed()
    .then(({ created }) => process.stdout.write(created ? 'demo data loaded\n' : 'demo data already present\n'))
    .catch((error: Error) => {
      process.stderr.write(`seed failed: ${error.message}\n`);
      process.exit(1);
    });
}
