import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { Env } from '../config/env';
import { Metrics } from '../metrics/metrics';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Defaults to MAIL_FROM. */
  from?: string;
  replyTo?: string;
  /** A stable Message-ID: if a crash makes the worker send twice, mail clients show it once. */
  messageId?: string;
}

/** Sends mail over SMTP_URL. Only job handlers call it: requests enqueue, never send. */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private readonly transport: Transporter;

  constructor(
    private readonly env: Env,
    private readonly metrics: Metrics,
  ) {
    this.transport = createTransport(env.SMTP_URL, { from: env.MAIL_FROM });
  }

  async send(mail: Mail): Promise<void> {
    try {
      await this.transport.sendMail({ from: this.env.MAIL_FROM, ...mail });
    } catch (error) {
      this.metrics.emails.inc({ outcome: 'failed' });
      throw error;
    }
    this.metrics.emails.inc({ outcome: 'sent' });
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
