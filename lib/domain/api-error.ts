// The API's one error shape. Plain constants, types and a hand-written reader, no zod: the browser
// parses every failed response with `readApiError`. The zod schema of the same shape (for the
// OpenAPI document and the server's tests) is in api-error-schemas.ts, checked against this type.

/** Every error code the API answers with; the server maps each to its HTTP status (lib/server/errors.ts). */
export const ERROR_CODES = [
  "bad_request",
  "unauthorized",
  "forbidden",
  "not_found",
  "conflict",
  "payload_too_large",
  "unsupported_media_type",
  "validation_failed",
  "rate_limited",
  "internal",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** What every failed API request answers: `{ error: { code, message, details? } }`. */
export type ApiErrorBody = { error: { code: ErrorCode; message: string; details?: unknown } };

/** The error as a client reads it: a code it may not know (a newer server, a proxy), a message. */
export type ApiErrorFields = { code: string; message: string; details?: unknown };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The error inside a parsed response body, or null when the body is not the API's error shape
 * (an HTML page from a proxy, an empty body). Unknown codes are kept: the caller shows the message.
 */
export function readApiError(body: unknown): ApiErrorFields | null {
  const e = isRecord(body) ? body.error : undefined;
  if (!isRecord(e) || typeof e.code !== "string" || typeof e.message !== "string") return null;
  return { code: e.code, message: e.message, ...(e.details === undefined ? {} : { details: e.details }) };
}
