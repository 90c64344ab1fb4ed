import { EventEmitter } from 'node:events';
import type { Socket } from 'node:net';
import { ValidationFailedError } from '../errors/domain-error';
import { assertSafeInput, BodyTooDeepError, inspectInput, MAX_INPUT_DEPTH, problemClientErrorHandler } from './hostile-input';

/** `levels` nested arrays around `leaf`: nestedArrays(2, 1) is [[1]]. */
function nestedArrays(levels: number, leaf: unknown = 1): unknown {
  let value = leaf;
  for (let i = 0; i < levels; i++) value = [value];
  return value;
}

function nestedObjects(levels: number, leaf: unknown = 1): unknown {
  let value = leaf;
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
}

function thrown(fn: () => void): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('inspectInput', () => {
  it(`accepts ${MAX_INPUT_DEPTH} levels of objects and arrays and refuses one more`, () => {
    expect(inspectInput(nestedArrays(MAX_INPUT_DEPTH)).tooDeep).toBe(false);
    expect(inspectInput(nestedObjects(MAX_INPUT_DEPTH)).tooDeep).toBe(false);
    expect(inspectInput(nestedArrays(MAX_INPUT_DEPTH + 1)).tooDeep).toBe(true);
    expect(inspectInput(nestedObjects(MAX_INPUT_DEPTH + 1)).tooDeep).toBe(true);
  });

  it('counts containers, not scalars: a flat body is depth 1 whatever it holds', () => {
    expect(inspectInput({ a: 'x', b: [1, 2, 3], c: null })).toEqual({ tooDeep: false, badText: [] });
    expect(inspectInput('just a string')).toEqual({ tooDeep: false, badText: [] });
    expect(inspectInput(undefined)).toEqual({ tooDeep: false, badText: [] });
  });

  it('walks iteratively: 200,000 levels do not overflow its stack', () => {
    const deep = JSON.parse('['.repeat(200_000) + ']'.repeat(200_000));
    expect(inspectInput(deep).tooDeep).toBe(true);
    // With no limit in the way it walks all of it, still without recursion.
    expect(inspectInput(deep, { maxDepth: 300_000 }).tooDeep).toBe(false);
  });

  it('walks wide input too: 100,000 items', () => {
    const wide = { items: Array.from({ length: 100_000 }, (_, i) => ({ title: i === 99_999 ? 'x\u0000' : 'ok' })) };
    expect(inspectInput(wide).badText).toEqual([{ field: 'items.99999.title', problem: 'nul' }]);
  });

  it('names every string holding U+0000 by its path, as the ValidationPipe names fields, in document order', () => {
    const body = { name: 'a\u0000b', items: [{ title: 'ok' }, { title: 'ok' }, { title: '\u0000' }], nested: { 'odd key': 'x\u0000' } };
    expect(inspectInput(body).badText.map((found) => found.field)).toEqual(['name', 'items.2.title', 'nested.odd key']);
  });

  it('finds U+0000 in object keys (jsonb answers, scores) and names them escaped', () => {
    expect(inspectInput({ answers: { 'team\u0000': 'x' } }).badText).toEqual([{ field: 'answers.team\\u0000', problem: 'nul' }]);
  });

  it('finds lone surrogates (valid JSON, not Unicode), in strings and keys', () => {
    expect(inspectInput({ email: '\ud800', tail: 'a\udc00', answers: { ['\udbff']: 1 } }).badText).toEqual([
      { field: 'email', problem: 'lone-surrogate' },
      { field: 'tail', problem: 'lone-surrogate' },
      { field: 'answers.\\udbff', problem: 'lone-surrogate' },
    ]);
  });

  it('leaves other control characters, surrogate pairs (emoji) and other scripts alone', () => {
    expect(inspectInput({ a: '\u0001\u001f\u007f', b: '😀'.repeat(10), c: 'Улаанбаатар' }).badText).toEqual([]);
  });
});

describe('assertSafeInput', () => {
  it('refuses a deep body with BODY_TOO_DEEP before looking for anything else', () => {
    const error = thrown(() => assertSafeInput({ body: nestedArrays(5000), query: { q: 'a\u0000' } }));
    expect(error).toBeInstanceOf(BodyTooDeepError);
    expect(error).toMatchObject({ status: 400, code: 'BODY_TOO_DEEP' });
  });

  it('refuses U+0000 in the body, the query string and path parameters with one VALIDATION_FAILED naming each', () => {
    const error = thrown(() =>
      assertSafeInput({
        body: { name: 'x\u0000', items: [{}, {}, { title: '\u0000' }] },
        query: { q: 'a\u0000b', status: ['open', 'x\u0000'], limit: '20' },
        params: { slug: 'ub-hub\u0000', callId: '0190a000-0000-7000-8000-000000000000' },
      }),
    ) as ValidationFailedError;
    expect(error).toBeInstanceOf(ValidationFailedError);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.errors).toEqual([
      { field: 'name', message: 'name must not contain the NUL character (U+0000)' },
      { field: 'items.2.title', message: 'items.2.title must not contain the NUL character (U+0000)' },
      { field: 'q', message: 'query parameter q must not contain the NUL character (U+0000)' },
      { field: 'status', message: 'query parameter status must not contain the NUL character (U+0000)' },
      { field: 'slug', message: 'path parameter slug must not contain the NUL character (U+0000)' },
    ]);
  });

  it('refuses a lone surrogate as well-formed Unicode would be required', () => {
    const error = thrown(() => assertSafeInput({ body: { email: '\ud800' }, query: { q: 'x\udfff' } })) as ValidationFailedError;
    expect(error.errors).toEqual([
      { field: 'email', message: 'email must be well-formed Unicode (it holds a lone surrogate)' },
      { field: 'q', message: 'query parameter q must be well-formed Unicode (it holds a lone surrogate)' },
    ]);
  });

  it('names a body that is itself a string with U+0000', () => {
    const error = thrown(() => assertSafeInput({ body: '\u0000' })) as ValidationFailedError;
    expect(error.errors).toEqual([{ field: 'body', message: 'the body must not contain the NUL character (U+0000)' }]);
  });

  it('lets ordinary requests through', () => {
    expect(() =>
      assertSafeInput({ body: { name: 'Steppe Robotics', phases: [{ milestones: [{ title: 'MVP' }] }] }, query: { limit: '20' }, params: { slug: 'ub-hub' } }),
    ).not.toThrow();
    expect(() => assertSafeInput({ body: undefined, query: undefined, params: undefined })).not.toThrow();
  });
});

describe('problemClientErrorHandler', () => {
  /** Enough of a socket to see what was written to it. */
  function fakeSocket(options: { writable?: boolean; destroyed?: boolean } = {}) {
    const socket = Object.assign(new EventEmitter(), {
      writable: options.writable ?? true,
      destroyed: options.destroyed ?? false,
      written: '',
      write(chunk: string) {
        socket.written += chunk;
        return true;
      },
      destroy: jest.fn(),
    });
    return socket;
  }

  it('answers a header overflow (a URL over 16 kB) with a 431 problem document and closes', () => {
    const socket = fakeSocket();
    const error = Object.assign(new Error('Parse Error: Header overflow'), { code: 'HPE_HEADER_OVERFLOW' });
    problemClientErrorHandler(error, socket as unknown as Socket);
    const [head, body] = socket.written.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 431 /);
    expect(head).toMatch(/\r\nContent-Type: application\/problem\+json/);
    expect(head).toContain(`Content-Length: ${Buffer.byteLength(body)}`);
    expect(JSON.parse(body)).toMatchObject({ status: 431, code: 'HEADERS_TOO_LARGE', requestId: expect.any(String) });
    expect(socket.destroy).toHaveBeenCalled();
  });

  it('answers other parser errors with a 400 problem document', () => {
    const socket = fakeSocket();
    problemClientErrorHandler(Object.assign(new Error('Parse Error: Invalid header value char'), { code: 'HPE_INVALID_HEADER_TOKEN' }), socket as unknown as Socket);
    expect(socket.written).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(socket.written.split('\r\n\r\n')[1])).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });

  it('writes nothing to a reset or destroyed connection', () => {
    const reset = fakeSocket();
    problemClientErrorHandler(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }), reset as unknown as Socket);
    const destroyed = fakeSocket({ destroyed: true });
    problemClientErrorHandler(Object.assign(new Error('x'), { code: 'HPE_HEADER_OVERFLOW' }), destroyed as unknown as Socket);
    expect(reset.written + destroyed.written).toBe('');
  });
});
