import { applyEntry, checkEntry, EntryChange, HolderKind, Position, StakePolicy } from './stake-rules';

const kinds = new Map<string, HolderKind>([['org', 'organization'], ['f1', 'founder'], ['f2', 'founder'], ['vc', 'investor'], ['pool', 'option_pool']]);
const pos = (holderId: string, shares: number, shareClassId = 'common'): Position => ({ holderId, holderKind: kinds.get(holderId)!, shareClassId, shares: BigInt(shares) });
const issue = (to: string, shares: number, shareClassId = 'common'): EntryChange => ({ kind: 'issuance', shareClassId, fromHolderId: null, toHolderId: to, toHolderKind: kinds.get(to)!, shares: BigInt(shares) });
const transfer = (from: string, to: string, shares: number): EntryChange => ({ kind: 'transfer', shareClassId: 'common', fromHolderId: from, toHolderId: to, toHolderKind: kinds.get(to)!, shares: BigInt(shares) });
const cancel = (from: string, shares: number): EntryChange => ({ kind: 'cancellation', shareClassId: 'common', fromHolderId: from, toHolderId: null, toHolderKind: null, shares: BigInt(shares) });
const socratus: StakePolicy = { kind: 'range', minBps: 1500, maxBps: 4900, neverMajority: true };
const check = (policy: StakePolicy, before: Position[], entry: EntryChange, overrideReason?: string) =>
  checkEntry({ policy, before, after: applyEntry(before, entry, kinds), entry, overrideReason });
const code = (v: ReturnType<typeof check>) => (v.ok ? 'ok' : v.code);

describe('stake rules', () => {
  const founders = [pos('f1', 6000), pos('f2', 2000)];
  const booked = [...founders, pos('org', 2000)]; // 20 %

  it('before the first booking there is no range to keep', () => {
    expect(code(check(socratus, [], issue('f1', 6000)))).toBe('ok');
  });
  it('the first booking must land in the range', () => {
    expect(code(check(socratus, founders, issue('org', 2000)))).toBe('ok'); // 20 %
    expect(code(check(socratus, founders, issue('org', 800)))).toBe('EQUITY_OUT_OF_RANGE'); // 9 %
  });
  it('an outside investor may dilute below the minimum; a founder issue may not without a reason', () => {
    expect(code(check(socratus, booked, issue('vc', 4000)))).toBe('ok'); // 2000/14000 = 14.3 %
    expect(code(check(socratus, booked, issue('f1', 4000)))).toBe('EQUITY_OUT_OF_RANGE');
    expect(code(check(socratus, booked, issue('f1', 4000), 'Founders vesting top-up agreed by the board'))).toBe('ok');
  });
  it('the organization may not sell or cancel below the minimum, nor buy above the maximum', () => {
    expect(code(check(socratus, booked, transfer('org', 'f2', 1000)))).toBe('EQUITY_OUT_OF_RANGE');
    expect(code(check(socratus, booked, cancel('org', 2000)))).toBe('EQUITY_OUT_OF_RANGE');
    expect(code(check(socratus, [pos('f1', 5200), pos('org', 4800)], transfer('f1', 'org', 150)))).toBe('EQUITY_OUT_OF_RANGE'); // 49.5 %
  });
  it('never a majority: of a class, of the fully diluted total, and with no override', () => {
    const policy: StakePolicy = { kind: 'range', minBps: 0, maxBps: 10000, neverMajority: true };
    expect(code(check(policy, [pos('f1', 5000)], issue('org', 4999)))).toBe('ok');
    expect(code(check(policy, [pos('f1', 5000)], issue('org', 5000), 'please'))).toBe('EQUITY_MAJORITY_FORBIDDEN');
    // 50 % of the preferred class alone is refused even though the overall stake is small.
    expect(code(check(policy, [pos('f1', 90000), pos('vc', 100, 'pref')], issue('org', 100, 'pref')))).toBe('EQUITY_MAJORITY_FORBIDDEN');
    // An instrument the organization holds counts in the fully diluted total.
    const before = [pos('f1', 6000), pos('org', 4000)];
    const entry = issue('f2', 1);
    expect(checkEntry({ policy, before, after: applyEntry(before, entry, kinds), entry, instruments: [{ holderId: 'org', holderKind: 'organization', shares: 2100n }] }).ok).toBe(false);
  });
  it("a conversion is judged with its instrument out of the count: the organization's SAFE converting at its shares is not counted twice", () => {
    const policy: StakePolicy = { kind: 'range', minBps: 0, maxBps: 10000, neverMajority: true };
    // 6000 founders, 2000 organization shares and its SAFE of 3000: 5000 of 11000 fully diluted (45 %).
    const before = [pos('f1', 6000), pos('org', 2000)];
    const safe = { investmentId: 'safe-1', holderId: 'org', holderKind: 'organization' as const, shares: 3000n };
    const entry = issue('org', 3000);
    const after = applyEntry(before, entry, kinds);
    // Converted: 5000 of 11000 again, allowed.
    expect(checkEntry({ policy, before, after, entry, instruments: [safe], instrumentsAfter: [] }).ok).toBe(true);
    // Counted twice (the SAFE still in the count after its shares were issued): 8000 of 14000, refused.
    expect(checkEntry({ policy, before, after, entry, instruments: [safe] })).toMatchObject({ ok: false, code: 'EQUITY_MAJORITY_FORBIDDEN' });
  });
  it('nobody goes below zero', () => {
    expect(code(check({ kind: 'none' }, founders, transfer('f2', 'f1', 2001)))).toBe('INSUFFICIENT_SHARES');
    expect(code(check({ kind: 'none' }, founders, transfer('f2', 'f1', 2000)))).toBe('ok');
  });
  it('the option pool is not counted in the stake, so reserving it is no dilution', () => {
    expect(code(check(socratus, booked, issue('pool', 100000)))).toBe('ok');
  });
});
