import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccountsService } from '@hatchery/accounts';
import { Clock, defineJobs, Env, JobHandler, JobHandlerProvider, JobPayloads, MailService } from '@hatchery/core';
import { OrganizationsService } from '@hatchery/organizations';
import { Notification } from './entities/notification.entity';
import { renderEmail } from './templates';

declare module '@hatchery/core' {
  interface JobPayloads {
    'notification.email': { organizationId: string; notificationId: string };
  }
}

export const NOTIFICATIONS_JOBS = defineJobs({ 'notification.email': 'notifications' });

/**
 * Emails one notification. The row is locked while the mail is sent and marked in the same
 * transaction, so a second delivery (or a second worker) waits and then finds it sent. A crash
 * after the mail server took the message but before the commit leaves it pending and the retry
 * sends it again (SMTP has no two-phase commit); both copies carry the same Message-ID, so the
 * recipient's mail client shows one.
 */
@JobHandlerProvider()
export class NotificationEmailHandler implements JobHandler<'notification.email'> {
  readonly jobName = 'notification.email' as const;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly accounts: AccountsService,
    private readonly organizations: OrganizationsService,
    private readonly mail: MailService,
    private readonly env: Env,
    private readonly clock: Clock,
  ) {}

  async handle({ notificationId }: JobPayloads['notification.email']): Promise<void> {
    const repository = this.txHost.tx.getRepository(Notification);
    const notification = await repository.findOne({ where: { id: notificationId }, lock: { mode: 'pessimistic_write' } });
    if (!notification || notification.emailStatus !== 'pending') return;
    const recipient = await this.accounts.get(notification.userId);
    const organization = await this.organizations.current();
    await this.mail.send({ to: recipient.email, messageId: `<notification.${notification.id}@${new URL(this.env.APP_URL).hostname}>`, ...renderEmail(notification, recipient, organization, this.env) });
    await repository.update({ id: notificationId }, { emailStatus: 'sent', emailedAt: this.clock.now() });
  }
}
