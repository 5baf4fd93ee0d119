"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { DebateSummaryDto } from "@/lib/domain/schemas";
import { api, ApiError } from "@/lib/client/api";
import { Dialog } from "./dialog";
import { ResolutionField } from "./resolution-field";

export function NewDebateButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button className="btn btn-primary" onClick={() => setOpen(true)}>
        New debate
      </button>
      <Dialog open={open} onClose={() => setOpen(false)} title="New debate">
        <NewDebateForm />
      </Dialog>
    </>
  );
}

function NewDebateForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const d = await api<DebateSummaryDto>("/api/debates", {
        method: "POST",
        body: {
          title: f.get("title"),
          resolution: f.get("resolution"),
          description: f.get("description"),
          visibility: f.get("visibility"),
          resolutionClaim: true,
        },
      });
      // The map opens on the resolution's claim, its title field focused to fill in or refine.
      router.push(`/debates/${d.id}?start=resolution`);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : "could not create the debate");
      setBusy(false);
    }
  }
  return (
    <form className="stack" onSubmit={(e) => void onSubmit(e)}>
      <label>
        Title
        <input name="title" required maxLength={200} placeholder="e.g. Arms sales to the Gulf" />
      </label>
      <ResolutionField />
      <label>
        Description
        <textarea name="description" maxLength={5000} rows={3} />
      </label>
      <label>
        Visibility
        <select name="visibility" defaultValue="private">
          <option value="private">Private — only people you share it with</option>
          <option value="public">Public — anyone can read it</option>
        </select>
      </label>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button className="btn btn-primary" type="submit" disabled={busy}>
        {busy ? "Creating…" : "Create debate"}
      </button>
    </form>
  );
}
