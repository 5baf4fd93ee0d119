import * as z from "zod/mini";
import { jsonOrUndefined } from "./json-or-undefined";
import type { CHANGE_SCHEMA_VERSION, ChangeEntity as Entity, LiveEvent } from "./changes";

/**
 * The browser's reading of a live event. It checks with zod/mini (a few kB, where the full zod
 * that `LiveEvent` is built with would add ~90 kB gzipped), and the browser loads this module only
 * when it needs it (`lib/client/live/live-event-parser.ts`), never in a map's first view: the
 * envelope exactly (schema version, seq, entity, action, time), and of the after the fields the
 * stores key on (id and version). The rest of the after was validated by the server, which builds
 * every event through `LiveEvent`. The annotation below makes the compiler hold this schema to
 * that type.
 */
const row = z.looseObject({ id: z.string() });
const versioned = z.looseObject({ id: z.string(), version: z.number() });
const member = z.looseObject({ userId: z.string(), role: z.string() });
const link = z.looseObject({ role: z.string() });

/** `make()`'s value, made the first time it is asked for. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}

type Shape = typeof row | typeof versioned | typeof member | typeof link;
type AfterOf<E extends Entity> = Extract<LiveEvent, { entity: E; action: "create" | "update" }>["after"];

/** An after: the predicate checks what it can cheaply; its type is the server's. */
const after = <E extends Entity>(shape: Shape) => z.custom<AfterOf<E>>((v) => shape.safeParse(v).success);

function eventsOf<E extends Entity>(entity: E, shape: Shape) {
  const base = {
    v: z.literal(2 satisfies typeof CHANGE_SCHEMA_VERSION),
    seq: z.number().check(z.int()),
    at: z.string(),
    actorId: z.nullable(z.string()),
    entity: z.literal(entity),
    entityId: z.string(),
  };
  return z.discriminatedUnion("action", [
    z.object({ ...base, action: z.literal("create"), after: after<E>(shape) }),
    z.object({ ...base, action: z.literal("update"), after: after<E>(shape) }),
    z.object({ ...base, action: z.literal("delete"), after: z.null() }),
  ]);
}

// Built on first use (the first change event), not when the module loads: building it is ~50 ms
// of a busy machine's main thread, in the middle of a map's hydration.
const liveEventWire = once((): z.ZodMiniType<LiveEvent> =>
  z.discriminatedUnion("entity", [
    eventsOf("debate", versioned),
    eventsOf("node", versioned),
    eventsOf("edge", versioned),
    eventsOf("source", versioned),
    eventsOf("membership", member),
    eventsOf("comment", versioned),
    eventsOf("link", link),
    eventsOf("seminar", row),
    eventsOf("speechDoc", versioned),
  ]),
);

/**
 * Parse one `change` event's data. Null for anything else (bad JSON, an event of a newer schema
 * version than this tab knows, an entity it has never heard of): the caller skips it.
 */
export function parseLiveEvent(data: string): LiveEvent | null {
  const r = liveEventWire().safeParse(jsonOrUndefined(data));
  return r.success ? r.data : null;
}
