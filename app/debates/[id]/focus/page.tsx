import { FocusView } from "@/components/focus-mode/focus-view";
import { liveDebatePage, loadDebate } from "../open-debate";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const debate = await loadDebate(id).catch(() => null);
  return { title: debate ? `Focus: ${debate.title} — Clash` : "Focus — Clash" };
}

/** Focus mode: one argument with what it answers, its supports and its attacks (`?node=` picks it). */
export default async function FocusPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ node?: string | string[] }>;
}) {
  const { id } = await params;
  const { node } = await searchParams;
  return liveDebatePage(id, `/debates/${id}/focus`, (debate) => (
    <FocusView debateId={debate.id} initial={typeof node === "string" ? node : null} />
  ));
}
