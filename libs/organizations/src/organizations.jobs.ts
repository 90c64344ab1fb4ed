import { Logger } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Clock, defineJobs, Env, JobHandler, JobHandlerProvider, JobPayloads, MailService } from '@hatchery/core';
import { Invitation } from './entities/invitation.entity';
import { Organization } from './entities/organization.entity';
import { invitationToken } from './invitation-tokens';
import { invitationStatus } from './invitations.service';

declare module '@hatchery/core' {
  interface JobPayloads {
    'invitation.send': { organizationId: string; invitationId: string };
  }
}

export const ORGANIZATIONS_JOBS = defineJobs({ 'invitation.send': 'notifications' });

export function invitationMail(input: { organization: string; role: string; link: string; token: string; expiresAt: Date }) {
  const subject = `You are invited to ${input.organization} on Hatchery`;
  const text = [
    `You have been invited to join ${input.organization} as ${input.role}.`,
    '',
    `Accept the invitation: ${input.link}`,
    `(or POST /api/v1/invitations/${input.token}/accept while signed in)`,
    '',
    `The invitation expires on ${input.expiresAt.toISOString().slice(0, 10)}. If you did not expect it, ignore this email.`,
  ].join('\n');
  return { subject, text };
}

/** Sends the invitation email once: skipped if already sent, accepted, revoked or expired. */
@JobHandlerProvider()
export class SendInvitationHandler implements JobHandler<'invitation.send'> {
  readonly jobName = 'invitation.send' as const;
  private readonly logger = new Logger(SendInvitationHandler.name);

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly mail: MailService,
    private readonly env: Env,
    private readonly clock: Clock,
  ) {}

  async handle({ organizationId, invitationId }: JobPayloads['invitation.send']): Promise<void> {
    const invitations = this.txHost.tx.getRepository(Invitation);
    const invitation = await invitations.findOne({ where: { id: invitationId, organizationId }, lock: { mode: 'pessimistic_write' } });
    if (!invitation || invitation.emailSentAt || invitationStatus(invitation, this.clock.now()) !== 'pending') {
      this.logger.log({ invitationId }, 'invitation email not needed');
      return;
    }
    const organization = await this.txHost.tx.getRepository(Organization).findOneByOrFail({ id: organizationId });
    const token = invitationToken(this.env.JWT_SECRET, { organizationId, invitationId });
    const mail = invitationMail({
      organization: organization.name,
      role: invitation.role,
      link: `${this.env.APP_URL}/invitations/${token}`,
      token,
      expiresAt: invitation.expiresAt,
    });
    await this.mail.send({ to: invitation.email, ...mail });
    await invitations.update({ id: invitationId }, { emailSentAt: this.clock.now() });
  }
}
