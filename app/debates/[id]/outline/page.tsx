import { OutlineView } from "@/components/outline/outline-view";
import { SkipToOutline } from "@/components/outline/skip-to-outline";
import { liveDebatePage, loadDebate } from "../open-debate";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const debate = await loadDebate(id).catch(() => null);
  return { title: debate ? `Outline: ${debate.title} — Clash` : "Outline — Clash" };
}

/** The outline of a debate: its map as a keyboard- and screen-reader-friendly tree, kept live. */
export default async function OutlinePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return liveDebatePage(
    id,
    `/debates/${id}/outline`,
    (debate) => <OutlineView debateId={debate.id} title={debate.title} />,
    <SkipToOutline />,
  );
}
