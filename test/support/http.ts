import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';

export interface Response<T = any> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | number | undefined>;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Requests through Fastify's inject: the whole HTTP pipeline, no socket. */
export class HttpClient {
  private readonly fastify: FastifyInstance;

  constructor(app: NestFastifyApplication) {
    this.fastify = app.getHttpAdapter().getInstance();
  }

  async request<T = any>(
    method: Method,
    url: string,
    options: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
  ): Promise<Response<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let payload: string | undefined;
    if (options.rawBody !== undefined) {
      payload = options.rawBody;
      headers['content-type'] ??= 'application/json';
    } else if (options.body !== undefined) {
      payload = JSON.stringify(options.body);
      headers['content-type'] = 'application/json';
    }
    const response = await this.fastify.inject({ method, url, headers, payload });
    const text = response.body;
    let body: unknown = text;
    if (text && /json/.test(String(response.headers['content-type']))) body = JSON.parse(text);
    return { status: response.statusCode, body: body as T, headers: response.headers };
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
