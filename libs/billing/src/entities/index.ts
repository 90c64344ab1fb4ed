export * from './invoice.entity';
export * from './payment.entity';
