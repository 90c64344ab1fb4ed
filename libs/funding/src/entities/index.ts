export * from './grant.entity';
export * from './perk.entity';
