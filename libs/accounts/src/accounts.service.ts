import { Injectable } from '@nestjs/common';
import { Propagation, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ACCESS_TOKEN_SECONDS, AccessTokens, ConflictError, newId, NotFoundError, UnauthenticatedError, wallClock } from '@hatchery/core';
import { createHash, randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { IsNull } from 'typeorm';

/**
 * Logins run on real time, not the Clock: access tokens are JWTs whose expiry jsonwebtoken checks
 * against the system clock, and refresh tokens must agree with them (a test clock months ahead
 * must not expire every login).
 */
const realNow = () => wallClock().getTime();
import { TokensDto, UserDto } from './dto/account.response.dto';
import { RefreshToken } from './entities/refresh-token.entity';
import { User } from './entities/user.entity';
import { LoginRateLimiter } from './login-rate-limiter';
import { dummyHash, hashPassword, verifyPassword } from './passwords';

const REFRESH_TOKEN_DAYS = 30;
/** How long a refresh token lives (the browser session's cookie lives as long). */
export const REFRESH_TOKEN_SECONDS = REFRESH_TOKEN_DAYS * 24 * 3600;

export type Tokens = TokensDto;
export type UserView = UserDto;

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export function toUserView(user: User): UserView {
  return { id: user.id, email: user.email, name: user.name, createdAt: user.createdAt.toISOString() };
}

@Injectable()
export class AccountsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly accessTokens: AccessTokens,
    private readonly rateLimiter: LoginRateLimiter,
  ) {}

  private get users() {
    return this.txHost.tx.getRepository(User);
  }

  private get refreshTokens() {
    return this.txHost.tx.getRepository(RefreshToken);
  }

  /** `email` arrives normalized (trimmed, lower case). */
  async register(email: string, password: string, name: string): Promise<UserView> {
    const passwordHash = await hashPassword(password);
    const inserted = await this.users
      .createQueryBuilder()
      .insert()
      .values({ id: newId(), email, name, passwordHash })
      .orIgnore()
      .returning('*')
      .execute();
    if (inserted.raw.length === 0) throw new ConflictError('EMAIL_TAKEN', 'An account with this email already exists.');
    return this.get(inserted.raw[0].id);
  }

  /**
   * Runs outside the request transaction (the route is `@NoTransaction()`): an attempt for an
   * email that is being guessed waits first (see LoginRateLimiter), and must hold no database
   * connection while it waits, or a guesser could drain the pool. Then one transaction.
   */
  async login(email: string, password: string, ip: string): Promise<Tokens> {
    const { delayMs } = await this.rateLimiter.assertAllowed(email, ip);
    if (delayMs > 0) await sleep(delayMs);
    const user = await this.txHost.withTransaction(() => this.users.findOneBy({ email }));
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
    if (!user || !ok) {
      await this.rateLimiter.recordFailure(email, ip);
      throw new UnauthenticatedError('Email or password is wrong.', 'INVALID_CREDENTIALS');
    }
    await this.rateLimiter.recordSuccess(email, ip);
    return this.txHost.withTransaction(() => this.issue(user.id, newId()));
  }

  /**
   * Rotates a refresh token. A token that was already used means it leaked (or was replayed):
   * its whole family is revoked, committed even though this request fails.
   */
  async refresh(refreshToken: string): Promise<Tokens> {
    const invalid = new UnauthenticatedError('The refresh token is invalid, expired or revoked.', 'REFRESH_TOKEN_INVALID');
    const token = await this.refreshTokens.findOneBy({ tokenHash: sha256(refreshToken) });
    if (!token || token.revokedAt || token.expiresAt.getTime() <= realNow()) throw invalid;
    // SKIP LOCKED: a concurrent use of the same token neither waits nor keeps a lock, so the
    // family revocation below (its own transaction) cannot wait on this one.
    const claimed: unknown[] = await this.txHost.tx.query(
      `WITH claimed AS (
         UPDATE refresh_tokens SET used_at = now()
          WHERE id = (SELECT id FROM refresh_tokens WHERE id = $1 AND used_at IS NULL AND revoked_at IS NULL FOR UPDATE SKIP LOCKED)
          RETURNING id)
       SELECT id FROM claimed`,
      [token.id],
    );
    if (claimed.length !== 1) {
      await this.revokeFamily(token.familyId);
      throw new UnauthenticatedError('This refresh token was already used; every session of this login is now signed out.', 'REFRESH_TOKEN_REUSED');
    }
    return this.issue(token.userId, token.familyId);
  }

  /** Signs out the login the token belongs to. Unknown tokens are ignored: logout always succeeds. */
  async logout(refreshToken: string): Promise<void> {
    const token = await this.refreshTokens.findOneBy({ tokenHash: sha256(refreshToken) });
    if (token) await this.refreshTokens.update({ familyId: token.familyId, revokedAt: IsNull() }, { revokedAt: new Date(realNow()) });
  }

  async get(userId: string): Promise<UserView> {
    const user = await this.users.findOneBy({ id: userId });
    if (!user) throw new NotFoundError('User');
    return toUserView(user);
  }

  async getMany(userIds: string[]): Promise<UserView[]> {
    if (userIds.length === 0) return [];
    const users = await this.users.createQueryBuilder('u').where('u.id = ANY(:ids)', { ids: userIds }).getMany();
    return users.map(toUserView);
  }

  /** Whether the person wants milestone reminder emails (escalations to staff are not optional). */
  async reminderEmails(userIds: string[]): Promise<Map<string, boolean>> {
    if (userIds.length === 0) return new Map();
    const users = await this.users.createQueryBuilder('u').select(['u.id', 'u.reminderEmails']).where('u.id = ANY(:ids)', { ids: userIds }).getMany();
    return new Map(users.map((u) => [u.id, u.reminderEmails]));
  }

  async setReminderEmails(userId: string, enabled: boolean): Promise<void> {
    await this.users.update({ id: userId }, { reminderEmails: enabled });
  }

  async isPlatformAdmin(userId: string): Promise<boolean> {
    return this.users.existsBy({ id: userId, platformAdmin: true });
  }

  async findByEmail(email: string): Promise<UserView | null> {
    const user = await this.users.findOneBy({ email: email.trim().toLowerCase() });
    return user ? toUserView(user) : null;
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.txHost.withTransaction(Propagation.RequiresNew, async () => {
      await this.refreshTokens.update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date(realNow()) });
    });
  }

  private async issue(userId: string, familyId: string): Promise<Tokens> {
    const refreshToken = randomBytes(32).toString('base64url');
    await this.refreshTokens.insert({
      id: newId(),
      userId,
      familyId,
      tokenHash: sha256(refreshToken),
      expiresAt: new Date(realNow() + REFRESH_TOKEN_SECONDS * 1000),
    });
    return { accessToken: this.accessTokens.sign(userId), refreshToken, tokenType: 'Bearer', expiresIn: ACCESS_TOKEN_SECONDS };
  }
}
