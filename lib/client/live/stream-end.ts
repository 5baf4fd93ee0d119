import { z } from "zod";

const StreamEnd = z.object({ reason: z.string().min(1).max(500) });

/** The text shown when the server ends a live stream for good (no access any more, signed out). */
export const DEFAULT_END_REASON = "Live updates stopped: you no longer have access. Reload to check.";

/**
 * The reason in an `end` event's data. Anything unreadable still ends the stream (the server has
 * closed it and asked the client not to come back), with a general reason.
 */
export function parseStreamEnd(data: unknown): string {
  let json: unknown = null;
  try {
    json = typeof data === "string" ? JSON.parse(data) : null;
  } catch {
    /* not JSON: the general reason */
  }
  const r = StreamEnd.safeParse(json);
  return r.success ? `Live updates stopped: ${r.data.reason}.` : DEFAULT_END_REASON;
}
