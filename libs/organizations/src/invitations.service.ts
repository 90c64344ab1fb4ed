import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccountsService } from '@hatchery/accounts';
import {
  AuditService,
  Clock,
  ConflictError,
  DomainError,
  Env,
  ForbiddenError,
  jobId,
  newId,
  NotFoundError,
  Outbox,
  RequestContext,
  Role,
  Tenancy,
} from '@hatchery/core';
import { IsNull } from 'typeorm';
import { InvitationDto, InvitationPreviewDto } from './dto/organization.response.dto';
import { Invitation } from './entities/invitation.entity';
import { Organization } from './entities/organization.entity';
import { StartupsService } from '@hatchery/startups';
import { Membership } from './entities/membership.entity';
import { invitationToken, readInvitationToken, tokenHash } from './invitation-tokens';
import { MembersService } from './members.service';

export const INVITATION_DAYS = 7;

export type InvitationView = InvitationDto;

export function invitationStatus(invitation: Invitation, now: Date): InvitationView['status'] {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  if (invitation.expiresAt <= now) return 'expired';
  return 'pending';
}

/** "owner@example.org" → "o***@example.org": enough for the invited person to recognise, little for anyone else. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return at <= 0 ? '***' : `${email[0]}***${email.slice(at)}`;
}

const invalidLink = () => new DomainError(404, 'INVITATION_INVALID', 'This invitation link is not valid.');

function toView(invitation: Invitation, now: Date): InvitationView {
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    status: invitationStatus(invitation, now),
    expiresAt: invitation.expiresAt.toISOString(),
    createdAt: invitation.createdAt.toISOString(),
  };
}

@Injectable()
export class InvitationsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
    private readonly tenancy: Tenancy,
    private readonly accounts: AccountsService,
    private readonly members: MembersService,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
    private readonly env: Env,
    private readonly startups: StartupsService,
    private readonly clock: Clock,
  ) {}

  private get invitations() {
    return this.txHost.tx.getRepository(Invitation);
  }

  /**
   * Invites a person by email. A pending invitation to the same address is replaced (so
   * "invite again" resends); the email goes out through the queue.
   */
  /**
   * `invitedByUserId`: defaults to the caller (a co-founder is invited by the applicant who named
   * them). `startupId`: a co-founder becomes a founder of that startup on acceptance.
   */
  async create(email: string, role: Role, invitedByUserId = this.context.requireUserId(), startupId: string | null = null): Promise<InvitationView> {
    const organizationId = this.context.requireOrganizationId();
    if (role === 'owner' && this.context.role !== 'owner') throw new ForbiddenError('Only an owner can invite an owner.');
    const existing = await this.accounts.findByEmail(email);
    if (existing && (await this.txHost.tx.getRepository(Membership).existsBy({ organizationId, userId: existing.id }))) {
      throw new ConflictError('ALREADY_MEMBER', `${email} is already a member.`);
    }
    // Two invitations to one address at the same moment: the second waits, then replaces the first.
    await this.txHost.tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`invitation:${organizationId}:${email}`]);
    await this.invitations.update(
      { organizationId, email, acceptedAt: IsNull(), revokedAt: IsNull() },
      { revokedAt: this.clock.now() },
    );
    const id = newId();
    const token = invitationToken(this.env.JWT_SECRET, { organizationId, invitationId: id });
    await this.invitations.insert({
      id,
      organizationId,
      email,
      role,
      tokenHash: tokenHash(token),
      invitedByUserId,
      startupId,
      expiresAt: new Date(this.clock.now().getTime() + INVITATION_DAYS * 24 * 3600 * 1000),
    });
    await this.outbox.enqueue('invitation.send', { organizationId, invitationId: id }, { jobId: jobId('invitation.send', id) });
    await this.audit.record({ action: 'invitation.created', entityType: 'invitation', entityId: id, after: { email, role } });
    return toView(await this.invitations.findOneByOrFail({ id }), this.clock.now());
  }

  async list(): Promise<InvitationView[]> {
    const rows = await this.invitations.find({ where: { organizationId: this.context.requireOrganizationId() }, order: { id: 'DESC' }, take: 200 });
    const now = this.clock.now();
    return rows.map((row) => toView(row, now));
  }

  async revoke(invitationId: string): Promise<void> {
    const invitation = await this.invitations.findOneBy({ id: invitationId, organizationId: this.context.requireOrganizationId() });
    if (!invitation) throw new NotFoundError('Invitation');
    if (invitation.acceptedAt) throw new ConflictError('INVITATION_USED', 'This invitation was already accepted.');
    if (invitation.revokedAt) return;
    // Only a still-pending invitation is revoked: one accepted a moment ago stays accepted.
    const revoked = await this.invitations.update({ id: invitationId, acceptedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: this.clock.now() });
    if (revoked.affected !== 1) throw new ConflictError('INVITATION_USED', 'This invitation was already accepted.');
    await this.audit.record({ action: 'invitation.revoked', entityType: 'invitation', entityId: invitationId, before: { status: 'pending' }, after: { status: 'revoked' } });
  }

  /**
   * What the link shows before anyone logs in. No rate limit is needed: a token carries an
   * HMAC-SHA256 under the server's secret, so one cannot be guessed or enumerated, and a forged
   * one is refused before any database read.
   */
  async preview(token: string): Promise<InvitationPreviewDto> {
    const ref = readInvitationToken(this.env.JWT_SECRET, token);
    if (!ref) throw invalidLink();
    await this.tenancy.enterOrganization(ref.organizationId);
    const invitation = await this.invitations.findOneBy({ id: ref.invitationId, organizationId: ref.organizationId, tokenHash: tokenHash(token) });
    const organization = invitation && (await this.txHost.tx.getRepository(Organization).findOneBy({ id: ref.organizationId }));
    if (!invitation || !organization) throw invalidLink();
    return {
      organization: { slug: organization.slug, name: organization.name },
      role: invitation.role,
      email: maskEmail(invitation.email),
      status: invitationStatus(invitation, this.clock.now()),
      expiresAt: invitation.expiresAt.toISOString(),
    };
  }

  /** The logged-in person accepts; the invitation must be addressed to their email. */
  async accept(token: string): Promise<{ organizationId: string; role: Role }> {
    const ref = readInvitationToken(this.env.JWT_SECRET, token);
    if (!ref) throw new DomainError(404, 'INVITATION_INVALID', 'This invitation link is not valid.');
    await this.tenancy.enterOrganization(ref.organizationId);
    const invitation = await this.invitations.findOne({
      where: { id: ref.invitationId, tokenHash: tokenHash(token) },
      lock: { mode: 'pessimistic_write' },
    });
    if (!invitation || invitation.revokedAt) throw new DomainError(404, 'INVITATION_INVALID', 'This invitation link is not valid.');
    if (invitation.acceptedAt) throw new DomainError(409, 'INVITATION_USED', 'This invitation has already been used.');
    if (invitation.expiresAt.getTime() <= this.clock.now().getTime()) {
      throw new DomainError(410, 'INVITATION_EXPIRED', 'This invitation has expired: ask for a new one.');
    }
    const user = await this.accounts.get(this.context.requireUserId());
    if (user.email !== invitation.email) {
      throw new DomainError(403, 'INVITATION_EMAIL_MISMATCH', `This invitation was sent to another email address; sign in as that person to accept it.`);
    }
    this.context.set('role', invitation.role);
    await this.members.add(user.id, invitation.role, ref.organizationId);
    if (invitation.startupId) await this.startups.addFounder(invitation.startupId, user.id);
    await this.invitations.update({ id: invitation.id }, { acceptedAt: this.clock.now(), acceptedByUserId: user.id });
    await this.audit.record({ action: 'invitation.accepted', entityType: 'invitation', entityId: invitation.id, before: { status: 'pending' }, after: { status: 'accepted' } });
    return { organizationId: ref.organizationId, role: invitation.role };
  }
}
