/**
 * The baseline of `npm run bench:http`: the same routes as the API with nothing but Fastify and a
 * `pg` Pool, doing what a request of the API does in the database. Spawned by bench/http.ts.
 *
 * Each request: a bearer token checked like the API checks it (HS256 only, signature, iss, aud,
 * exp, iat, sub), then one transaction on a pooled connection as hatchery_app (row level security
 * applies) with the same statements as the API before this work: BEGIN, set_config(app.user_id),
 * the membership by slug, set_config(app.organization_id, app.role), the route's SQL, COMMIT.
 * Six round trips per GET; the write takes the row lock, updates, and writes an audit row.
 */
import Fastify, { FastifyReply, FastifyRequest } from 'fastify';
import { createHmac, createSecretKey, randomUUID, timingSafeEqual } from 'node:crypto';
import { Pool, PoolClient } from 'pg';

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};
const key = createSecretKey(Buffer.from(env('JWT_SECRET'), 'utf8'));
const issuer = env('JWT_ISSUER');
const audience = env('JWT_AUDIENCE');
const pool = new Pool({ connectionString: env('DATABASE_URL'), max: Number(process.env.POOL_MAX || 10), application_name: 'hatchery-bench-bare' });

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function userIdOf(request: FastifyRequest): string {
  const match = /^Bearer ([^\s]+)$/i.exec(request.headers.authorization ?? '');
  const parts = match?.[1].split('.');
  if (!parts || parts.length !== 3) throw new HttpError(401, 'no token');
  const [h, p, s] = parts;
  const expected = createHmac('sha256', key).update(`${h}.${p}`).digest();
  const given = Buffer.from(s, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new HttpError(401, 'bad signature');
  const header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8'));
  const payload = JSON.parse(Buffer.from(p, 'base64url').toString('utf8'));
  const now = Math.floor(Date.now() / 1000);
  if (header.alg !== 'HS256' || payload.iss !== issuer || payload.aud !== audience) throw new HttpError(401, 'bad claims');
  if (typeof payload.exp !== 'number' || payload.exp <= now || typeof payload.iat !== 'number' || typeof payload.sub !== 'string') throw new HttpError(401, 'expired');
  return payload.sub;
}

type Role = 'owner' | 'manager' | 'reviewer' | 'mentor' | 'founder';

/** One request's transaction: caller, membership check, organization, then `work`. */
async function inOrganization<T>(request: FastifyRequest<{ Params: { slug: string } }>, roles: Role[], work: (db: PoolClient, organizationId: string, userId: string) => Promise<T>): Promise<T> {
  const userId = userIdOf(request);
  const db = await pool.connect();
  try {
    await db.query('BEGIN');
    try {
      await db.query(`SELECT set_config('app.user_id', $1, true)`, [userId]);
      const { rows } = await db.query(
        `SELECT m.organization_id, m.role FROM memberships m JOIN organizations o ON o.id = m.organization_id WHERE o.slug = $1 AND m.user_id = $2`,
        [request.params.slug, userId],
      );
      if (!rows[0]) throw new HttpError(404, 'Organization not found');
      if (!roles.includes(rows[0].role)) throw new HttpError(403, 'role');
      await db.query(`SELECT set_config('app.organization_id', $1, true), set_config('app.role', $2, true)`, [rows[0].organization_id, rows[0].role]);
      const result = await work(db, rows[0].organization_id, userId);
      await db.query('COMMIT');
      return result;
    } catch (error) {
      await db.query('ROLLBACK');
      throw error;
    }
  } finally {
    db.release();
  }
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const startupView = (r: any) => ({
  id: r.id,
  name: r.name,
  sector: r.sector,
  stage: r.stage,
  origin: r.origin,
  status: r.status,
  applicationId: r.application_id,
  outcomeReason: r.outcome_reason,
  outcomeOn: r.outcome_on,
  createdAt: iso(r.created_at),
});
const programmeView = (p: any) => ({
  id: p.id,
  name: p.name,
  type: p.type,
  description: p.description,
  phases: p.phase_template,
  rubric: p.rubric,
  equityPolicy:
    p.equity_kind === 'range'
      ? { kind: 'range', minBps: p.equity_min_bps, maxBps: p.equity_max_bps, neverMajority: p.equity_never_majority }
      : p.equity_kind === 'fixed_after'
        ? { kind: 'fixed_after', bps: p.equity_fixed_bps, afterMonths: p.equity_after_months }
        : { kind: 'none' },
  grantPolicy: p.grant_currency ? { minAmountMinor: Number(p.grant_min_minor), maxAmountMinor: Number(p.grant_max_minor), currency: p.grant_currency } : null,
  perkCap: p.perk_cap_currency ? { amountMinor: Number(p.perk_cap_minor), currency: p.perk_cap_currency } : null,
  createdAt: iso(p.created_at),
  updatedAt: iso(p.updated_at),
});

const app = Fastify({ logger: false });
app.setErrorHandler((error: Error, _request: FastifyRequest, reply: FastifyReply) => {
  const status = error instanceof HttpError ? error.status : 500;
  void reply.code(status).type('application/problem+json').send({ status, title: error.message });
});
app.get('/health', async () => ({ status: 'ok' }));

type SlugParams = { Params: { slug: string } };
type ProgrammeParams = { Params: { slug: string; programmeId: string } };

app.get<SlugParams & { Querystring: { limit?: string } }>('/api/v1/organizations/:slug/startups', (request) =>
  inOrganization(request, ['owner', 'manager', 'founder'], async (db, organizationId) => {
    const limit = Math.min(100, Math.max(1, Number(request.query.limit ?? 20) || 20));
    const { rows } = await db.query(`SELECT * FROM startups WHERE organization_id = $1 ORDER BY id DESC LIMIT $2`, [organizationId, limit + 1]);
    const items = rows.slice(0, limit).map(startupView);
    return { items, nextCursor: rows.length > limit ? Buffer.from(items[items.length - 1].id).toString('base64url') : null };
  }),
);

app.get<ProgrammeParams>('/api/v1/organizations/:slug/programmes/:programmeId', (request) =>
  inOrganization(request, ['owner', 'manager', 'reviewer'], async (db, organizationId) => {
    const { rows } = await db.query(`SELECT * FROM programmes WHERE id = $1 AND organization_id = $2`, [request.params.programmeId, organizationId]);
    if (!rows[0]) throw new HttpError(404, 'Programme not found');
    return programmeView(rows[0]);
  }),
);

app.patch<ProgrammeParams & { Body: { description: string } }>('/api/v1/organizations/:slug/programmes/:programmeId', (request) =>
  inOrganization(request, ['owner', 'manager'], async (db, organizationId, userId) => {
    const { rows: before } = await db.query(`SELECT * FROM programmes WHERE id = $1 AND organization_id = $2 FOR UPDATE`, [request.params.programmeId, organizationId]);
    if (!before[0]) throw new HttpError(404, 'Programme not found');
    const { rows: after } = await db.query(`UPDATE programmes SET description = $1, updated_at = now() WHERE id = $2 RETURNING *`, [request.body.description, request.params.programmeId]);
    const changes = { description: { before: before[0].description, after: after[0].description } };
    await db.query(
      `INSERT INTO audit_entries (id, organization_id, actor_user_id, action, entity_type, entity_id, changes, request_id) VALUES ($1, $2, $3, 'programme.updated', 'programme', $4, $5, $6)`,
      [randomUUID(), organizationId, userId, request.params.programmeId, JSON.stringify(changes), String(request.id)],
    );
    return programmeView(after[0]);
  }),
);

app
  .listen({ port: Number(env('PORT')), host: '127.0.0.1' })
  .then(() => process.stdout.write('bare server listening\n'))
  .catch((error) => {
    process.stderr.write(`bare server failed: ${error.stack}\n`);
    process.exit(1);
  });

for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void app.close().then(() => pool.end()).finally(() => process.exit(0)));
