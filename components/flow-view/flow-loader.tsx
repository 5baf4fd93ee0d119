"use client";
import type { DebateSummaryDto } from "@/lib/domain/schemas";
import { roleAtLeast } from "@/lib/domain/vocabulary";
import { EditorProvider } from "@/lib/client/editor/editor-context";
import { useDebateGraph } from "@/lib/client/use-debate-graph";
import { GraphLoading } from "@/components/ui/graph-loading";
import { SendToSpeechKey } from "@/components/speech-docs/send-to-speech";
import { FlowView } from "./flow-view";

/** The flow page's graph, loaded in the browser from the API like the map's (see useDebateGraph). */
export function FlowLoader({ summary }: { summary: DebateSummaryDto }) {
  const { loaded, retry } = useDebateGraph(summary.id);
  if (loaded && "debate" in loaded) {
    return (
      <EditorProvider debate={loaded.debate} canEdit={roleAtLeast(loaded.debate.role, "editor")}>
        <FlowView debate={{ id: summary.id, title: summary.title }} />
        <SendToSpeechKey debateId={summary.id} />
      </EditorProvider>
    );
  }
  return (
    <GraphLoading what="flow" count={summary.nodeCount} error={loaded?.error} onRetry={retry} testId="flow-loading" />
  );
}
