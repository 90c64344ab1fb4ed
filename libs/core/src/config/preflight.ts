import { existsSync } from 'node:fs';
import { ConfigError, Env, loadEnv } from './env';

/**
 * Entry points call this before Nest starts: loads `.env` if present and validates the
 * environment, so a bad variable stops the process with one line naming it.
 */
export function loadEnvOrExit(): Env {
  if (existsSync('.env')) process.loadEnvFile('.env');
  try {
    return loadEnv(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(error.message + '\n');
      process.exit(1);
    }
    throw error;
  }
}
