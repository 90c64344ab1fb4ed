import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccountsService } from '@hatchery/accounts';
import { Clock, NotFoundError, RequestContext } from '@hatchery/core';
import { OrganizationsService } from '@hatchery/organizations';
import { MentorProfile } from './entities/mentor-profile.entity';

/** The local calendar date of an instant in a time zone. */
export function localDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** Who asks, their profile, today in the organization's timezone, people's names: shared by the mentors services. */
@Injectable()
export class MentorContext {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
    private readonly organizations: OrganizationsService,
    private readonly accounts: AccountsService,
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

  get role() {
    return this.context.role;
  }

  /** Today in the organization's timezone. */
  async today(): Promise<string> {
    const { timezone } = await this.organizations.publicProfile();
    return localDate(this.clock.now(), timezone);
  }

  now(): Date {
    return this.clock.now();
  }

  /** The caller's own mentor profile here; 404 without one. */
  async myProfile(lock = false): Promise<MentorProfile> {
    const profile = await this.tx.getRepository(MentorProfile).findOne({ where: { organizationId: this.organizationId, userId: this.context.requireUserId() }, lock: lock ? { mode: 'pessimistic_write' } : undefined });
    if (!profile) throw new NotFoundError('Mentor profile');
    return profile;
  }

  async profile(id: string, lock = false): Promise<MentorProfile> {
    const profile = await this.tx.getRepository(MentorProfile).findOne({ where: { organizationId: this.organizationId, id }, lock: lock ? { mode: 'pessimistic_write' } : undefined });
    if (!profile) throw new NotFoundError('Mentor profile');
    return profile;
  }

  async people(userIds: string[]): Promise<Map<string, { name: string; email: string }>> {
    const unique = [...new Set(userIds)];
    if (unique.length === 0) return new Map();
    return new Map((await this.accounts.getMany(unique)).map((u) => [u.id, { name: u.name, email: u.email }]));
  }
}
