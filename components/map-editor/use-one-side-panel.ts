"use client";
import { useEffect, useRef } from "react";
import { useMapView } from "@/lib/client/editor/map-view";
import { useHistoryPanel } from "@/lib/client/collab/collab-context";
import { useReader, useReaderStore } from "@/lib/client/reader/reader-context";

/**
 * The ballot, the history and the sources share the map's side: opening one closes the others.
 * Open together with the inspector they left the map a sliver (~150 px at 1440) and each had to
 * be closed by hand.
 */
export function useOneSidePanel() {
  const ballot = useMapView((s) => s.ballotOpen);
  const toggleBallot = useMapView((s) => s.toggleBallot);
  const history = useHistoryPanel((s) => s.historyOpen);
  const setHistory = useHistoryPanel((s) => s.setHistoryOpen);
  const sources = useReader((s) => s.open);
  const reader = useReaderStore();
  const was = useRef({ ballot, history, sources });
  useEffect(() => {
    const before = was.current;
    was.current = { ballot, history, sources };
    const opened =
      ballot && !before.ballot
        ? "ballot"
        : history && !before.history
          ? "history"
          : sources && !before.sources
            ? "sources"
            : null;
    if (!opened) return;
    if (opened !== "ballot" && ballot) toggleBallot();
    if (opened !== "history" && history) setHistory(false);
    if (opened !== "sources" && sources) reader.getState().toggle(false);
  }, [ballot, history, sources, toggleBallot, setHistory, reader]);
}
