"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { DebateSummaryDto } from "@/lib/domain/schemas";
import { api, ApiError } from "@/lib/client/api";

/**
 * "Make a copy": a reader who does not own this debate takes its map into a private debate of
 * their own (POST /api/debates/{id}/copy) and lands on it, free to change it.
 */
export function CopyDebateButton({ debateId }: { debateId: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function copy() {
    setBusy(true);
    setError(null);
    try {
      const d = await api<DebateSummaryDto>(`/api/debates/${encodeURIComponent(debateId)}/copy`, { method: "POST" });
      router.push(`/debates/${d.id}`);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : "could not copy the debate");
      setBusy(false);
    }
  }
  return (
    <>
      <button
        className="btn"
        onClick={() => void copy()}
        disabled={busy}
        title="Copy this map into a private debate of your own, to change as you like"
        data-testid="copy-debate"
      >
        {busy ? "Copying…" : "Make a copy"}
      </button>
      {busy && (
        <span className="visually-hidden" role="status">
          Copying the debate
        </span>
      )}
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
