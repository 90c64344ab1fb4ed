import { compareFractions, compareToBps, isMajority } from './equity-math';

export type HolderKind = 'organization' | 'founder' | 'investor' | 'option_pool';
export type EntryKind = 'issuance' | 'transfer' | 'cancellation';

/** The equity policy of the startup's programme (its latest enrolment's), as the rules need it. */
export type StakePolicy =
  | { kind: 'none' }
  | { kind: 'range'; minBps: number; maxBps: number; neverMajority: boolean }
  | { kind: 'fixed_after'; bps: number; afterMonths: number };

/** One holder's shares of one class. */
export interface Position {
  holderId: string;
  holderKind: HolderKind;
  shareClassId: string;
  shares: bigint;
}

export interface EntryChange {
  kind: EntryKind;
  shareClassId: string;
  fromHolderId: string | null;
  toHolderId: string | null;
  toHolderKind: HolderKind | null;
  shares: bigint;
}

/** Shares of unconverted instruments counted in the fully diluted total, by holder. */
export interface CountedInstrument {
  /** The investment (a SAFE or a note); a conversion removes it from the count after the entry. */
  investmentId?: string;
  holderId: string;
  holderKind: HolderKind;
  shares: bigint;
}

export type RuleVerdict =
  | { ok: true }
  | { ok: false; status: 409; code: 'INSUFFICIENT_SHARES' | 'EQUITY_OUT_OF_RANGE' | 'EQUITY_MAJORITY_FORBIDDEN'; message: string };

const key = (holderId: string, shareClassId: string) => `${holderId}/${shareClassId}`;

/** The positions after an entry (pure; the input is not changed). */
export function applyEntry(positions: Position[], entry: EntryChange, holderKinds: Map<string, HolderKind>): Position[] {
  const map = new Map(positions.map((p) => [key(p.holderId, p.shareClassId), { ...p }]));
  const move = (holderId: string, delta: bigint) => {
    const k = key(holderId, entry.shareClassId);
    const current = map.get(k) ?? { holderId, holderKind: holderKinds.get(holderId)!, shareClassId: entry.shareClassId, shares: 0n };
    current.shares += delta;
    map.set(k, current);
  };
  if (entry.fromHolderId) move(entry.fromHolderId, -entry.shares);
  if (entry.toHolderId) move(entry.toHolderId, entry.shares);
  return [...map.values()].filter((p) => p.shares !== 0n);
}

export interface Totals {
  /** The organization's outstanding shares (all classes) and the outstanding total (the option pool's reserve left out). */
  organization: bigint;
  outstanding: bigint;
  /** Per class: the organization's shares and the outstanding total. */
  byClass: Map<string, { organization: bigint; total: bigint }>;
  /** Outstanding + option pool + counted instruments; the organization's own counted instruments included in its part. */
  fullyDiluted: bigint;
  organizationFullyDiluted: bigint;
}

export function totals(positions: Position[], instruments: CountedInstrument[] = []): Totals {
  const result: Totals = { organization: 0n, outstanding: 0n, byClass: new Map(), fullyDiluted: 0n, organizationFullyDiluted: 0n };
  for (const p of positions) {
    result.fullyDiluted += p.shares;
    if (p.holderKind === 'organization') result.organizationFullyDiluted += p.shares;
    if (p.holderKind === 'option_pool') continue;
    const cls = result.byClass.get(p.shareClassId) ?? { organization: 0n, total: 0n };
    cls.total += p.shares;
    result.outstanding += p.shares;
    if (p.holderKind === 'organization') {
      cls.organization += p.shares;
      result.organization += p.shares;
    }
    result.byClass.set(p.shareClassId, cls);
  }
  for (const i of instruments) {
    result.fullyDiluted += i.shares;
    if (i.holderKind === 'organization') result.organizationFullyDiluted += i.shares;
  }
  return result;
}

/**
 * The rules every entry must pass, on the cap table before and after it.
 *
 * - No holder may go below zero in a class (INSUFFICIENT_SHARES).
 * - `neverMajority`: after the entry the organization holds less than 50 % of every class it holds
 *   and of the fully diluted total (EQUITY_MAJORITY_FORBIDDEN). No override.
 * - `range`: once the organization holds shares (from its first booking on, that booking
 *   included), an entry may not move its stake out of [min, max], nor further out when it is
 *   already outside: the first booking must land in the range; afterwards an entry that leaves
 *   the stake below the minimum and lower than before, or above the maximum and higher than
 *   before, is refused (EQUITY_OUT_OF_RANGE) unless an override reason is given. Dilution is
 *   normal: an issuance to an outside investor (or into the option pool, which the stake does
 *   not count) may take the stake below the minimum without a reason.
 * - A conversion (an issuance that converts a SAFE or a note) is judged with the instrument out of
 *   the fully diluted count after it, so its shares are not counted twice.
 */
export function checkEntry(input: {
  policy: StakePolicy;
  before: Position[];
  after: Position[];
  entry: EntryChange;
  instruments?: CountedInstrument[];
  /** The counted instruments after the entry, when it converts one (default: as before). */
  instrumentsAfter?: CountedInstrument[];
  overrideReason?: string | null;
}): RuleVerdict {
  const negative = input.after.find((p) => p.shares < 0n);
  if (negative) return { ok: false, status: 409, code: 'INSUFFICIENT_SHARES', message: `The holder has ${(negative.shares + input.entry.shares).toString()} shares of this class; ${input.entry.shares.toString()} were asked for.` };
  const policy = input.policy;
  if (policy.kind !== 'range') return { ok: true };
  const before = totals(input.before, input.instruments);
  const after = totals(input.after, input.instrumentsAfter ?? input.instruments);
  if (policy.neverMajority) {
    for (const [, cls] of after.byClass) {
      if (isMajority(cls.organization, cls.total)) return { ok: false, status: 409, code: 'EQUITY_MAJORITY_FORBIDDEN', message: 'The organization would hold 50 % or more of a share class; its programme never takes a majority.' };
    }
    if (isMajority(after.organizationFullyDiluted, after.fullyDiluted)) {
      return { ok: false, status: 409, code: 'EQUITY_MAJORITY_FORBIDDEN', message: 'The organization would hold 50 % or more of the fully diluted total; its programme never takes a majority.' };
    }
  }
  if (before.organization === 0n && after.organization === 0n) return { ok: true };
  if (input.overrideReason) return { ok: true };
  const belowMin = compareToBps(after.organization, after.outstanding, policy.minBps) < 0;
  const aboveMax = compareToBps(after.organization, after.outstanding, policy.maxBps) > 0;
  const refuse: RuleVerdict = {
    ok: false,
    status: 409,
    code: 'EQUITY_OUT_OF_RANGE',
    message: `The organization's stake would be outside ${policy.minBps / 100}–${policy.maxBps / 100} %. Staff may book it with an overrideReason.`,
  };
  if (before.organization === 0n) return belowMin || aboveMax ? refuse : { ok: true };
  const direction = after.outstanding === 0n ? -1 : before.outstanding === 0n ? 1 : compareFractions(after.organization, after.outstanding, before.organization, before.outstanding);
  const dilution = input.entry.kind === 'issuance' && (input.entry.toHolderKind === 'investor' || input.entry.toHolderKind === 'option_pool');
  if (belowMin && direction < 0 && !dilution) return refuse;
  if (aboveMax && direction > 0) return refuse;
  return { ok: true };
}
