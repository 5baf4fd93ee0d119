"use client";
import { useEffect } from "react";
import type { LiveEvent } from "@/lib/domain/changes";
import { parseLiveEvent, parsePresence } from "@/lib/domain/changes-wire";
import type { SourceDto } from "@/lib/domain/schemas";
import { api } from "./api";
import { publishChanges } from "./change-feed"; // collab: comments and history follow the same stream
import { useEditorStore } from "./editor-context";
import { useReaderStore } from "./reader-context";

/**
 * Keep the editor in step with everyone else: an EventSource on the debate's event stream,
 * resuming after the snapshot's seq. EventSource reconnects by itself and sends the last event id,
 * so a dropped connection catches up on everything it missed.
 */
export function useLiveUpdates(debateId: string, since: number) {
  const store = useEditorStore();
  const reader = useReaderStore();
  useEffect(() => {
    const es = new EventSource(`/api/debates/${encodeURIComponent(debateId)}/events?since=${since}`);
    let queue: LiveEvent[] = [];
    let scheduled = false;
    // Batch what arrives within a frame into one store update.
    const flush = () => {
      scheduled = false;
      const batch = queue;
      queue = [];
      store.getState().receiveChanges(batch);
      publishChanges(debateId, batch); // collab: comments and history follow the same stream
      for (const c of batch) {
        if (c.entity !== "source") continue;
        if (c.action === "delete") reader.getState().removeSource(c.entityId);
        else {
          const summary = c.after;
          const cached = reader.getState().texts[summary.id];
          reader.getState().putSource(summary);
          if (cached && cached.version < summary.version) {
            void api<SourceDto>(`/api/sources/${summary.id}`).then((full) => reader.getState().putSource(full), () => undefined);
          }
        }
      }
    };
    es.addEventListener("change", (ev) => {
      const change = parseLiveEvent((ev as MessageEvent<string>).data);
      if (!change) return; // not an event this tab can read (a newer server's): skipped, never half-applied
      queue.push(change);
      if (!scheduled) {
        scheduled = true;
        setTimeout(flush, 16); // not rAF: it pauses in background tabs
      }
    });
    es.addEventListener("presence", (ev) => {
      const people = parsePresence((ev as MessageEvent<string>).data);
      if (people) store.getState().setPresence(people);
    });
    es.onopen = () => store.getState().setLive("live");
    es.onerror = () => store.getState().setLive("reconnecting");
    return () => es.close();
  }, [debateId, since, store, reader]);
}
