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
    /**
     * Staff confirmed a pending equity stake (`stakeBps` of the startup, effective on
     * `effectiveOn`). Published once, in the resolution's transaction; equity books the shares.
     */
    'equity-stake.confirmed': {
      actionId: string;
      enrolmentId: string;
      startupId: string;
      stakeBps: number;
      effectiveOn: string;
    };
    /**
     * Staff approved a milestone of one startup (its enrolment's copy). Published once per
     * approval, in the review's transaction; funding makes the grant tranches tied to it payable.
     */
    'milestone.approved': {
      milestoneId: string;
      enrolmentId: string;
      cohortId: string;
      startupId: string;
      approvedAt: string;
    };
  }
}

export {};
