import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccountsService } from '@hatchery/accounts';
import { Clock, decodeCursor, jobId, newId, NotFoundError, Outbox, Page, RequestContext, toPage } from '@hatchery/core';
import { NotificationDto } from './dto/notification.response.dto';
import { Notification, NotificationKind } from './entities/notification.entity';

export interface NotificationInput {
  userId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  subject: { type: string; id: string };
  /** The same key for the same person never makes a second notification. */
  dedupeKey: string;
  /** Send it by email too (reminders only if the person has not turned them off). */
  email: boolean;
}

export type NotificationView = NotificationDto;

const OPTIONAL_EMAIL: NotificationKind[] = ['milestone.reminder'];

function toView(n: Notification): NotificationView {
  return { id: n.id, organizationId: n.organizationId, kind: n.kind, title: n.title, body: n.body, subject: n.subject, read: n.readAt !== null, createdAt: n.createdAt.toISOString() };
}

@Injectable()
export class NotificationsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
    private readonly outbox: Outbox,
    private readonly accounts: AccountsService,
    private readonly clock: Clock,
  ) {}

  private get notifications() {
    return this.txHost.tx.getRepository(Notification);
  }

  /**
   * Creates the notifications (once per person and key) and queues their emails, in the
   * caller's transaction. Set-based: a reminder batch for a whole cohort is a few statements.
   */
  async notify(items: NotificationInput[]): Promise<void> {
    if (items.length === 0) return;
    const organizationId = this.context.requireOrganizationId();
    const wants = await this.accounts.reminderEmails([...new Set(items.map((i) => i.userId))]);
    const emailStatus = (item: NotificationInput) => (!item.email ? 'none' : OPTIONAL_EMAIL.includes(item.kind) && wants.get(item.userId) === false ? 'skipped' : 'pending');
    const rows = items.map((item) => ({ id: newId(), ...item, status: emailStatus(item) }));
    // Jobs run again, so they skip what exists (same person and key): the email job queued for a
    // row that was not inserted finds none and does nothing. Staff (a milestone review) may create
    // notifications but not read them, which ON CONFLICT and RETURNING would need; their keys are
    // new each time.
    const skipExisting = this.context.userId === undefined ? 'ON CONFLICT ON CONSTRAINT uq_notifications_once DO NOTHING' : '';
    for (let i = 0; i < rows.length; i += 1000) {
      const chunk = rows.slice(i, i + 1000);
      await this.txHost.tx.query(
        `INSERT INTO notifications (id, organization_id, user_id, kind, title, body, subject, dedupe_key, email_status, created_at)
         SELECT unnest($1::uuid[]), $2, unnest($3::uuid[]), unnest($4::text[]), unnest($5::text[]), unnest($6::text[]), unnest($7::jsonb[]), unnest($8::text[]), unnest($9::text[]), $10
         ${skipExisting}`,
        [
          chunk.map((r) => r.id),
          organizationId,
          chunk.map((r) => r.userId),
          chunk.map((r) => r.kind),
          chunk.map((r) => r.title),
          chunk.map((r) => r.body),
          chunk.map((r) => JSON.stringify(r.subject)),
          chunk.map((r) => r.dedupeKey),
          chunk.map((r) => r.status),
          this.clock.now(),
        ],
      );
    }
    await this.outbox.enqueueMany(
      'notification.email',
      rows.filter((r) => r.status === 'pending').map((r) => ({ data: { organizationId, notificationId: r.id }, jobId: jobId('notification.email', r.id) })),
    );
  }

  /** The caller's notifications from every organization, newest first. */
  async listMine(query: { limit: number; cursor?: string; unread?: boolean }): Promise<Page<NotificationView>> {
    const userId = this.context.requireUserId();
    const qb = this.notifications.createQueryBuilder('n').where('n.user_id = :userId', { userId }).orderBy('n.id', 'DESC').take(query.limit + 1);
    if (query.unread) qb.andWhere('n.read_at IS NULL');
    const after = decodeCursor(query.cursor);
    if (after) qb.andWhere('n.id < :after', { after });
    return toPage(await qb.getMany(), query.limit, toView);
  }

  async unreadCount(): Promise<number> {
    return this.notifications.createQueryBuilder('n').where('n.user_id = :userId AND n.read_at IS NULL', { userId: this.context.requireUserId() }).getCount();
  }

  async markRead(id: string): Promise<NotificationView> {
    const userId = this.context.requireUserId();
    const notification = await this.notifications.findOneBy({ id, userId });
    if (!notification) throw new NotFoundError('Notification');
    if (!notification.readAt) await this.notifications.update({ id }, { readAt: this.clock.now() });
    return toView(await this.notifications.findOneByOrFail({ id }));
  }

  async markAllRead(): Promise<{ marked: number }> {
    const result = await this.notifications
      .createQueryBuilder()
      .update()
      .set({ readAt: this.clock.now() })
      .where('user_id = :userId AND read_at IS NULL', { userId: this.context.requireUserId() })
      .execute();
    return { marked: result.affected ?? 0 };
  }

  async settings(): Promise<{ reminderEmails: boolean }> {
    const userId = this.context.requireUserId();
    return { reminderEmails: (await this.accounts.reminderEmails([userId])).get(userId) ?? true };
  }

  async updateSettings(changes: { reminderEmails: boolean }): Promise<{ reminderEmails: boolean }> {
    await this.accounts.setReminderEmails(this.context.requireUserId(), changes.reminderEmails);
    return this.settings();
  }
}
