import 'reflect-metadata';
import { exitIfUnreachable, loadEnvOrExit, MetricsServer } from '@hatchery/core';
import { createApi } from './bootstrap';

async function main(): Promise<void> {
  const env = loadEnvOrExit();
  await exitIfUnreachable(env, 'api');
  const app = await createApi();
  if (env.METRICS_PORT > 0) await app.get(MetricsServer).listen(env.METRICS_PORT, env.METRICS_HOST);
  await app.listen({ port: env.PORT, host: '0.0.0.0' });
}

main().catch((error: Error) => {
  process.stderr.write(`api failed to start: ${error.message}\n`);
  process.exit(1);
});
