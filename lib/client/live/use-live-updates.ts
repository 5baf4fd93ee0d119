"use client";
import { useEffect } from "react";
import type { LiveEvent } from "@/lib/domain/changes";
import { parsePresence } from "@/lib/domain/presence-wire";
import type { SourceDto } from "@/lib/domain/schemas";
import { api } from "@/lib/client/api";
import { publishChanges } from "./change-feed";
import { loadLiveEventParser } from "./live-event-parser";
import { whenLeftAlone } from "@/lib/client/when-left-alone";
import { parseStreamEnd } from "./stream-end";
import { useEditorStore } from "@/lib/client/editor/editor-context";
import { useReaderStore } from "@/lib/client/reader/reader-context";
import type { ReaderStore } from "@/lib/client/reader/reader-store";

/** How long to wait before reopening a stream the browser gave up on (it retries the rest itself). */
const REOPEN_MS = 3000;
/**
 * When to load the change events' parser if no event has asked for it: after the map has settled,
 * and only once it is left alone (a timer alone evaluated its chunk, 17 ms, in the middle of a pan).
 */
const PARSER_AHEAD_MS = 4000;

/** Sources changed by anyone: the library follows, and an open text is fetched again when it changed. */
function applySourceChanges(reader: ReaderStore, changes: readonly LiveEvent[]) {
  for (const c of changes) {
    if (c.entity !== "source") continue;
    if (c.action === "delete") reader.getState().removeSource(c.entityId);
    else {
      const summary = c.after;
      const cached = reader.getState().texts[summary.id];
      reader.getState().putSource(summary);
      if (cached && cached.version < summary.version) {
        void api<SourceDto>(`/api/sources/${summary.id}`, { packed: true }).then(
          (full) => reader.getState().putSource(full),
          () => undefined,
        );
      }
    }
  }
}

/**
 * Keep the editor in step with everyone else: an EventSource on the debate's event stream, from
 * the last seq the store applied. Every event goes one way: into the store's `receiveEvents`
 * (once each, in seq order), and only what was new goes on to comments, history and sources.
 * EventSource reconnects by itself and sends the last event id, so a dropped connection catches up
 * on everything it missed; a stream the browser closed for good is reopened from the store's seq.
 * A stream the server ended with a reason (an `end` event) stays closed and the reason is shown.
 */
export function useLiveUpdates(debateId: string, since: number) {
  const store = useEditorStore();
  const reader = useReaderStore();
  useEffect(() => {
    let es: EventSource | null = null;
    let reopen: ReturnType<typeof setTimeout> | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    // Events wait here as text, in arrival order, until the parser is loaded and a frame has passed.
    let queue: string[] = [];
    let scheduled = false;
    const schedule = () => {
      if (scheduled) return;
      scheduled = true;
      setTimeout(() => void flush(), 16); // not rAF: it pauses in background tabs
    };
    // Batch what arrives within a frame into one store update.
    const flush = async () => {
      let parse;
      try {
        parse = await loadLiveEventParser();
      } catch {
        scheduled = false; // the events stay queued; the next event or this retry loads it again
        if (!stopped) retry = setTimeout(schedule, REOPEN_MS);
        return;
      }
      scheduled = false;
      if (stopped) return;
      const batch: LiveEvent[] = [];
      // An event this tab cannot read (a newer server's) is skipped, never half-applied.
      for (const data of queue) {
        const change = parse(data);
        if (change) batch.push(change);
      }
      queue = [];
      const fresh = store.getState().receiveEvents(batch);
      if (!fresh.length) return;
      publishChanges(debateId, fresh); // collab: comments and history follow the same stream
      applySourceChanges(reader, fresh);
    };
    const cancelAhead = whenLeftAlone(() => void loadLiveEventParser().catch(() => undefined), PARSER_AHEAD_MS);
    const open = () => {
      const from = Math.max(since, store.getState().seq);
      const source = new EventSource(`/api/debates/${encodeURIComponent(debateId)}/events?since=${from}`);
      es = source;
      source.addEventListener("change", (ev) => {
        queue.push((ev as MessageEvent<string>).data);
        schedule();
      });
      source.addEventListener("presence", (ev) => {
        const people = parsePresence((ev as MessageEvent<string>).data);
        if (people) store.getState().setPresence(people);
      });
      // The server ended the stream for good (access taken away, signed out): no reconnecting.
      source.addEventListener("end", (ev) => {
        source.close();
        store.getState().setLive("ended", parseStreamEnd((ev as MessageEvent<unknown>).data));
      });
      source.onopen = () => store.getState().setLive("live");
      source.onerror = () => {
        if (store.getState().live === "ended") return;
        store.getState().setLive("reconnecting");
        if (source.readyState === EventSource.CLOSED) reopen = setTimeout(open, REOPEN_MS);
      };
    };
    open();
    return () => {
      stopped = true;
      clearTimeout(reopen);
      clearTimeout(retry);
      cancelAhead();
      es?.close();
    };
  }, [debateId, since, store, reader]);
}
