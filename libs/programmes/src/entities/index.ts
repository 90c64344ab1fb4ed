/** For other domains' entity relations (foreign keys) only; services go through CallsService. */
export { Call } from './call.entity';
export { Programme } from './programme.entity';
