import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditService, newId, RequestContext } from '@hatchery/core';
import { Startup, StartupOrigin, StartupStatus } from './entities/startup.entity';

export interface StartupView {
  id: string;
  name: string;
  sector: string | null;
  stage: string | null;
  origin: StartupOrigin;
  status: StartupStatus;
  applicationId: string | null;
  createdAt: string;
}

export function toStartupView(s: Startup): StartupView {
  return { id: s.id, name: s.name, sector: s.sector, stage: s.stage, origin: s.origin, status: s.status, applicationId: s.applicationId, createdAt: s.createdAt.toISOString() };
}

@Injectable()
export class StartupsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
    private readonly audit: AuditService,
  ) {}

  private get startups() {
    return this.txHost.tx.getRepository(Startup);
  }

  /** The startup an accepted application becomes; once per application. */
  async createFromApplication(input: { applicationId: string; name: string; sector: string | null; stage: string | null; origin: StartupOrigin }): Promise<StartupView> {
    const organizationId = this.context.requireOrganizationId();
    const existing = await this.startups.findOneBy({ organizationId, applicationId: input.applicationId });
    if (existing) {
      if (existing.status === 'withdrawn') await this.startups.update({ id: existing.id }, { status: 'accepted' });
      return toStartupView(await this.startups.findOneByOrFail({ id: existing.id }));
    }
    const id = newId();
    await this.startups.insert({ id, organizationId, ...input, status: 'accepted' });
    const startup = await this.startups.findOneByOrFail({ id });
    await this.audit.record({ action: 'startup.created', entityType: 'startup', entityId: id, after: toStartupView(startup) });
    return toStartupView(startup);
  }

  /** When an accepted applicant declines the place. */
  async withdrawForApplication(applicationId: string): Promise<void> {
    const startup = await this.startups.findOneBy({ organizationId: this.context.requireOrganizationId(), applicationId });
    if (!startup || startup.status === 'withdrawn') return;
    await this.startups.update({ id: startup.id }, { status: 'withdrawn' });
    await this.audit.record({ action: 'startup.withdrawn', entityType: 'startup', entityId: startup.id, before: { status: startup.status }, after: { status: 'withdrawn' } });
  }

  async list(): Promise<StartupView[]> {
    const rows = await this.startups.find({ where: { organizationId: this.context.requireOrganizationId() }, order: { id: 'DESC' }, take: 500 });
    return rows.map(toStartupView);
  }
}
