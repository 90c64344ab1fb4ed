import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccountsService } from '@hatchery/accounts';
import { AuditService, ConflictError, ForbiddenError, newId, NotFoundError, RequestContext, Role } from '@hatchery/core';
import { MemberDto } from './dto/organization.response.dto';
import { Membership } from './entities/membership.entity';
import { Organization } from './entities/organization.entity';
import { StartupsService } from '@hatchery/startups';

export type MemberView = MemberDto;

@Injectable()
export class MembersService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
    private readonly accounts: AccountsService,
    private readonly audit: AuditService,
    private readonly startups: StartupsService,
  ) {}

  private get memberships() {
    return this.txHost.tx.getRepository(Membership);
  }

  async list(): Promise<MemberView[]> {
    // Always filter by organization: the caller can also see their own memberships elsewhere.
    const memberships = await this.memberships.find({ where: { organizationId: this.context.requireOrganizationId() }, order: { createdAt: 'ASC' } });
    const users = new Map((await this.accounts.getMany(memberships.map((m) => m.userId))).map((u) => [u.id, u]));
    return memberships.map((m) => ({
      userId: m.userId,
      email: users.get(m.userId)?.email ?? '',
      name: users.get(m.userId)?.name ?? '',
      role: m.role,
      joinedAt: m.createdAt.toISOString(),
    }));
  }

  /** Adds a membership (used when an invitation is accepted). */
  async add(userId: string, role: Role, organizationId = this.context.requireOrganizationId()): Promise<void> {
    const inserted = await this.memberships
      .createQueryBuilder()
      .insert()
      .values({ id: newId(), organizationId, userId, role })
      .orIgnore()
      .returning('id')
      .execute();
    if (inserted.raw.length === 0) throw new ConflictError('ALREADY_MEMBER', 'You are already a member of this organization.');
    await this.audit.record({ action: 'member.added', entityType: 'membership', entityId: inserted.raw[0].id, after: { userId, role } });
  }

  async changeRole(userId: string, role: Role): Promise<MemberView> {
    const membership = await this.lockedMembership(userId);
    this.assertMayManage(membership.role, role);
    if (membership.role === role) return this.view(membership);
    if (membership.role === 'owner') await this.assertAnotherOwner();
    await this.memberships.update({ id: membership.id }, { role });
    await this.audit.record({ action: 'member.role-changed', entityType: 'membership', entityId: membership.id, before: { role: membership.role }, after: { role } });
    return this.view({ ...membership, role });
  }

  async remove(userId: string): Promise<void> {
    const membership = await this.lockedMembership(userId);
    this.assertMayManage(membership.role);
    if (membership.role === 'owner') await this.assertAnotherOwner();
    await this.memberships.delete({ id: membership.id });
    // A former member no longer speaks for a startup here, nor hears about its milestones.
    await this.startups.removeFounder(userId);
    await this.audit.record({ action: 'member.removed', entityType: 'membership', entityId: membership.id, before: { userId, role: membership.role } });
  }

  /** Only owners grant, change or take away the owner role. */
  private assertMayManage(currentRole: Role, newRole?: Role): void {
    if (this.context.role === 'owner') return;
    if (currentRole === 'owner' || newRole === 'owner') throw new ForbiddenError('Only an owner can change an owner or make one.');
  }

  /**
   * Membership changes in one organization are serialized on its row, so two owners demoting
   * each other at the same moment cannot leave it with none.
   */
  private async lockedMembership(userId: string): Promise<Membership> {
    const organizationId = this.context.requireOrganizationId();
    await this.txHost.tx.getRepository(Organization).findOne({ where: { id: organizationId }, lock: { mode: 'pessimistic_write' } });
    const membership = await this.memberships.findOneBy({ organizationId, userId });
    if (!membership) throw new NotFoundError('Member');
    return membership;
  }

  private async assertAnotherOwner(): Promise<void> {
    const owners = await this.memberships.countBy({ organizationId: this.context.requireOrganizationId(), role: 'owner' });
    if (owners <= 1) throw new ConflictError('LAST_OWNER', 'An organization needs at least one owner: make someone else owner first.');
  }

  private async view(membership: Membership): Promise<MemberView> {
    const user = await this.accounts.get(membership.userId);
    return { userId: user.id, email: user.email, name: user.name, role: membership.role, joinedAt: membership.createdAt.toISOString() };
  }
}
