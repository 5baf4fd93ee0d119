import { jsonOrUndefined } from "./json-or-undefined";

/**
 * Parse one `presence` event's data; null when it is not one. Checked by hand, and kept apart
 * from the change events' zod parser: the server sends a presence as soon as a map opens its
 * stream, and that parser is loaded only when it is needed (see `live-event-parser.ts`).
 */
export function parsePresence(data: string): { id: string; name: string }[] | null {
  const people = (jsonOrUndefined(data) as { people?: unknown } | null)?.people;
  if (!Array.isArray(people)) return null;
  const out: { id: string; name: string }[] = [];
  for (const p of people as unknown[]) {
    const { id, name } = (p ?? {}) as { id?: unknown; name?: unknown };
    if (typeof id !== "string" || typeof name !== "string") return null;
    out.push({ id, name });
  }
  return out;
}
