import { v7 } from 'uuid';

/** Time-ordered UUIDv7: ids sort by creation, which cursor pagination relies on. */
export function newId(): string {
  return v7();
}
