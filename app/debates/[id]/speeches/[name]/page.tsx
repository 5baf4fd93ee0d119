import { SiteHeader } from "@/components/ui/site-header";
import { SpeechDocView } from "@/components/speech-docs/speech-doc-view";
import { SpeechName } from "@/lib/domain/speech-doc-schemas";
import { roleAtLeast } from "@/lib/domain/vocabulary";
import { getSpeechDoc } from "@/lib/server/speech-docs/get-speech-doc";
import { notFound } from "next/navigation";
import { loadDebateHead, openDebate } from "../../open-debate";

export const dynamic = "force-dynamic";

type Params = Promise<{ id: string; name: string }>;

function speechName(raw: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  const r = SpeechName.safeParse(decoded);
  return r.success ? r.data : null;
}

export async function generateMetadata({ params }: { params: Params }) {
  const { name } = await params;
  return { title: `${speechName(name) ?? "Speech"} speech document — Clash` };
}

/**
 * A speech document: the cards and analytics of one speech in reading order. Editors reorder,
 * annotate and mark it; viewers (a share link for the room) read it, in read mode and in print.
 */
export default async function SpeechDocPage({ params }: { params: Params }) {
  const { id, name: raw } = await params;
  const name = speechName(raw);
  if (!name) notFound();
  const opened = await openDebate(id, `/debates/${id}/speeches/${encodeURIComponent(name)}`, loadDebateHead);
  if ("refused" in opened) return opened.refused;
  const { debate, user } = opened;
  const doc = await getSpeechDoc({ user, debateId: id, name });
  return (
    <div className="debate-page">
      <SiteHeader user={user} />
      <SpeechDocView initial={doc} debateTitle={debate.title} canEdit={roleAtLeast(debate.role, "editor")} />
    </div>
  );
}
