import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Clock, decodeKeysetCursor, encodeKeysetCursor } from '@hatchery/core';
import { PublicCallListingPageDto, PublicCallsQueryDto } from './dto/public-call.dto';

interface Row {
  id: string;
  organization_slug: string;
  organization_name: string;
  organization_timezone: string;
  programme_id: string;
  programme_name: string;
  title: string;
  theme: string | null;
  opens_at: Date;
  closes_at: Date;
  capacity: number;
}

/**
 * The open calls of every organization, for people looking for a programme: no login, only open
 * calls still taking applications, only their public fields. Row level security lets the app role
 * read calls of one organization at a time, so this reads through public_open_calls(), a SECURITY
 * DEFINER function that returns just these columns of open calls (see the migration
 * AddMilestoneAttachmentsAndPublicListings).
 */
@Injectable()
export class PublicCallsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly clock: Clock,
  ) {}

  async list(query: PublicCallsQueryDto): Promise<PublicCallListingPageDto> {
    const after = decodeKeysetCursor(query.cursor);
    const rows: Row[] = await this.txHost.tx.query(`SELECT * FROM public_open_calls($1, $2, $3, $4, $5)`, [
      this.clock.now(),
      after?.at ?? null,
      after?.id ?? null,
      query.limit + 1,
      query.organization ?? null,
    ]);
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    return {
      items: page.map((r) => ({
        id: r.id,
        organization: { slug: r.organization_slug, name: r.organization_name, timezone: r.organization_timezone },
        programme: { id: r.programme_id, name: r.programme_name },
        title: r.title,
        theme: r.theme,
        opensAt: r.opens_at.toISOString(),
        closesAt: r.closes_at.toISOString(),
        capacity: r.capacity,
      })),
      nextCursor: rows.length > query.limit ? encodeKeysetCursor(last.closes_at, last.id) : null,
    };
  }
}
