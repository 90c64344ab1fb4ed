import 'reflect-metadata';
import { exitIfUnreachable, loadEnvOrExit, MetricsServer } from '@hatchery/core';
import { createWorker } from './bootstrap';

async function main(): Promise<void> {
  const env = loadEnvOrExit();
  await exitIfUnreachable(env, 'worker');
  const app = await createWorker();
  if (env.WORKER_METRICS_PORT > 0) await app.get(MetricsServer).listen(env.WORKER_METRICS_PORT, env.METRICS_HOST);
  await app.listen({ port: env.WORKER_HEALTH_PORT, host: '0.0.0.0' });
}

main().catch((error: Error) => {
  process.stderr.write(`worker failed to start: ${error.message}\n`);
  process.exit(1);
});
