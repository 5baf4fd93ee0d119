import "server-only";
import { z } from "zod";
import type { ApiErrorBody, ErrorCode } from "@/lib/domain/api-error";

export type { ErrorCode };

/** The HTTP status of each error code (the codes and the body's shape are lib/domain/api-error.ts). */
export const ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  validation_failed: 422,
  rate_limited: 429,
  internal: 500,
} as const satisfies Record<ErrorCode, number>;

/** The one error type of the server layer; its code decides the HTTP status. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function notFound(what: string): AppError {
  return new AppError("not_found", `${what} not found`);
}

export function validationError(err: z.ZodError, message = "invalid input"): AppError {
  return new AppError("validation_failed", message, z.flattenError(err));
}

/** Map anything thrown to an AppError, leaking nothing about unexpected failures. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof z.ZodError) return validationError(err);
  const code = (err as { code?: unknown })?.code;
  if (code === "P2025") return new AppError("not_found", "not found");
  if (code === "P2002") return new AppError("conflict", "that already exists");
  if (code === "P2003") return new AppError("validation_failed", "a referenced row does not exist");
  if (code === "P2034") return new AppError("conflict", "a concurrent change won; try again");
  console.error("[clash] unexpected error", err);
  return new AppError("internal", "something went wrong on our side");
}

/** The API's one JSON error shape for `e`. */
export function errorBody(e: AppError): ApiErrorBody {
  return { error: { code: e.code, message: e.message, ...(e.details === undefined ? {} : { details: e.details }) } };
}
