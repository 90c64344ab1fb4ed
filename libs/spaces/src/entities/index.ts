export * from './lease.entity';
export * from './rent-plan.entity';
export * from './space.entity';
