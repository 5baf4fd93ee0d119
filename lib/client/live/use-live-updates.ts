"use client";
import { useEffect } from "react";
import type { SourceDto, SourceSummaryDto } from "@/lib/domain/schemas";
import { api } from "@/lib/client/api";
import { publishChanges } from "./change-feed"; // collab: comments and history follow the same stream
import { useEditorStore } from "@/lib/client/editor/editor-context";
import { useReaderStore } from "@/lib/client/reader/reader-context";

type ChangeEvent = { seq: number; entity: string; entityId: string; action: string; after: unknown };

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
    let queue: ChangeEvent[] = [];
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
        else if (c.after) {
          const summary = c.after as SourceSummaryDto;
          const cached = reader.getState().texts[summary.id];
          reader.getState().putSource(summary);
          if (cached && cached.version < summary.version) {
            void api<SourceDto>(`/api/sources/${summary.id}`).then((full) => reader.getState().putSource(full), () => undefined);
          }
        }
      }
    };
    es.addEventListener("change", (ev) => {
      queue.push(JSON.parse((ev as MessageEvent<string>).data) as ChangeEvent);
      if (!scheduled) {
        scheduled = true;
        setTimeout(flush, 16); // not rAF: it pauses in background tabs
      }
    });
    es.addEventListener("presence", (ev) => {
      const { people } = JSON.parse((ev as MessageEvent<string>).data) as { people: { id: string; name: string }[] };
      store.getState().setPresence(people);
    });
    es.onopen = () => store.getState().setLive("live");
    es.onerror = () => store.getState().setLive("reconnecting");
    return () => es.close();
  }, [debateId, since, store, reader]);
}
