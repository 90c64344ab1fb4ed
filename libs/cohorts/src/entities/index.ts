export * from './cohort.entity';
export * from './enrolment.entity';
export * from './milestone.entity';
export * from './programme-action.entity';
export * from './calendar-feed.entity';
export * from './milestone-attachment.entity';
