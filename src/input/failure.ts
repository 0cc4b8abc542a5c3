import type { ErrorCode } from '../schema.js';

/** A content problem with one input record: it becomes an ErrorResult, never an exception. */
export interface Failure {
  code: ErrorCode;
  message: string;
}

export const fail = (code: ErrorCode, message: string): Failure => ({ code, message });

export function isFailure(x: unknown): x is Failure {
  return typeof x === 'object' && x !== null && 'code' in x && 'message' in x && !('text' in x);
}
