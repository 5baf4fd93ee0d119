"use client";
import { useEffect, useState } from "react";
import type { DebateDto, DebateSummaryDto } from "@/lib/domain/schemas";
import { MapEditor } from "./map-editor";

type Loaded = { debate: DebateDto } | { error: string } | null;

async function fetchDebate(id: string): Promise<Loaded> {
  try {
    // The page preloads this URL (same mode and credentials), so this usually finds it in flight.
    const res = await fetch(`/api/debates/${encodeURIComponent(id)}`);
    if (!res.ok) {
      const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
      return { error: body?.error?.message ?? `the server answered ${res.status}` };
    }
    return { debate: (await res.json()) as DebateDto };
  } catch {
    return { error: "the server could not be reached" };
  }
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
        <button className="btn" onClick={() => (setLoaded(null), setAttempt((a) => a + 1))}>Try again</button>
      </div>
    );
  }
  return (
    <div className="map-loading" aria-busy="true" data-testid="map-loading">
      <span className="spinner" /> Loading {summary.nodeCount.toLocaleString("en-US")} argument{summary.nodeCount === 1 ? "" : "s"}…
    </div>
  );
}
