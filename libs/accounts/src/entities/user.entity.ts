import { Column, CreateDateColumn, Entity, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';

/** One login per person, across every organization they belong to. */
@Entity({ name: 'users' })
@Unique('uq_users_email', ['email'])
export class User {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_users' })
  id: string;

  /** Trimmed and lower-cased before it gets here. */
  @Column('text')
  email: string;

  @Column('text')
  name: string;

  @Column('text', { name: 'password_hash' })
  passwordHash: string;

  /** An operator of the platform itself (the queue dashboard). Set with `npm run platform:admin`, never through the API. */
  @Column('boolean', { name: 'platform_admin', default: false })
  platformAdmin: boolean;

  /** Milestone reminder emails; escalations to staff are sent regardless. */
  @Column('boolean', { name: 'reminder_emails', default: true })
  reminderEmails: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
