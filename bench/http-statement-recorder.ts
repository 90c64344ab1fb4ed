/**
 * Preloaded (`node -r`) into the servers that bench/http.ts spawns: counts the SQL statements
 * of the requests sent between a `count-start` and a `count-stop` message on the IPC channel,
 * with bench/query-counter.ts (every pg Client.query, and TypeORM's query runner), and answers
 * `{ type: 'counted', wire, typeorm }`. Outside a count it costs nothing: the prototypes are
 * patched only while counting. Also takes a CPU profile on request (BENCH_HTTP_PROFILE=1).
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { countQueries } from './query-counter';

let stop: (() => void) | undefined;
/** BENCH_HTTP_PROFILE=1: a CPU profile of the measured run (`profile-start`, `profile-stop` with a file). */
let profiler: Session | undefined;

process.on('message', (message: { type?: string }) => {
  if (message?.type === 'count-start' && !stop) {
    const done = new Promise<void>((resolve) => (stop = resolve));
    void countQueries(() => done).then(({ wire, typeorm }) => process.send?.({ type: 'counted', wire, typeorm }));
    process.send?.({ type: 'count-started' });
  } else if (message?.type === 'count-stop' && stop) {
    stop();
    stop = undefined;
  } else if (message?.type === 'profile-start') {
    profiler = new Session();
    profiler.connect();
    profiler.post('Profiler.enable', () => profiler!.post('Profiler.start', () => process.send?.({ type: 'profile-started' })));
  } else if (message?.type === 'profile-stop' && profiler) {
    const session = profiler;
    profiler = undefined;
    session.post('Profiler.stop', (error, result) => {
      if (!error) writeFileSync((message as { file: string }).file, JSON.stringify(result.profile));
      session.disconnect();
      process.send?.({ type: 'profile-written', error: error?.message });
    });
  }
});
// The IPC channel must not keep the server alive on its own.
process.channel?.unref();
