import type { IncomingMessage } from 'node:http';
import { requestIdOf } from './request-id';

const withHeader = (value?: string | string[]) => ({ headers: value === undefined ? {} : { 'x-request-id': value } }) as unknown as IncomingMessage;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('requestIdOf', () => {
  it("keeps a caller's plausible id", () => {
    expect(requestIdOf(withHeader('lb-3f9a2c71.req_0001'))).toBe('lb-3f9a2c71.req_0001');
    expect(requestIdOf(withHeader('0193b2a4-7c1e-7000-8000-000000000000'))).toBe('0193b2a4-7c1e-7000-8000-000000000000');
  });

  it('makes a new UUIDv7 when there is none, or it is too short, too long, repeated or has other characters', () => {
    for (const value of [undefined, '', 'short', 'x'.repeat(129), 'bad id with spaces', 'a\nfake log line', 'job:id:colon', ['one-header-1', 'two-header-2']]) {
      expect(requestIdOf(withHeader(value))).toMatch(uuid);
    }
  });
});
