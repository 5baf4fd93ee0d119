"use client";
import { readableCard } from "@/lib/domain/read-mode";
import { useEditor } from "@/lib/client/editor/editor-context";
import { useWpm } from "@/lib/client/speech/speech-prefs";
import { ReadModeCard, WpmInput } from "./read-mode-view";

/** The inspector's read mode of one card: what is said aloud, and how long it takes at the user's rate. */
export function CardReadMode({ id }: { id: string }) {
  const n = useEditor((s) => s.nodes[id]);
  const wpm = useWpm();
  if (!n) return null;
  return (
    <details className="card-read-mode" data-testid="card-read-mode">
      <summary>Read mode</summary>
      <ReadModeCard card={readableCard(n)} wpm={wpm} />
      <WpmInput />
    </details>
  );
}
