import type { LiveEvent } from "@/lib/domain/changes";

export type LiveEventParser = (data: string) => LiveEvent | null;

let loading: Promise<LiveEventParser> | null = null;

/**
 * The change events' parser, loaded on first use. It brings zod (about 100 kB of script) that a
 * map's first view never needs: its first change event comes later, if at all, so the script is
 * fetched and run then (or when a page asks ahead, once it has settled), not while it opens.
 * A failed load is forgotten, so the next call tries again.
 */
export function loadLiveEventParser(): Promise<LiveEventParser> {
  loading ??= import("@/lib/domain/changes-wire").then(
    (m) => m.parseLiveEvent,
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}
