import type { Schemas } from './client';

export type Problem = Schemas['ProblemResponseDto'];

/** A problem+json answer from the API, thrown by `unwrap` so TanStack Query sees a failure. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.title);
  }
  get status() {
    return this.problem.status;
  }
  get code() {
    return this.problem.code;
  }
  /** The field errors keyed by field path ("answers.q1", "phases.0.name"). */
  fieldErrors(): Record<string, string> {
    return Object.fromEntries((this.problem.errors ?? []).map((e) => [e.field, e.message]));
  }
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'code' in value && 'status' in value;
}

const NETWORK: Problem = { type: 'about:blank', title: 'Network error', status: 0, detail: 'The server could not be reached.', code: 'NETWORK_ERROR', requestId: '' };

/** Turns an openapi-fetch result into its data, or throws ApiError. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result;
  try {
    result = await call;
  } catch {
    throw new ApiError(NETWORK);
  }
  if (result.error !== undefined || !result.response.ok) {
    const error = result.error;
    throw new ApiError(isProblem(error) ? error : { ...NETWORK, status: result.response.status, code: 'UNEXPECTED', title: result.response.statusText, detail: String(error ?? '') });
  }
  return result.data as T;
}
