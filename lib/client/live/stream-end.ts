import { jsonOrUndefined } from "@/lib/domain/json-or-undefined";

/** The longest reason shown (the server's are one short sentence). */
const MAX_REASON = 500;

/** The text shown when the server ends a live stream for good (no access any more, signed out). */
export const DEFAULT_END_REASON = "Live updates stopped: you no longer have access. Reload to check.";

/**
 * The reason in an `end` event's data. Anything unreadable still ends the stream (the server has
 * closed it and asked the client not to come back), with a general reason.
 */
export function parseStreamEnd(data: unknown): string {
  // Not JSON: the general reason.
  const json = typeof data === "string" ? jsonOrUndefined(data) : null;
  // Checked by hand, not with zod: this module is in every map page's first view, and zod is not.
  const reason = typeof json === "object" && json !== null ? (json as { reason?: unknown }).reason : undefined;
  return typeof reason === "string" && reason.length > 0 && reason.length <= MAX_REASON
    ? `Live updates stopped: ${reason}.`
    : DEFAULT_END_REASON;
}
