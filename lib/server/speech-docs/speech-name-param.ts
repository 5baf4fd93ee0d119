import "server-only";
import type { z } from "zod";
import { AppError } from "../errors";

/**
 * A path segment parsed with its schema. Decoded here when Next left it percent-encoded (a
 * speech name such as "2NC Politics"); names never contain "%", so decoding twice is harmless.
 */
export function parseParam<S extends z.ZodType>(schema: S, value: string): z.infer<S> {
  let decoded = value;
  try {
    if (value.includes("%")) decoded = decodeURIComponent(value);
  } catch {
    throw new AppError("validation_failed", "invalid path segment");
  }
  const r = schema.safeParse(decoded);
  if (!r.success) throw new AppError("validation_failed", r.error.issues[0]?.message ?? "invalid path segment");
  return r.data;
}
