import { ApplicationStatus } from './entities/application.entity';

/** What the applications domain tells the others. Subscribers live in their own libs. */
declare module '@hatchery/core' {
  interface DomainEvents {
    /** Staff accepted an application (or promoted it from the waitlist); its startup exists by then. */
    'application.accepted': { applicationId: string; callId: string; startupId: string; cohortId: string | null };
    /** The applicant withdrew; `previousStatus` 'accepted' means they declined a place. */
    'application.withdrawn': { applicationId: string; callId: string; previousStatus: ApplicationStatus };
  }
}

export {};
