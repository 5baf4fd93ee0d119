import { roleAtLeast } from "@/lib/domain/vocabulary";
import { EditorProvider } from "@/lib/client/editor/editor-context";
import { SiteHeader } from "@/components/ui/site-header";
import { DebateMenu } from "@/components/ui/debate-menu";
import { FlowView } from "@/components/flow-view/flow-view";
import { SendToSpeechKey } from "@/components/speech-docs/send-to-speech";
import { loadDebate, openDebate } from "../open-debate";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const debate = await loadDebate(id).catch(() => null);
  return { title: debate ? `Flow: ${debate.title} — Clash` : "Flow — Clash" };
}

/** The flow sheet of a debate: the same graph as its map, one column per speech. */
export default async function FlowPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const opened = await openDebate(id, `/debates/${id}/flow`, loadDebate);
  if ("refused" in opened) return opened.refused;
  const { debate, user } = opened;
  const { nodes: _n, edges: _e, sources: _s, ...summary } = debate;
  return (
    <div className="debate-page">
      <SiteHeader user={user}>
        <DebateMenu debate={summary} />
      </SiteHeader>
      <EditorProvider debate={debate} canEdit={roleAtLeast(debate.role, "editor")}>
        <FlowView debate={{ id: debate.id, title: debate.title }} />
        <SendToSpeechKey debateId={debate.id} />
      </EditorProvider>
    </div>
  );
}
