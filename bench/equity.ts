/**
 * The equity half of `npm run bench` (bench/run.ts calls it on the same database and API): a cap
 * table as of a date from a 10,000-entry ledger, and the portfolio of 1,000 startups, each next to
 * the same SQL run raw, with the SQL statements per request at two sizes. See bench/README.md.
 */
import type { Client } from 'pg';
import { INSTRUMENTS_SQL, POSITIONS_SQL, PORTFOLIO_SQL } from '../libs/equity/src/equity.sql';
import { countQueries } from './query-counter';
import { Measurement, measureInterleaved, table } from './stats';

/** Every ledger entry is dated on or before this day, so the cap table as of it reads the whole ledger. */
export const LEDGER_AS_OF = '2022-12-31';

export interface EquitySeeded {
  ledger: { organizationId: string; slug: string; startups: { id: string; entries: number }[] };
  portfolios: { organizationId: string; slug: string; startups: number }[];
}

/**
 * Set-based, as the superuser (who bypasses row level security), in one transaction:
 * - "Bench Ledger Studio": one startup per ledger size, each with a common and a preferred class,
 *   50 holders (the organization, 20 founders, 28 investors, an option pool), 10 SAFEs with
 *   conversion shares, and `entries` ledger entries dated over 1,000 days from 2020-01-02: an
 *   issuance of 100,000 common shares to each holder, 10 preferred issuances to investors, then
 *   transfers of 1–13 shares among founders and investors with a cancellation of 1 share every 50th;
 * - one organization per portfolio size, each startup with a cap table of 4 holders (the
 *   organization, two founders, an investor), 3–5 issuances and a transfer every 4th, the
 *   organization's equity investment (USD, MNT every 7th) booked with its issuance, a SAFE every
 *   6th, every 5th startup failed with its investments written off, every 10th with proceeds.
 */
export async function seedEquityBench(db: Client, options: { suffix: string; ledgerEntries: number[]; portfolioStartups: number[] }): Promise<EquitySeeded> {
  await db.query('BEGIN');
  try {
    const org = async (slug: string, name: string) =>
      (
        await db.query<{ id: string }>(
          `INSERT INTO organizations (id, slug, name, kind, ownership, timezone, default_currency)
           VALUES (gen_random_uuid(), $1, $2, 'startup_studio', 'private', 'Asia/Ulaanbaatar', 'USD') RETURNING id`,
          [slug, name],
        )
      ).rows[0].id;
    const ledgerSlug = `bench-ledger-${options.suffix}`;
    const ledgerOrg = await org(ledgerSlug, 'Bench Ledger Studio');
    const startups: { id: string; entries: number }[] = [];
    for (const n of options.ledgerEntries) startups.push({ id: await seedLedger(db, ledgerOrg, n), entries: n });
    const portfolios: EquitySeeded['portfolios'] = [];
    for (const n of options.portfolioStartups) {
      const slug = `bench-portfolio-${n}-${options.suffix}`;
      const organizationId = await org(slug, `Bench Portfolio of ${n}`);
      await seedPortfolio(db, organizationId, n);
      portfolios.push({ organizationId, slug, startups: n });
    }
    await db.query('COMMIT');
    return { ledger: { organizationId: ledgerOrg, slug: ledgerSlug, startups }, portfolios };
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

async function seedLedger(db: Client, organizationId: string, n: number): Promise<string> {
  const startupId = (
    await db.query<{ id: string }>(
      `INSERT INTO startups (id, organization_id, name, origin, status, created_at) VALUES (gen_random_uuid(), $1, $2, 'external', 'incubating', '2020-01-01T00:00:00Z') RETURNING id`,
      [organizationId, `Ledger of ${n} entries`],
    )
  ).rows[0].id;
  const p = [organizationId, startupId];
  await db.query(`INSERT INTO cap_tables (startup_id, organization_id) VALUES ($2, $1)`, p);
  await db.query(`DROP TABLE IF EXISTS bench_class, bench_holder`);
  await db.query(`CREATE TEMP TABLE bench_class ON COMMIT DROP AS SELECT gen_random_uuid() AS common, gen_random_uuid() AS preferred`);
  await db.query(
    `INSERT INTO share_classes (id, organization_id, startup_id, name, kind)
     SELECT common, $1::uuid, $2::uuid, 'Common', 'common' FROM bench_class UNION ALL SELECT preferred, $1::uuid, $2::uuid, 'Series A Preferred', 'preferred' FROM bench_class`,
    p,
  );
  // 0 the organization, 1–20 founders, 21–48 investors, 49 the option pool.
  await db.query(
    `CREATE TEMP TABLE bench_holder ON COMMIT DROP AS
     SELECT h, gen_random_uuid() AS id, CASE WHEN h = 0 THEN 'organization' WHEN h <= 20 THEN 'founder' WHEN h <= 48 THEN 'investor' ELSE 'option_pool' END AS kind
       FROM generate_series(0, 49) h`,
  );
  await db.query(`INSERT INTO holders (id, organization_id, startup_id, kind, name) SELECT id, $1, $2, kind, format('%s %s', kind, h) FROM bench_holder`, p);
  await db.query(
    `INSERT INTO equity_entries (id, organization_id, startup_id, kind, entry_date, share_class_id, from_holder_id, to_holder_id, shares)
     SELECT gen_random_uuid(), $1, $2, e.kind, date '2020-01-02' + (g::bigint * 1000 / $3)::int,
            CASE WHEN g BETWEEN 51 AND 60 THEN c.preferred ELSE c.common END, f.id, t.id, e.shares
       FROM generate_series(1, $3::int) g
      CROSS JOIN bench_class c
      CROSS JOIN LATERAL (SELECT CASE WHEN g <= 60 THEN 'issuance' WHEN g % 50 = 0 THEN 'cancellation' ELSE 'transfer' END AS kind,
                                 CASE WHEN g <= 50 THEN 100000 WHEN g <= 60 THEN 20000 WHEN g % 50 = 0 THEN 1 ELSE 1 + g % 13 END AS shares) e
       LEFT JOIN bench_holder f ON e.kind <> 'issuance' AND f.h = 1 + g % 48
       LEFT JOIN bench_holder t ON (e.kind = 'issuance' AND t.h = CASE WHEN g <= 50 THEN g - 1 ELSE 21 + (g - 51) END)
                                OR (e.kind = 'transfer' AND t.h = 1 + (g + 7) % 48)`,
    [...p, n],
  );
  await db.query(
    `INSERT INTO investments (id, organization_id, startup_id, investor_holder_id, instrument, amount_minor, currency, pre_money_minor, invested_on, conversion_shares)
     SELECT gen_random_uuid(), $1, $2, h.id, 'safe', 5000000, 'USD', 400000000, date '2020-06-01', 5000 FROM bench_holder h WHERE h.h BETWEEN 21 AND 30`,
    p,
  );
  return startupId;
}

async function seedPortfolio(db: Client, organizationId: string, n: number): Promise<void> {
  await db.query(`DROP TABLE IF EXISTS bench_pf`);
  await db.query(
    `CREATE TEMP TABLE bench_pf ON COMMIT DROP AS
     SELECT i, gen_random_uuid() AS startup_id, gen_random_uuid() AS common, gen_random_uuid() AS org_holder, gen_random_uuid() AS f1, gen_random_uuid() AS f2,
            gen_random_uuid() AS vc, gen_random_uuid() AS org_entry, gen_random_uuid() AS org_investment,
            CASE WHEN i % 7 = 0 THEN 'MNT' ELSE 'USD' END AS currency, (i % 5 = 0) AS failed
       FROM generate_series(0, $1::int - 1) i`,
    [n],
  );
  await db.query(
    `INSERT INTO startups (id, organization_id, name, origin, status, created_at, outcome_on, outcome_reason)
     SELECT startup_id, $1, format('Portfolio startup %s', lpad(i::text, 4, '0')), 'external',
            CASE WHEN failed THEN 'failed' WHEN i % 10 = 1 THEN 'graduated_successful' ELSE 'incubating' END, '2020-01-01T00:00:00Z',
            CASE WHEN failed THEN date '2022-06-30' END, CASE WHEN failed THEN 'Wound down' END
       FROM bench_pf`,
    [organizationId],
  );
  await db.query(`INSERT INTO cap_tables (startup_id, organization_id) SELECT startup_id, $1 FROM bench_pf`, [organizationId]);
  await db.query(`INSERT INTO share_classes (id, organization_id, startup_id, name, kind) SELECT common, $1, startup_id, 'Common', 'common' FROM bench_pf`, [organizationId]);
  await db.query(
    `INSERT INTO holders (id, organization_id, startup_id, kind, name)
     SELECT h.id, $1, p.startup_id, h.kind, h.name FROM bench_pf p
      CROSS JOIN LATERAL (VALUES (p.org_holder, 'organization', 'Bench Portfolio'), (p.f1, 'founder', 'Founder 1'), (p.f2, 'founder', 'Founder 2'), (p.vc, 'investor', 'Outside investor')) h(id, kind, name)`,
    [organizationId],
  );
  await db.query(
    `INSERT INTO equity_entries (id, organization_id, startup_id, kind, entry_date, share_class_id, from_holder_id, to_holder_id, shares)
     SELECT e.id, $1, p.startup_id, e.kind, e.day, p.common, e.from_holder, e.to_holder, e.shares FROM bench_pf p
      CROSS JOIN LATERAL (VALUES
        (gen_random_uuid(), 'issuance', date '2020-01-02', NULL::uuid, p.f1, 6000),
        (gen_random_uuid(), 'issuance', date '2020-01-02', NULL::uuid, p.f2, 3000),
        (p.org_entry, 'issuance', date '2020-03-01', NULL::uuid, p.org_holder, 2000 + (p.i % 10) * 100),
        (CASE WHEN p.i % 3 = 0 THEN gen_random_uuid() END, 'issuance', date '2021-01-15', NULL::uuid, p.vc, 1000),
        (CASE WHEN p.i % 4 = 0 THEN gen_random_uuid() END, 'transfer', date '2021-06-01', p.f1, p.f2, 100)
      ) e(id, kind, day, from_holder, to_holder, shares)
      WHERE e.id IS NOT NULL`,
    [organizationId],
  );
  await db.query(
    `INSERT INTO investments (id, organization_id, startup_id, investor_holder_id, instrument, amount_minor, currency, pre_money_minor, invested_on, entry_id, conversion_shares)
     SELECT org_investment, $1::uuid, startup_id, org_holder, 'equity', CASE WHEN currency = 'MNT' THEN 50000000000 ELSE 2000000 + (i % 10) * 100000 END, currency,
            CASE WHEN currency = 'MNT' THEN 200000000000 ELSE 9000000 END, date '2020-03-01', org_entry, NULL FROM bench_pf
     UNION ALL
     SELECT gen_random_uuid(), $1::uuid, startup_id, org_holder, 'safe', 500000, 'USD', 20000000, date '2021-03-01', NULL, 250 FROM bench_pf WHERE i % 6 = 0`,
    [organizationId],
  );
  await db.query(
    `INSERT INTO write_offs (id, organization_id, startup_id, investment_id, amount_minor, currency, written_off_on, reason)
     SELECT gen_random_uuid(), i.organization_id, i.startup_id, i.id, i.amount_minor, i.currency, date '2022-06-30', 'Wound down'
       FROM investments i JOIN bench_pf p ON p.startup_id = i.startup_id WHERE p.failed`,
  );
  await db.query(
    `INSERT INTO proceeds (id, organization_id, startup_id, amount_minor, currency, received_on, note)
     SELECT gen_random_uuid(), $1, startup_id, 3500000, 'USD', date '2022-09-01', 'Secondary sale' FROM bench_pf WHERE i % 10 = 1`,
    [organizationId],
  );
}

/** Row counts of the equity tables, read as the superuser. */
export async function equityCounts(db: Client): Promise<Record<string, number>> {
  const { rows } = await db.query(
    `SELECT (SELECT count(*) FROM cap_tables)::int AS cap_tables, (SELECT count(*) FROM holders)::int AS holders, (SELECT count(*) FROM equity_entries)::int AS equity_entries,
            (SELECT count(*) FROM investments)::int AS investments, (SELECT count(*) FROM write_offs)::int AS write_offs, (SELECT count(*) FROM proceeds)::int AS proceeds`,
  );
  return rows[0];
}

interface Get {
  (url: string): Promise<{ body: string; rawPayload: Buffer }>;
}

/**
 * Checks, statement counts, timings and plans of the cap table and the portfolio. `raw` is a pg
 * Client logged in as hatchery_app; each raw run is BEGIN, the request's set_config calls, the
 * same SQL constants the service runs, COMMIT.
 */
export async function runEquityBench(input: {
  log: (message: string) => void;
  get: Get;
  raw: Client;
  ownerId: string;
  seeded: EquitySeeded;
  runs: number;
  warmup: number;
}): Promise<{ markdown: string; constant: boolean }> {
  const { log, get, raw, ownerId, seeded } = input;
  const inRequestTransaction = async <T>(organizationId: string, work: () => Promise<T>): Promise<T> => {
    await raw.query('BEGIN');
    try {
      await raw.query(`SELECT set_config('app.organization_id', $1, true), set_config('app.user_id', $2, true), set_config('app.role', 'owner', true)`, [organizationId, ownerId]);
      const result = await work();
      await raw.query('COMMIT');
      return result;
    } catch (error) {
      await raw.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  };
  const ledgerOrg = seeded.ledger.organizationId;
  const rawCapTable = (startupId: string, prefix = '') =>
    inRequestTransaction(ledgerOrg, async () => {
      const positions = await raw.query(prefix + POSITIONS_SQL, [ledgerOrg, startupId, LEDGER_AS_OF]);
      const instruments = await raw.query(prefix + INSTRUMENTS_SQL, [ledgerOrg, startupId, LEDGER_AS_OF]);
      return { positions: positions.rows, instruments: instruments.rows };
    });
  const rawPortfolio = (organizationId: string, prefix = '') => inRequestTransaction(organizationId, async () => (await raw.query(prefix + PORTFOLIO_SQL, [organizationId])).rows);
  const capTableUrl = (startupId: string) => `/api/v1/organizations/${seeded.ledger.slug}/startups/${startupId}/cap-table?asOf=${LEDGER_AS_OF}&view=fully-diluted`;
  const portfolioUrl = (slug: string) => `/api/v1/organizations/${slug}/portfolio`;

  // Checks: the endpoint and the raw SQL agree.
  const checks: string[] = [];
  for (const s of seeded.ledger.startups) {
    const response = await get(capTableUrl(s.id));
    const body = JSON.parse(response.body) as { totalShares: string; rows: { bps: number }[]; instruments: { counted: boolean }[] };
    const { positions, instruments } = await rawCapTable(s.id);
    const rawTotal =
      positions.reduce((sum, r) => sum + BigInt(r.shares as string), 0n) +
      instruments.filter((i) => i.conversion_shares !== null && i.converted_entry_id === null).reduce((sum, i) => sum + BigInt(i.conversion_shares as string), 0n);
    if (BigInt(body.totalShares) !== rawTotal) throw new Error(`cap table of ${s.entries} entries: endpoint total ${body.totalShares}, raw SQL ${rawTotal}`);
    if (body.rows.reduce((sum, r) => sum + r.bps, 0) !== 10000) throw new Error(`cap table of ${s.entries} entries: the bps column does not sum to 10000`);
    checks.push(`cap table of ${s.entries} entries: ${body.rows.length} holders, ${body.totalShares} shares fully diluted (${body.instruments.filter((i) => i.counted).length} SAFEs counted), the same total as the raw SQL; bps sum to 10000`);
  }
  for (const p of seeded.portfolios) {
    const body = JSON.parse((await get(portfolioUrl(p.slug))).body) as { holdings: { organizationShares: string }[]; totals: { currency: string; investedMinor: number; writtenOffMinor: number; returnedMinor: number }[] };
    const rows = await rawPortfolio(p.organizationId);
    const endpointShares = body.holdings.reduce((sum, h) => sum + BigInt(h.organizationShares), 0n);
    const rawShares = rows.reduce((sum, r) => sum + BigInt(r.organization as string), 0n);
    if (body.holdings.length !== p.startups || rows.length !== p.startups) throw new Error(`portfolio of ${p.startups}: endpoint ${body.holdings.length} holdings, raw SQL ${rows.length}`);
    if (endpointShares !== rawShares) throw new Error(`portfolio of ${p.startups}: organization shares ${endpointShares} vs raw ${rawShares}`);
    const totals = body.totals.map((t) => `${t.currency} invested ${t.investedMinor}, written off ${t.writtenOffMinor}, returned ${t.returnedMinor}`).join('; ');
    checks.push(`portfolio of ${p.startups} startups: ${body.holdings.length} holdings, the organization's shares as the raw SQL; totals per currency (minor units): ${totals}`);
  }
  checks.forEach((c) => log(`check: ${c}`));

  // Statements per request, at two sizes each.
  const counted: { request: string; size: string; wire: number; typeorm: number; statements: string[] }[] = [];
  for (const s of seeded.ledger.startups) {
    const c = await countQueries(() => get(capTableUrl(s.id)));
    counted.push({ request: 'cap table as of a date', size: `${s.entries} ledger entries`, wire: c.wire.length, typeorm: c.typeorm.length, statements: c.wire });
  }
  for (const p of seeded.portfolios) {
    const c = await countQueries(() => get(portfolioUrl(p.slug)));
    counted.push({ request: 'portfolio', size: `${p.startups} startups`, wire: c.wire.length, typeorm: c.typeorm.length, statements: c.wire });
  }
  const constantFor = (request: string) => new Set(counted.filter((c) => c.request === request).flatMap((c) => [c.wire, c.typeorm])).size === 1;
  const constant = constantFor('cap table as of a date') && constantFor('portfolio');
  const list = (request: string) => counted.filter((c) => c.request === request).pop()!.statements.map((s, i) => `${i + 1}. \`${s.length > 110 ? s.slice(0, 107) + '...' : s}\``);
  const queryReport = [
    '| request | size | SQL statements (pg wire) | via TypeORM query runner |',
    '|---|---|---:|---:|',
    ...counted.map((c) => `| ${c.request} | ${c.size} | ${c.wire} | ${c.typeorm} |`),
    '',
    constant ? 'Constant: the count does not grow with the ledger or the number of startups.' : 'NOT CONSTANT: a count depends on the size.',
    '',
    `The statements of the cap table request (${seeded.ledger.startups[0].entries} entries):`,
    '',
    ...list('cap table as of a date'),
    '',
    `The statements of the portfolio request (${seeded.portfolios[seeded.portfolios.length - 1].startups} startups):`,
    '',
    ...list('portfolio'),
  ].join('\n');
  log(`statements per equity request:\n${queryReport}`);

  // Timings.
  const measurements: Measurement[] = [];
  const rounds = { warmup: input.warmup, runs: input.runs };
  for (const s of seeded.ledger.startups) {
    const baseline = `raw SQL, cap table, ${s.entries} entries`;
    measurements.push(
      ...(await measureInterleaved(
        [
          { name: baseline, fn: () => rawCapTable(s.id) },
          { name: `endpoint, cap table, ${s.entries} entries`, fn: () => get(capTableUrl(s.id)), baseline },
        ],
        rounds,
      )),
    );
    log(`  cap table, ${s.entries} entries: done`);
  }
  for (const p of seeded.portfolios) {
    const baseline = `raw SQL, portfolio, ${p.startups} startups`;
    measurements.push(
      ...(await measureInterleaved(
        [
          { name: baseline, fn: () => rawPortfolio(p.organizationId) },
          { name: `endpoint, portfolio, ${p.startups} startups`, fn: () => get(portfolioUrl(p.slug)), baseline },
        ],
        rounds,
      )),
    );
    log(`  portfolio, ${p.startups} startups: done`);
  }
  const timings = table(measurements);
  log(`equity timings (raw SQL = BEGIN, set_config, the service's SQL constants, COMMIT on one pg Client as hatchery_app; endpoint = fastify inject, whole pipeline):\n${timings}`);

  // Plans of the largest cases.
  const biggest = seeded.ledger.startups.reduce((a, b) => (b.entries > a.entries ? b : a));
  const largest = seeded.portfolios.reduce((a, b) => (b.startups > a.startups ? b : a));
  const explain = 'EXPLAIN (ANALYZE, BUFFERS, SETTINGS) ';
  const capPlan = await rawCapTable(biggest.id, explain);
  const portfolioPlan = await rawPortfolio(largest.organizationId, explain);
  const text = (rows: Record<string, unknown>[]) => rows.map((r) => r['QUERY PLAN'] as string).join('\n');
  const plans = [
    { title: `POSITIONS_SQL, ${biggest.entries} entries`, plan: text(capPlan.positions) },
    { title: `INSTRUMENTS_SQL, ${biggest.entries} entries`, plan: text(capPlan.instruments) },
    { title: `PORTFOLIO_SQL, ${largest.startups} startups`, plan: text(portfolioPlan) },
  ];
  for (const p of plans) log(`EXPLAIN ANALYZE ${p.title}: ${/Execution Time: ([\d.]+) ms/.exec(p.plan)?.[1]} ms`);

  const markdown = [
    '## Timings',
    '',
    `Each round runs the raw SQL and the endpoint once, alternating which goes first; ${input.warmup} warm-up rounds then ${input.runs} measured ones. Cap table: GET …/startups/{id}/cap-table?asOf=${LEDGER_AS_OF}&view=fully-diluted (every entry is on or before that day); its raw SQL is POSITIONS_SQL and INSTRUMENTS_SQL. Portfolio: GET …/portfolio; its raw SQL is PORTFOLIO_SQL. Both raw in BEGIN, set_config of app.organization_id, app.user_id and app.role, COMMIT, on one pg Client logged in as hatchery_app (row level security applies).`,
    '',
    timings,
    '',
    '## Checks',
    '',
    ...checks.map((c) => `- ${c}`),
    '',
    '## SQL statements per request',
    '',
    queryReport,
    '',
    ...plans.flatMap((p) => [`## EXPLAIN (ANALYZE, BUFFERS) of ${p.title}, as hatchery_app`, '', '```', p.plan, '```', '']),
  ].join('\n');
  return { markdown, constant };
}
