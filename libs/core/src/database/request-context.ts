import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';

export const ROLES = ['owner', 'manager', 'reviewer', 'mentor', 'founder'] as const;
export type Role = (typeof ROLES)[number];

interface Store {
  requestId?: string;
  userId?: string;
  organizationId?: string;
  role?: Role;
}

/** Who is acting, in which organization: kept in AsyncLocalStorage for the request or job. */
@Injectable()
export class RequestContext {
  constructor(private readonly cls: ClsService) {}

  get requestId(): string | undefined {
    return this.get('requestId');
  }

  get userId(): string | undefined {
    return this.get('userId');
  }

  get organizationId(): string | undefined {
    return this.get('organizationId');
  }

  get role(): Role | undefined {
    return this.get('role');
  }

  requireUserId(): string {
    const id = this.userId;
    if (!id) throw new Error('no authenticated user in this context');
    return id;
  }

  requireOrganizationId(): string {
    const id = this.organizationId;
    if (!id) throw new Error('no organization in this context');
    return id;
  }

  set<K extends keyof Store>(key: K, value: Store[K]): void {
    if (this.cls.isActive()) this.cls.set(key, value);
  }

  private get<K extends keyof Store>(key: K): Store[K] | undefined {
    return this.cls.isActive() ? this.cls.get(key) : undefined;
  }
}
