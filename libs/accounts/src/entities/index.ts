/** For other domains' entity relations (foreign keys) only; services go through AccountsService. */
export { User } from './user.entity';
