import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ClsService } from 'nestjs-cls';
import { RequestContext, Role } from './request-context';

export type Tx = TransactionHost<TransactionalAdapterTypeOrm>;

/**
 * Sets the row level security variables for the current transaction. `set_config(..., true)`
 * is transaction-local, so a pooled connection never carries them into the next request.
 */
@Injectable()
export class Tenancy {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
    private readonly cls: ClsService,
  ) {}

  async actAsUser(userId: string): Promise<void> {
    await this.txHost.tx.query(`SELECT set_config('app.user_id', $1, true)`, [userId]);
    this.context.set('userId', userId);
  }

  /** `role` is the caller's role there (none for a visitor); policies read it as app.role. */
  async enterOrganization(organizationId: string, role?: Role): Promise<void> {
    await this.txHost.tx.query(`SELECT set_config('app.organization_id', $1, true), set_config('app.role', $2, true)`, [organizationId, role ?? '']);
    this.context.set('organizationId', organizationId);
    this.context.set('role', role);
  }

  /**
   * The organization with this slug, for routes open to people who are not members (public calls,
   * applicants). Its row is readable by slug alone: slugs are public, they are in every URL.
   */
  async organizationIdBySlug(slug: string): Promise<string | null> {
    await this.txHost.tx.query(`SELECT set_config('app.public_slug', $1, true)`, [slug]);
    const rows: { id: string }[] = await this.txHost.tx.query(`SELECT id FROM organizations WHERE slug = $1`, [slug]);
    return rows[0]?.id ?? null;
  }

  /**
   * Lets this transaction read the one calendar feed whose token hashes to `tokenHash`, for the
   * public feed route, which knows no one until it has found the feed (the policy on
   * calendar_feeds otherwise shows a person only their own rows).
   */
  async revealCalendarFeed(tokenHash: string): Promise<void> {
    await this.txHost.tx.query(`SELECT set_config('app.calendar_token_hash', $1, true)`, [tokenHash]);
  }

  /**
   * The request's tenancy prologue in one statement: acts as `userId` and, when they are a member
   * of the organization with this slug, enters it with their role (app.user_id,
   * app.organization_id, app.role; see migration AddEnterOrganizationFunction). Null when not a
   * member (or no such slug): then only app.user_id is set.
   */
  async enterAsMember(userId: string, slug: string): Promise<{ organizationId: string; role: Role } | null> {
    const rows: { member_organization_id: string | null; member_role: Role | null }[] = await this.txHost.tx.query(
      `SELECT member_organization_id, member_role FROM app_enter_organization($1, $2)`,
      [userId, slug],
    );
    this.context.set('userId', userId);
    const organizationId = rows[0]?.member_organization_id;
    const role = rows[0]?.member_role;
    if (!organizationId || !role) return null;
    this.context.set('organizationId', organizationId);
    this.context.set('role', role);
    return { organizationId, role };
  }

  /** The caller's role in the organization with this slug, or null when not a member (or no such slug). */
  async membershipBySlug(slug: string, userId: string): Promise<{ organizationId: string; role: Role } | null> {
    const rows: { organization_id: string; role: Role }[] = await this.txHost.tx.query(
      `SELECT m.organization_id, m.role
         FROM memberships m JOIN organizations o ON o.id = m.organization_id
        WHERE o.slug = $1 AND m.user_id = $2`,
      [slug, userId],
    );
    return rows[0] ? { organizationId: rows[0].organization_id, role: rows[0].role } : null;
  }

  /**
   * Runs `work` in its own transaction inside one organization, for code outside a request
   * (job handlers, seeds). Opens a CLS context when none is active.
   */
  async runInOrganization<T>(organizationId: string, work: () => Promise<T>): Promise<T> {
    const run = () =>
      this.txHost.withTransaction(async () => {
        await this.enterOrganization(organizationId);
        // Jobs act for the organization itself: policies let the 'worker' role see its rows.
        await this.txHost.tx.query(`SELECT set_config('app.role', 'worker', true)`);
        return work();
      });
    return this.cls.isActive() ? run() : this.cls.run(run);
  }
}
