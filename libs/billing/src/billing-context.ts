import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Clock, RequestContext } from '@hatchery/core';
import { OrganizationsService } from '@hatchery/organizations';
import { localDate } from '@hatchery/spaces';
import { StartupsService } from '@hatchery/startups';

/** Who asks, what they may read, and today in the organization's timezone: shared by the billing services. */
@Injectable()
export class BillingContext {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
    private readonly organizations: OrganizationsService,
    private readonly startups: StartupsService,
    private readonly clock: Clock,
  ) {}

  get tx() {
    return this.txHost.tx;
  }

  get organizationId(): string {
    return this.context.requireOrganizationId();
  }

  get userId(): string | null {
    return this.context.userId ?? null;
  }

  /** Owners and managers, or a job acting for the organization. */
  isStaff(): boolean {
    const role = this.context.role;
    return role === 'owner' || role === 'manager' || this.context.userId === undefined;
  }

  /** The startups a founder may read the billing of; null: staff read every startup's. */
  async readableStartups(): Promise<string[] | null> {
    if (this.isStaff()) return null;
    return this.startups.startupIdsOf(this.context.requireUserId());
  }

  now(): Date {
    return this.clock.now();
  }

  /** Today in the organization's timezone. */
  async today(): Promise<string> {
    const { timezone } = await this.organizations.publicProfile();
    return localDate(this.clock.now(), timezone);
  }
}
