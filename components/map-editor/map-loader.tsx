"use client";
import { useEffect, useState } from "react";
import type { DebateDto, DebateSummaryDto } from "@/lib/domain/schemas";
import { api } from "@/lib/client/api";
import { MapEditor } from "./map-editor";

type Loaded = { debate: DebateDto } | { error: string } | null;

async function fetchDebate(id: string): Promise<Loaded> {
  // The page preloads this URL with the same mode and credentials as api()'s GET, so this
  // usually finds the response already in flight.
  return api<DebateDto>(`/api/debates/${encodeURIComponent(id)}`).then(
    (debate) => ({ debate }),
    (err: unknown) => ({ error: err instanceof Error ? err.message : "the map could not be loaded" }),
  );
}

/**
 * The map page renders its frame on the server and loads the graph here, from the API's cached
 * JSON: a map of 20,000 arguments would otherwise travel inside the page's RSC payload, which is
 * slower to render on the server and slower to parse in the browser than one JSON body.
 */
export function MapLoader({ summary, me }: { summary: DebateSummaryDto; me: string | null }) {
  const [loaded, setLoaded] = useState<Loaded>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    void fetchDebate(summary.id).then((r) => live && setLoaded(r));
    return () => {
      live = false;
    };
  }, [summary.id, attempt]);

  if (loaded && "debate" in loaded) return <MapEditor debate={loaded.debate} me={me} />;
  if (loaded && "error" in loaded) {
    return (
      <div className="map-loading" role="alert">
        <p>The map could not be loaded: {loaded.error}.</p>
        <button className="btn" onClick={() => (setLoaded(null), setAttempt((a) => a + 1))}>
          Try again
        </button>
      </div>
    );
  }
  return (
    <div className="map-loading" aria-busy="true" data-testid="map-loading">
      <span className="spinner" /> Loading {summary.nodeCount.toLocaleString("en-US")} argument
      {summary.nodeCount === 1 ? "" : "s"}…
    </div>
  );
}
