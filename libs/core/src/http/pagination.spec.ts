import { ValidationFailedError } from '../errors/domain-error';
import { decodeCursor, toPage } from './pagination';

const ids = [
  '019a0000-0000-7000-8000-000000000005',
  '019a0000-0000-7000-8000-000000000004',
  '019a0000-0000-7000-8000-000000000003',
  '019a0000-0000-7000-8000-000000000002',
  '019a0000-0000-7000-8000-000000000001',
];
const rows = ids.map((id, i) => ({ id, n: i }));

describe('toPage', () => {
  it('with limit + 1 rows returns limit items and a cursor naming the last item', () => {
    const page = toPage(rows.slice(0, 3), 2, (row) => row.n);
    expect(page.items).toEqual([0, 1]);
    expect(page.nextCursor).toEqual(expect.any(String));
    expect(page.nextCursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(page.nextCursor!)).toBe(ids[1]);
  });

  it('with limit rows or fewer has no next page', () => {
    expect(toPage(rows.slice(0, 2), 2, (row) => row.n)).toEqual({ items: [0, 1], nextCursor: null });
    expect(toPage(rows.slice(0, 1), 2, (row) => row.n)).toEqual({ items: [0], nextCursor: null });
    expect(toPage([], 2, (row: { id: string }) => row.id)).toEqual({ items: [], nextCursor: null });
  });

  it('maps every item', () => {
    expect(toPage(rows, 10, (row) => ({ key: row.id })).items).toEqual(ids.map((id) => ({ key: id })));
  });

  it('walking pages with the cursors visits every row once, in order', () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (let guard = 0; guard < 10; guard++) {
      const remaining = rows.filter((row) => !after || row.id < after);
      const page = toPage(remaining.slice(0, 3), 2, (row) => row.id);
      seen.push(...page.items);
      if (!page.nextCursor) break;
      after = decodeCursor(page.nextCursor);
    }
    expect(seen).toEqual(ids);
  });
});

describe('decodeCursor', () => {
  it('no cursor means the first page', () => {
    expect(decodeCursor(undefined)).toBeUndefined();
    expect(decodeCursor('')).toBeUndefined();
  });

  it('reads back a cursor the API issued', () => {
    expect(decodeCursor(Buffer.from(ids[0]).toString('base64url'))).toBe(ids[0]);
  });

  it.each([
    ['garbage', 'not-a-cursor'],
    ['base64 of something else', Buffer.from('SELECT 1; --').toString('base64url')],
    ['a uuid with trailing text', Buffer.from(`${ids[0]}' OR '1'='1`).toString('base64url')],
    ['an upper-case uuid', Buffer.from(ids[0].toUpperCase()).toString('base64url')],
    ['the raw uuid, not encoded', ids[0]],
  ])('refuses %s with a ValidationFailedError on the cursor field', (_label, cursor) => {
    let thrown: unknown;
    try {
      decodeCursor(cursor);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ValidationFailedError);
    const error = thrown as ValidationFailedError;
    expect(error.status).toBe(400);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.errors).toEqual([{ field: 'cursor', message: expect.any(String) }]);
  });
});
