import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { RequestContext } from '../database/request-context';
import { decodeCursor, Page, toPage } from '../http/pagination';
import { newId } from '../ids';
import { AuditChanges, AuditEntry } from './audit-entry.entity';

const SECRET_FIELDS = new Set(['passwordHash', 'tokenHash', 'password', 'token']);
/** Bookkeeping, not a change anyone made: an update that touched nothing else is no change. */
const IGNORED_FIELDS = new Set(['createdAt', 'updatedAt']);

/** The fields that differ between two snapshots; secrets and timestamps are never written. */
export function diff(before: Record<string, unknown> | null, after: Record<string, unknown> | null): AuditChanges {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: AuditChanges = {};
  for (const key of keys) {
    if (SECRET_FIELDS.has(key) || IGNORED_FIELDS.has(key)) continue;
    const b = before?.[key] ?? null;
    const a = after?.[key] ?? null;
    if (JSON.stringify(b) !== JSON.stringify(a)) changes[key] = { before: b, after: a };
  }
  return changes;
}

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string;
  before?: object | null;
  after?: object | null;
  /** Defaults to the organization of the current request. */
  organizationId?: string;
}

export interface AuditEntryView {
  id: string;
  actorUserId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  changes: AuditChanges;
  requestId: string | null;
  createdAt: string;
}

/** Writes audit entries in the caller's transaction, so a failed request leaves none. */
@Injectable()
export class AuditService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
  ) {}

  /** An update that changed nothing (before and after equal) leaves no entry. */
  async record(entry: AuditRecord): Promise<void> {
    const changes = diff((entry.before ?? null) as Record<string, unknown> | null, (entry.after ?? null) as Record<string, unknown> | null);
    if (entry.before && entry.after && Object.keys(changes).length === 0) return;
    await this.txHost.tx.getRepository(AuditEntry).insert({
      id: newId(),
      organizationId: entry.organizationId ?? this.context.requireOrganizationId(),
      actorUserId: this.context.userId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      changes: changes as object,
      requestId: this.context.requestId ?? null,
    });
  }

  /** Several entries in one statement (a set-based change, e.g. startups enrolled together). */
  async recordMany(entries: AuditRecord[]): Promise<void> {
    if (entries.length === 0) return;
    await this.txHost.tx.getRepository(AuditEntry).insert(
      entries.map((entry) => ({
        id: newId(),
        organizationId: entry.organizationId ?? this.context.requireOrganizationId(),
        actorUserId: this.context.userId ?? null,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId,
        changes: diff((entry.before ?? null) as Record<string, unknown> | null, (entry.after ?? null) as Record<string, unknown> | null) as object,
        requestId: this.context.requestId ?? null,
      })),
    );
  }

  /** One entity's entries with these actions, oldest first (its history, e.g. a startup's outcomes). */
  async history(entityType: string, entityId: string, actions: string[]): Promise<AuditEntryView[]> {
    const rows = await this.txHost.tx.getRepository(AuditEntry).createQueryBuilder('a')
      .where('a.organization_id = :org AND a.entity_type = :entityType AND a.entity_id = :entityId AND a.action = ANY(:actions)', { org: this.context.requireOrganizationId(), entityType, entityId, actions })
      .orderBy('a.id', 'ASC')
      .limit(500)
      .getMany();
    return rows.map((row) => ({ id: row.id, actorUserId: row.actorUserId, action: row.action, entityType: row.entityType, entityId: row.entityId, changes: row.changes, requestId: row.requestId, createdAt: row.createdAt.toISOString() }));
  }

  /** Newest first, in the current organization (row level security scopes it). */
  async list(limit: number, cursor?: string): Promise<Page<AuditEntryView>> {
    const query = this.txHost.tx.getRepository(AuditEntry).createQueryBuilder('a').orderBy('a.id', 'DESC').limit(limit + 1);
    const after = decodeCursor(cursor);
    if (after) query.where('a.id < :after', { after });
    return toPage(await query.getMany(), limit, (row) => ({
      id: row.id,
      actorUserId: row.actorUserId,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      changes: row.changes,
      requestId: row.requestId,
      createdAt: row.createdAt.toISOString(),
    }));
  }
}
