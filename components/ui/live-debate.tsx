"use client";
import type { DebateDto } from "@/lib/domain/schemas";
import { roleAtLeast } from "@/lib/domain/vocabulary";
import { EditorProvider } from "@/lib/client/editor/editor-context";
import { ReaderProvider } from "@/lib/client/reader/reader-context";
import { useLiveUpdates } from "@/lib/client/live/use-live-updates";

function Live({ id, seq }: { id: string; seq: number }) {
  useLiveUpdates(id, seq);
  return null;
}

/** One debate's editor store kept live (the outline and focus views: what others change shows at once). */
export function LiveDebate({ debate, children }: { debate: DebateDto; children: React.ReactNode }) {
  return (
    <EditorProvider debate={debate} canEdit={roleAtLeast(debate.role, "editor")}>
      <ReaderProvider sources={debate.sources}>
        <Live id={debate.id} seq={debate.seq} />
        {children}
      </ReaderProvider>
    </EditorProvider>
  );
}
