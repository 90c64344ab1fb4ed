import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  messageId?: string;
  replyTo?: string;
  fromHeader?: string;
}

/** A real SMTP listener on a free port; the worker sends to it over TCP. */
export class Mailbox {
  readonly messages: ReceivedMail[] = [];
  /** While true, every connection is turned away (421): a mail server that is down. */
  offline = false;
  private readonly server: SMTPServer;
  private waiters: (() => void)[] = [];

  /** `replyDelayMs`: how long the listener takes to accept each message (a slow mail server). */
  constructor(private readonly replyDelayMs = 0) {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onConnect: (_session, callback) => callback(this.offline ? new Error('Service not available, try again later') : undefined),
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.messages.push({
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((r) => r.address),
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              messageId: mail.messageId,
              replyTo: mail.replyTo?.text,
              fromHeader: mail.from?.text,
            });
            this.waiters.splice(0).forEach((wake) => wake());
            setTimeout(() => callback(), this.replyDelayMs);
          })
          .catch(callback);
      },
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.server.address() as AddressInfo;
    return `smtp://127.0.0.1:${port}`;
  }

  /** Waits until a message to `to` arrives (or throws after `timeoutMs`). */
  async waitFor(to: string, timeoutMs = 15000): Promise<ReceivedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find((m) => m.to.includes(to));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no mail to ${to} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
