"use client";
import { useEffect, useState } from "react";
import type { DebateDto } from "@/lib/domain/schemas";
import { fetchJsonEarly } from "@/lib/client/early-fetch";

export type LoadedGraph = { debate: DebateDto } | { error: string } | null;

/**
 * The whole graph of a debate, from the API's cached JSON (the map and the flow pages render
 * their frame on the server and load this in the browser: a map of 20,000 arguments would
 * otherwise travel inside the page's RSC payload, slower to render and to parse). The map page's
 * own inline script has usually read its bytes already (see early-fetch.ts).
 */
export function useDebateGraph(id: string): { loaded: LoadedGraph; retry: () => void } {
  const [loaded, setLoaded] = useState<LoadedGraph>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    void fetchJsonEarly<DebateDto>(`/api/debates/${encodeURIComponent(id)}`).then(
      (debate) => live && setLoaded({ debate }),
      (err: unknown) =>
        live && setLoaded({ error: err instanceof Error ? err.message : "the debate could not be loaded" }),
    );
    return () => {
      live = false;
    };
  }, [id, attempt]);
  return {
    loaded,
    retry: () => {
      setLoaded(null);
      setAttempt((a) => a + 1);
    },
  };
}
