import { Column, CreateDateColumn, Entity, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';

export const ORGANIZATION_KINDS = [
  'industrial_technology_park',
  'science_innovation_park',
  'public_incubator',
  'private_business_park',
  'accelerator',
  'startup_studio',
  'coworking_hub',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const OWNERSHIPS = ['state', 'local', 'private', 'ppp'] as const;
export type Ownership = (typeof OWNERSHIPS)[number];

/** The tenant: one park operator. Its own row is visible to its members only. */
@Entity({ name: 'organizations' })
@Unique('uq_organizations_slug', ['slug'])
export class Organization {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_organizations' })
  id: string;

  @Column('text')
  slug: string;

  @Column('text')
  name: string;

  @Column('text')
  kind: OrganizationKind;

  @Column('text')
  ownership: Ownership;

  /** IANA zone; calendar dates (rent periods, due dates) are read in it. */
  @Column('text')
  timezone: string;

  /** ISO 4217. */
  @Column('char', { name: 'default_currency', length: 3 })
  defaultCurrency: string;

  /** How the organization's emails are signed and where replies go. */
  @Column('text', { name: 'email_from_name', nullable: true })
  emailFromName: string | null;

  @Column('text', { name: 'email_reply_to', nullable: true })
  emailReplyTo: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
