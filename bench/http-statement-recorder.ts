/**
 * Preloaded (`node -r`) into the servers that bench/http.ts spawns: counts the SQL statements
 * of the requests sent between a `count-start` and a `count-stop` message on the IPC channel,
 * with bench/query-counter.ts (every pg Client.query, and TypeORM's query runner), and answers
 * `{ type: 'counted', wire, typeorm }`. Outside a count it costs nothing: the prototypes are
 * patched only while counting.
 */
import { countQueries } from './query-counter';

let stop: (() => void) | undefined;

process.on('message', (message: { type?: string }) => {
  if (message?.type === 'count-start' && !stop) {
    const done = new Promise<void>((resolve) => (stop = resolve));
    void countQueries(() => done).then(({ wire, typeorm }) => process.send?.({ type: 'counted', wire, typeorm }));
    process.send?.({ type: 'count-started' });
  } else if (message?.type === 'count-stop' && stop) {
    stop();
    stop = undefined;
  }
});
// The IPC channel must not keep the server alive on its own.
process.channel?.unref();
