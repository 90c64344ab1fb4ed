import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditService, ConflictError, newId, NotFoundError, RequestContext, Role, Tenancy } from '@hatchery/core';
import { CreateOrganizationDto, UpdateOrganizationDto } from './dto/organization.dto';
import { OrganizationDto } from './dto/organization.response.dto';
import { Membership } from './entities/membership.entity';
import { Organization } from './entities/organization.entity';

export type OrganizationView = OrganizationDto;

function toView(organization: Organization, role: Role): OrganizationView {
  return {
    id: organization.id,
    slug: organization.slug,
    name: organization.name,
    kind: organization.kind,
    ownership: organization.ownership,
    timezone: organization.timezone,
    defaultCurrency: organization.defaultCurrency,
    emailFromName: organization.emailFromName,
    emailReplyTo: organization.emailReplyTo,
    role,
    createdAt: organization.createdAt.toISOString(),
    updatedAt: organization.updatedAt.toISOString(),
  };
}

function settings(organization: Organization) {
  const { name, slug, kind, ownership, timezone, defaultCurrency, emailFromName, emailReplyTo } = organization;
  return { name, slug, kind, ownership, timezone, defaultCurrency, emailFromName, emailReplyTo };
}

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly tenancy: Tenancy,
    private readonly context: RequestContext,
    private readonly audit: AuditService,
  ) {}

  private get organizations() {
    return this.txHost.tx.getRepository(Organization);
  }

  /** The creator becomes its owner. */
  async create(input: CreateOrganizationDto): Promise<OrganizationView> {
    const userId = this.context.requireUserId();
    const id = newId();
    await this.tenancy.enterOrganization(id, 'owner');
    const inserted = await this.organizations
      .createQueryBuilder()
      .insert()
      .values({ id, ...input })
      .orIgnore()
      .returning('id')
      .execute();
    if (inserted.raw.length === 0) throw new ConflictError('SLUG_TAKEN', `The slug "${input.slug}" is taken.`);
    await this.txHost.tx.getRepository(Membership).insert({ id: newId(), organizationId: id, userId, role: 'owner' });
    const organization = await this.organizations.findOneByOrFail({ id });
    await this.audit.record({ action: 'organization.created', entityType: 'organization', entityId: id, after: settings(organization) });
    return toView(organization, 'owner');
  }

  /** Every organization the caller belongs to, with their role in it. */
  async listMine(): Promise<OrganizationView[]> {
    const userId = this.context.requireUserId();
    const rows = await this.organizations
      .createQueryBuilder('o')
      .innerJoin(Membership, 'm', 'm.organization_id = o.id AND m.user_id = :userId', { userId })
      .addSelect('m.role', 'member_role')
      .orderBy('o.name')
      .getRawAndEntities();
    return rows.entities.map((organization, i) => toView(organization, rows.raw[i].member_role as Role));
  }

  /** The organization of the current request. */
  async current(): Promise<OrganizationView> {
    const organization = await this.organizations.findOneBy({ id: this.context.requireOrganizationId() });
    if (!organization) throw new NotFoundError('Organization');
    return toView(organization, this.context.role!);
  }

  /** What anyone may know of the current organization (a visitor's too): its slug, name and timezone. */
  async publicProfile(): Promise<{ slug: string; name: string; timezone: string }> {
    const organization = await this.organizations.findOneBy({ id: this.context.requireOrganizationId() });
    if (!organization) throw new NotFoundError('Organization');
    return { slug: organization.slug, name: organization.name, timezone: organization.timezone };
  }

  /** The currency the organization works in by default (a free lease on a space with no rate is invoiced in it). */
  async defaultCurrency(): Promise<string> {
    const organization = await this.organizations.findOneBy({ id: this.context.requireOrganizationId() });
    if (!organization) throw new NotFoundError('Organization');
    return organization.defaultCurrency;
  }

  async update(changes: UpdateOrganizationDto): Promise<OrganizationView> {
    const id = this.context.requireOrganizationId();
    const before = await this.organizations.findOneByOrFail({ id });
    if (Object.keys(changes).length === 0) return toView(before, this.context.role!);
    await this.organizations.update({ id }, changes);
    const after = await this.organizations.findOneByOrFail({ id });
    await this.audit.record({ action: 'organization.updated', entityType: 'organization', entityId: id, before: settings(before), after: settings(after) });
    return toView(after, this.context.role!);
  }
}
