"use client";
import type { DebateSummaryDto } from "@/lib/domain/schemas";
import { roleAtLeast } from "@/lib/domain/vocabulary";
import { EditorProvider } from "@/lib/client/editor/editor-context";
import { ReaderProvider } from "@/lib/client/reader/reader-context";
import { useLiveUpdates } from "@/lib/client/live/use-live-updates";
import { useFlowGraph } from "@/lib/client/flowsheet/use-flow-graph";
import { GraphLoading } from "@/components/ui/graph-loading";
import { SendToSpeechKey } from "@/components/speech-docs/send-to-speech";
import { FlowView } from "./flow-view";

function Live({ id, seq }: { id: string; seq: number }) {
  useLiveUpdates(id, seq);
  return null;
}

/**
 * The flow page's graph, loaded in the browser from the flow's own data route (see useFlowGraph),
 * in an editor store without React Flow's lists, kept live like the map: what others change shows.
 */
export function FlowLoader({ summary }: { summary: DebateSummaryDto }) {
  const { loaded, retry } = useFlowGraph(summary);
  if (loaded && "debate" in loaded) {
    return (
      <EditorProvider debate={loaded.debate} canEdit={roleAtLeast(loaded.debate.role, "editor")} reactFlow={false}>
        <ReaderProvider sources={loaded.debate.sources}>
          <Live id={summary.id} seq={loaded.debate.seq} />
          <FlowView debate={{ id: summary.id, title: summary.title }} />
          <SendToSpeechKey debateId={summary.id} />
        </ReaderProvider>
      </EditorProvider>
    );
  }
  return (
    <GraphLoading what="flow" count={summary.nodeCount} error={loaded?.error} onRetry={retry} testId="flow-loading" />
  );
}
