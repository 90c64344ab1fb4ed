/** What the cohorts domain tells the others. Subscribers live in their own libs. */
declare module '@hatchery/core' {
  interface DomainEvents {
    /**
     * Staff resolved a graduation review: the startup graduated, failed, or stays incubating
     * (extended). `reason` and `effectiveOn` are the decision's own words and date.
     */
    'enrolment.outcome-decided': {
      enrolmentId: string;
      cohortId: string;
      startupId: string;
      outcome: 'graduated' | 'failed' | 'extended';
      reason: string;
      effectiveOn: string;
    };
  }
}

export {};
