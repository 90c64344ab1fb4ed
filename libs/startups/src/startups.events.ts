import { StartupStatus } from './entities/startup.entity';

/** What the startups domain tells the others. Subscribers live in their own libs. */
declare module '@hatchery/core' {
  interface DomainEvents {
    /**
     * A startup's status changed by an outcome: `graduated_successful` (mentors' success fees, a
     * graduate's rent plan), `failed` (equity write-offs, leases ended), or back to `incubating`.
     */
    'startup.outcome-changed': { startupId: string; status: StartupStatus; previousStatus: StartupStatus; reason: string; on: string };
  }
}

export {};
