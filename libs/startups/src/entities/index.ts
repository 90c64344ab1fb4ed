/** For other domains' entity relations (foreign keys) only; services go through StartupsService. */
export { Startup } from './startup.entity';
