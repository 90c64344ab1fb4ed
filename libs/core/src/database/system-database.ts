import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Pool } from 'pg';
import { Env } from '../config/env';

/**
 * The narrow connection for work that must see every organization (the outbox relay, the
 * sweepers that find due work). It logs in as the system role, whose grants and policies let it
 * read only what those sweeps need; what they then do runs per organization under RLS.
 */
@Injectable()
export class SystemDatabase implements OnApplicationShutdown {
  readonly pool: Pool;
  private readonly logger = new Logger(SystemDatabase.name);

  constructor(env: Env) {
    this.pool = new Pool({ connectionString: env.DATABASE_SYSTEM_URL, max: 3, application_name: 'hatchery-system' });
    this.pool.on('error', (error) => this.logger.warn(`system pool: ${error.message}`));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}
