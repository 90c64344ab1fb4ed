import { LeaseDto, RentPlanDto, SiteDto, SpaceDto } from './dto/spaces.response.dto';
import { Lease } from './entities/lease.entity';
import { RentPlan, RentPlanTerm } from './entities/rent-plan.entity';
import { Site, Space, SpaceRate } from './entities/space.entity';

export function toSiteView(s: Site): SiteDto {
  return { id: s.id, name: s.name, address: s.address, timezone: s.timezone, createdAt: s.createdAt.toISOString() };
}

export function toSpaceView(s: Space, rates: SpaceRate[]): SpaceDto {
  return {
    id: s.id,
    siteId: s.siteId,
    name: s.name,
    kind: s.kind,
    areaM2: s.areaM2,
    capacity: s.capacity,
    exclusive: s.exclusive,
    rates: rates
      .filter((r) => r.spaceId === s.id)
      .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))
      .map((r) => ({ id: r.id, effectiveFrom: r.effectiveFrom, basis: r.basis, amount: { amountMinor: r.amountMinor, currency: r.currency } })),
  };
}

export function toPlanView(p: RentPlan, terms: RentPlanTerm[]): RentPlanDto {
  return {
    id: p.id,
    name: p.name,
    kind: p.kind,
    noticeDays: p.noticeDays,
    terms: terms
      .filter((t) => t.planId === p.id)
      .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))
      .map((t) => ({ id: t.id, effectiveFrom: t.effectiveFrom, shareBps: t.shareBps, amount: t.amountMinor === null ? null : { amountMinor: t.amountMinor, currency: t.currency! } })),
  };
}

export function toLeaseView(l: Lease, space: Space, plan: RentPlan): LeaseDto {
  return {
    id: l.id,
    startupId: l.startupId,
    spaceId: l.spaceId,
    spaceName: space.name,
    siteId: space.siteId,
    planId: l.planId,
    planName: plan.name,
    startsOn: l.startsOn,
    endsOn: l.endsOn,
    desks: l.desks,
    continuesLeaseId: l.continuesLeaseId,
    endReason: l.endReason,
    createdAt: l.createdAt.toISOString(),
  };
}
