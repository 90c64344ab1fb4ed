import 'reflect-metadata';
import { loadEnvOrExit } from '@hatchery/core';
import { createWorker } from './bootstrap';

async function main(): Promise<void> {
  const env = loadEnvOrExit();
  const app = await createWorker();
  await app.listen({ port: env.WORKER_HEALTH_PORT, host: '0.0.0.0' });
}

main().catch((error: Error) => {
  process.stderr.write(`worker failed to start: ${error.message}\n`);
  process.exit(1);
});
