import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';

export interface Response<T = any> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | number | undefined>;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RequestOptions {
  token?: string;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
}

/** Headers and payload of a test request: a bearer token, a JSON body or a raw one. */
export function encodeRequest(options: RequestOptions): { headers: Record<string, string>; payload?: string } {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.rawBody !== undefined) {
    headers['content-type'] ??= 'application/json';
    return { headers, payload: options.rawBody };
  }
  if (options.body === undefined) return { headers };
  headers['content-type'] = 'application/json';
  return { headers, payload: JSON.stringify(options.body) };
}

/** A response body: parsed when it is JSON (problem+json included), the text otherwise. */
export function decodeBody<T>(text: string, contentType: unknown): T {
  return (text && /json/.test(String(contentType ?? '')) ? JSON.parse(text) : text) as T;
}

/** Requests through Fastify's inject: the whole HTTP pipeline, no socket. */
export class HttpClient {
  private readonly fastify: FastifyInstance;

  constructor(app: NestFastifyApplication) {
    this.fastify = app.getHttpAdapter().getInstance();
  }

  async request<T = any>(
    method: Method,
    url: string,
    options: RequestOptions = {},
  ): Promise<Response<T>> {
    const { headers, payload } = encodeRequest(options);
    const response = await this.fastify.inject({ method, url, headers, payload });
    return { status: response.statusCode, body: decodeBody<T>(response.body, response.headers['content-type']), headers: response.headers };
  }

  get<T = any>(url: string, token?: string) {
    return this.request<T>('GET', url, { token });
  }

  post<T = any>(url: string, body: unknown, token?: string, headers?: Record<string, string>) {
    return this.request<T>('POST', url, { body, token, headers });
  }

  patch<T = any>(url: string, body: unknown, token?: string) {
    return this.request<T>('PATCH', url, { body, token });
  }

  delete<T = any>(url: string, token?: string) {
    return this.request<T>('DELETE', url, { token });
  }
}
