"use client";
import type { DebateSummaryDto } from "@/lib/domain/schemas";
import { roleAtLeast } from "@/lib/domain/vocabulary";
import { EditorProvider } from "@/lib/client/editor/editor-context";
import { ReaderProvider } from "@/lib/client/reader/reader-context";
import { useRef } from "react";
import { useLiveUpdates } from "@/lib/client/live/use-live-updates";
import { useFlowGraph } from "@/lib/client/flowsheet/use-flow-graph";
import { GraphLoading } from "@/components/ui/graph-loading";
import { SendToSpeechKey } from "@/components/speech-docs/send-to-speech";
import type { FlowCarry } from "@/lib/client/flowsheet/flow-ui";
import { FlowView } from "./flow-view";

function Live({ id, seq }: { id: string; seq: number }) {
  useLiveUpdates(id, seq);
  return null;
}

/**
 * The flow page's graph, loaded in the browser from the flow's own data route (see useFlowGraph),
 * in an editor store without React Flow's lists, kept live like the map: what others change shows.
 * A big debate's first threads show first, read-only, in a store of their own; the whole sheet
 * then takes over with the reader's selection, scroll and filters.
 */
export function FlowLoader({ summary }: { summary: DebateSummaryDto }) {
  const capture = useRef<(() => FlowCarry) | null>(null);
  const { loaded, retry, headPainted } = useFlowGraph(summary, capture);
  const debate = { id: summary.id, title: summary.title };
  if (loaded && "debate" in loaded) {
    return (
      <EditorProvider
        key="whole"
        debate={loaded.debate}
        canEdit={roleAtLeast(loaded.debate.role, "editor")}
        reactFlow={false}
      >
        <ReaderProvider sources={loaded.debate.sources}>
          <Live id={summary.id} seq={loaded.debate.seq} />
          <FlowView debate={debate} carry={loaded.carry} />
          <SendToSpeechKey debateId={summary.id} />
        </ReaderProvider>
      </EditorProvider>
    );
  }
  if (loaded && "head" in loaded) {
    return (
      <EditorProvider key="head" debate={loaded.head} canEdit={false} reactFlow={false}>
        <ReaderProvider sources={[]}>
          <FlowView debate={debate} rest={loaded.rest} capture={{ into: capture, painted: headPainted }} />
        </ReaderProvider>
      </EditorProvider>
    );
  }
  return (
    <GraphLoading
      what="flow"
      count={summary.nodeCount}
      error={loaded && "error" in loaded ? loaded.error : undefined}
      onRetry={retry}
      testId="flow-loading"
    />
  );
}
