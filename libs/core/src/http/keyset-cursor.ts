import { ValidationFailedError } from '../errors/domain-error';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A cursor for lists ordered by an instant and then the id (closing soonest, due first), where the
 * id alone does not give the order: the base64url of `<ISO instant>|<id>` of the last row seen.
 */
export function encodeKeysetCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`, 'utf8').toString('base64url');
}

export function decodeKeysetCursor(cursor: string | undefined): { at: Date; id: string } | undefined {
  if (!cursor) return undefined;
  const [iso, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const at = new Date(iso ?? '');
  if (rest.length > 0 || !id || !uuid.test(id) || Number.isNaN(at.getTime()) || at.toISOString() !== iso) {
    throw new ValidationFailedError([{ field: 'cursor', message: 'cursor is not one this API issued' }]);
  }
  return { at, id };
}
