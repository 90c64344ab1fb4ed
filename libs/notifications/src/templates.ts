import type { Env, Mail } from '@hatchery/core';
import type { Notification } from './entities/notification.entity';

interface Sender {
  slug: string;
  name: string;
  emailFromName: string | null;
  emailReplyTo: string | null;
}

/** The address part of MAIL_FROM ("Hatchery <no-reply@x>" → no-reply@x). */
function fromAddress(mailFrom: string): string {
  return /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom;
}

const FOOTER: Partial<Record<Notification['kind'], string>> = {
  'milestone.reminder': 'You can turn milestone reminder emails off in your notification settings.',
};

/**
 * The email for a notification, in the organization's name: its sender name (or its name) on the
 * From line, its reply-to address, and a signature.
 */
export function renderEmail(notification: Notification, recipient: { name: string }, organization: Sender, env: Env): Omit<Mail, 'to'> {
  const signer = organization.emailFromName ?? organization.name;
  // The web app's page for the subject, inside its organization (/o/ub-hub/milestones/…).
  const link = `${env.APP_URL}/o/${organization.slug}/${notification.subject.type}s/${notification.subject.id}`;
  const lines = [`Hello ${recipient.name},`, '', notification.body, '', link, '', `— ${signer}`];
  const footer = FOOTER[notification.kind];
  if (footer) lines.push('', footer);
  return {
    from: `"${signer.replace(/["\\\r\n]/g, '')}" <${fromAddress(env.MAIL_FROM)}>`,
    replyTo: organization.emailReplyTo ?? undefined,
    subject: notification.title,
    text: lines.join('\n'),
  };
}
