import { GrantDto, GrantTrancheDto, PerkDto, PerkRedemptionDto } from './dto/funding.response.dto';
import { Grant, GrantTranche } from './entities/grant.entity';
import { Perk, PerkRedemption } from './entities/perk.entity';

export function toTrancheView(t: GrantTranche): GrantTrancheDto {
  return {
    id: t.id,
    position: t.position,
    amount: { amountMinor: t.amountMinor, currency: t.currency },
    milestoneId: t.milestoneId,
    dueOn: t.dueOn,
    payableAt: t.payableAt?.toISOString() ?? null,
    status: t.status,
    payableSince: t.payableSince?.toISOString() ?? null,
    disbursedOn: t.disbursedOn,
    bankReference: t.bankReference,
    disbursedAt: t.disbursedAt?.toISOString() ?? null,
  };
}

/** Sums are of one grant's tranches, all in the grant's currency. */
export function toGrantView(g: Grant, tranches: GrantTranche[]): GrantDto {
  const sum = (status: GrantTranche['status']) => tranches.filter((t) => t.status === status).reduce((n, t) => n + t.amountMinor, 0);
  const disbursed = sum('disbursed');
  const paidAll = tranches.length > 0 && tranches.every((t) => t.status === 'disbursed');
  return {
    id: g.id,
    startupId: g.startupId,
    enrolmentId: g.enrolmentId,
    programmeId: g.programmeId,
    amount: { amountMinor: g.amountMinor, currency: g.currency },
    state: paidAll ? 'disbursed' : disbursed > 0 ? 'partly_disbursed' : 'awarded',
    disbursed: { amountMinor: disbursed, currency: g.currency },
    payable: { amountMinor: sum('payable'), currency: g.currency },
    purpose: g.purpose,
    createdAt: g.createdAt.toISOString(),
    tranches: [...tranches].sort((a, b) => a.position - b.position).map(toTrancheView),
  };
}

export function toPerkView(p: Perk): PerkDto {
  return { id: p.id, partner: p.partner, description: p.description, value: { amountMinor: p.valueMinor, currency: p.currency }, active: p.active, createdAt: p.createdAt.toISOString(), updatedAt: p.updatedAt.toISOString() };
}

export function toRedemptionView(r: PerkRedemption, partner: string): PerkRedemptionDto {
  return {
    id: r.id,
    startupId: r.startupId,
    enrolmentId: r.enrolmentId,
    programmeId: r.programmeId,
    perkId: r.perkId,
    partner,
    value: { amountMinor: r.valueMinor, currency: r.valueCurrency },
    rate: r.rate,
    rateSource: r.rateSource,
    rateOn: r.rateOn,
    charged: { amountMinor: r.chargedMinor, currency: r.capCurrency },
    year: r.year,
    yearStartsOn: r.yearStartsOn,
    yearEndsOn: r.yearEndsOn,
    redeemedOn: r.redeemedOn,
    note: r.note,
    createdAt: r.createdAt.toISOString(),
  };
}
