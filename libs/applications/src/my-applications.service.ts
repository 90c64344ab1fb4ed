import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { decodeCursor, RequestContext, toPage } from '@hatchery/core';
import { MyApplicationPageDto, MyApplicationsQueryDto } from './dto/my-application.dto';
import { ApplicationStatus } from './entities/application.entity';

interface Row {
  id: string;
  organization_id: string;
  organization_slug: string;
  organization_name: string;
  call_id: string;
  call_title: string;
  startup_name: string | null;
  status: ApplicationStatus;
  submitted_at: Date | null;
  decided_at: Date | null;
  withdrawn_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

/**
 * A person's own applications in every organization, newest first. Row level security hides other
 * organizations' rows from the app role, so this reads through my_applications(), a SECURITY
 * DEFINER function that returns only the rows of app.user_id (the verified caller) and only these
 * columns (see the migration AddMilestoneAttachmentsAndPublicListings).
 */
@Injectable()
export class MyApplicationsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
  ) {}

  async list(query: MyApplicationsQueryDto): Promise<MyApplicationPageDto> {
    this.context.requireUserId();
    const rows: Row[] = await this.txHost.tx.query(`SELECT * FROM my_applications($1, $2)`, [decodeCursor(query.cursor) ?? null, query.limit + 1]);
    return toPage(rows, query.limit, (r) => ({
      id: r.id,
      organization: { id: r.organization_id, slug: r.organization_slug, name: r.organization_name },
      callId: r.call_id,
      callTitle: r.call_title,
      startupName: r.startup_name,
      status: r.status,
      submittedAt: r.submitted_at?.toISOString() ?? null,
      decidedAt: r.decided_at?.toISOString() ?? null,
      withdrawnAt: r.withdrawn_at?.toISOString() ?? null,
      createdAt: r.created_at.toISOString(),
      updatedAt: r.updated_at.toISOString(),
    }));
  }
}
