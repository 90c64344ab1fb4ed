import { Client } from 'pg';
import { urls } from '../../../scripts/db';
import { PRICING } from './lease-prices.sql';

/** The pricing expressions the invoice run uses (lease-prices.sql.ts), evaluated by Postgres itself (no tables needed). */
describe('invoice pricing (on Postgres)', () => {
  const client = new Client({ connectionString: urls().superuser });
  beforeAll(() => client.connect());
  afterAll(() => client.end());
  const value = async (sql: string, params: unknown[]) => (await client.query(`SELECT (${sql})::text AS v`, params)).rows[0].v as string;
  const prorated = (price: string, days: number, dim: number) => value(PRICING.prorated('$1::numeric', '$2::int', '$3::int'), [price, days, dim]);

  it('prorates by day and rounds once, half up (not to even, not down)', async () => {
    expect(await prorated('150015', 1, 30)).toBe('5001'); // 5,000.5
    expect(await prorated('15', 1, 30)).toBe('1'); // 0.5
    expect(await prorated('75', 1, 30)).toBe('3'); // 2.5: half up, where banker's rounding gives 2
    expect(await prorated('25000', 15, 31)).toBe('12097'); // 12,096.77
    expect(await prorated('25000', 19, 28)).toBe('16964'); // 16,964.29
    expect(await prorated('60000', 31, 31)).toBe('60000'); // a whole month is the month's price
    expect(await prorated('0', 14, 31)).toBe('0');
  });

  it('each line rounds on its own: split lines may differ from the whole month by up to half a minor unit per line', async () => {
    const whole = await Promise.all([prorated('100000', 10, 31), prorated('100000', 11, 31), prorated('100000', 10, 31)]);
    expect(whole.map(Number).reduce((a, b) => a + b)).toBe(100_000); // 32,258.06 + 35,483.87 + 32,258.06
    const drifting = await Promise.all([prorated('45', 1, 30), prorated('45', 1, 30), prorated('45', 28, 30)]);
    expect(drifting.map(Number)).toEqual([2, 2, 42]); // 1.5, 1.5, 42: 46 for a month of 45
  });

  it('market per month: a whole space per month or per m²; desks take their share of the area', async () => {
    const market = (basis: string, rate: number, area: string, exclusive: boolean, desks: number | null, capacity: number) =>
      value(PRICING.marketMonth('$1::text', '$2::bigint', '$3::numeric', '$4::boolean', '$5::int', '$6::int'), [basis, rate, area, exclusive, desks, capacity]);
    expect(Number(await market('per_month', 100_000, '20.00', true, null, 4))).toBe(100_000);
    expect(Number(await market('per_m2_month', 3_000, '30.50', true, null, 6))).toBe(91_500);
    expect(Number(await market('per_m2_month', 1_000, '100.00', false, 3, 10))).toBe(30_000);
    expect(Number(await market('per_month', 100_000, '100.00', false, 1, 3))).toBeCloseTo(33_333.3333, 3); // exact until the line rounds
  });

  it('a share of market in basis points, exact until the line rounds', async () => {
    expect(Number(await value(PRICING.shareOfMarket('$1::numeric', '$2::int'), ['100001', 2500]))).toBe(25_000.25);
    expect(Number(await value(PRICING.shareOfMarket('$1::numeric', '$2::int'), ['90000', 10000]))).toBe(90_000);
  });
});
