export * from './cap-table.entity';
