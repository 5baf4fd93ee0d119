"use client";
import { useEffect, useRef } from "react";
import { loadLiveEventParser } from "@/lib/client/live/live-event-parser";

const SETTLE_MS = 150;

/**
 * Keep an open speech document in step with its other editors: the debate's live stream from the
 * position the page was read at; a write of this document by someone else (a newer version), or
 * an edit of one of its cards, reloads it. Writes of other documents and other arguments pass by.
 * The stream is the debate's own (same authorization, same seminar filter as the map's).
 */
export function useSpeechDocLive(opts: {
  debateId: string;
  name: string;
  seq: number | undefined;
  version: number;
  nodeIds: readonly string[];
  reload: () => void;
}) {
  const latest = useRef(opts);
  useEffect(() => {
    latest.current = opts;
  });
  const { debateId, seq } = opts;
  useEffect(() => {
    if (seq === undefined) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const source = new EventSource(`/api/debates/${encodeURIComponent(debateId)}/events?since=${seq}`);
    let stopped = false;
    const reloadSoon = () => {
      if (stopped) return;
      clearTimeout(timer);
      timer = setTimeout(() => latest.current.reload(), SETTLE_MS);
    };
    // Handled in arrival order: once the parser is loaded, every wait resolves in turn.
    source.addEventListener("change", (ev) => {
      const data = (ev as MessageEvent<string>).data;
      void loadLiveEventParser().then(
        (parse) => {
          const e = parse(data);
          if (!e) return;
          const { name, version, nodeIds } = latest.current;
          const mine =
            e.entity === "speechDoc"
              ? e.after
                ? e.after.name === name && e.after.version > version
                : true // a deleted document: reload to find whether it was this one
              : e.entity === "node" && nodeIds.includes(e.entityId);
          if (mine) reloadSoon();
        },
        // The parser did not load, so this event cannot be read: reload, in case it was this
        // document's (a reload of an unchanged document changes nothing).
        reloadSoon,
      );
    });
    source.addEventListener("end", () => source.close());
    return () => {
      stopped = true;
      clearTimeout(timer);
      source.close();
    };
  }, [debateId, seq]);
}
