"use client";
import type { DebateSummaryDto } from "@/lib/domain/schemas";
import { useDebateGraph } from "@/lib/client/use-debate-graph";
import { GraphLoading } from "@/components/ui/graph-loading";
import { MapEditor } from "./map-editor";

/** The map page's graph, loaded in the browser from the API (see useDebateGraph). */
export function MapLoader({ summary, me }: { summary: DebateSummaryDto; me: string | null }) {
  const { loaded, retry } = useDebateGraph(summary.id);
  if (loaded && "debate" in loaded) return <MapEditor debate={loaded.debate} me={me} />;
  return (
    <GraphLoading what="map" count={summary.nodeCount} error={loaded?.error} onRetry={retry} testId="map-loading" />
  );
}
