import 'reflect-metadata';
import { loadEnvOrExit } from '@hatchery/core';
import { createApi } from './bootstrap';

async function main(): Promise<void> {
  const env = loadEnvOrExit();
  const app = await createApi();
  await app.listen({ port: env.PORT, host: '0.0.0.0' });
}

main().catch((error: Error) => {
  process.stderr.write(`api failed to start: ${error.message}\n`);
  process.exit(1);
});
