"use client";
import { useEffect, useState } from "react";
import type { DebateSummaryDto, MemberDto } from "@/lib/domain/schemas";
import type { Visibility } from "@/lib/domain/vocabulary";
import { api, ApiError } from "@/lib/client/api";
import { ShareLinks } from "@/components/collab/share-links";

/** Owner's sharing controls: visibility, named people with their roles, and share links. */
export function ShareForm({ debate, onChange }: { debate: DebateSummaryDto; onChange: (d: DebateSummaryDto) => void }) {
  const [members, setMembers] = useState<MemberDto[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api<{ members: MemberDto[] }>(`/api/debates/${debate.id}/members`).then(
      (r) => setMembers(r.members),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, [debate.id]);

  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : "that did not work");
    } finally {
      setBusy(false);
    }
  };

  const setVisibility = (visibility: Visibility) =>
    run(async () => {
      const d = await api<DebateSummaryDto>(`/api/debates/${debate.id}`, {
        method: "PATCH",
        body: { version: debate.version, visibility },
      });
      onChange({ ...d, role: debate.role });
    });

  const add = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    return run(async () => {
      const m = await api<MemberDto>(`/api/debates/${debate.id}/members`, {
        method: "POST",
        body: { email: f.get("email"), role: f.get("role") },
      });
      setMembers((ms) => [...(ms ?? []).filter((x) => x.userId !== m.userId), m]);
      // Only the e-mail is cleared: the next person added (a class of viewers) keeps the role
      // chosen for the last one, which went back to Editor.
      const email = form.elements.namedItem("email");
      if (email instanceof HTMLInputElement) email.value = "";
    });
  };

  // The members route sets the role of someone already in (by e-mail), as it adds a new person.
  const setRole = (m: MemberDto, role: RoleChoice) =>
    run(async () => {
      const updated = await api<MemberDto>(`/api/debates/${debate.id}/members`, {
        method: "POST",
        body: { email: m.email, role },
      });
      setMembers((ms) => (ms ?? []).map((x) => (x.userId === updated.userId ? updated : x)));
    });

  const remove = (userId: string) =>
    run(async () => {
      await api(`/api/debates/${debate.id}/members/${userId}`, { method: "DELETE" });
      setMembers((ms) => (ms ?? []).filter((x) => x.userId !== userId));
    });

  return (
    <div className="stack share-form">
      <fieldset className="stack" disabled={busy}>
        <legend>Who can read it</legend>
        <label className="radio">
          <input
            type="radio"
            name="visibility"
            checked={debate.visibility === "private"}
            onChange={() => void setVisibility("private")}
          />
          Private — only the people below
        </label>
        <label className="radio">
          <input
            type="radio"
            name="visibility"
            checked={debate.visibility === "public"}
            onChange={() => void setVisibility("public")}
          />
          Public — anyone with the address can read it
        </label>
      </fieldset>
      <h3>People</h3>
      {members === null ? (
        <p className="muted small">Loading…</p>
      ) : (
        <ul className="members" aria-label="Members">
          {members.map((m) => (
            <li key={m.userId} className="row spread">
              <span>
                {m.name} <span className="muted small">{m.email}</span>
              </span>
              <span className="row">
                {m.role === "owner" ? (
                  <span className="badge">owner</span>
                ) : (
                  <select
                    value={m.role}
                    disabled={busy}
                    aria-label={`Role of ${m.name}`}
                    onChange={(e) => void setRole(m, e.target.value as RoleChoice)}
                  >
                    <RoleOptions />
                  </select>
                )}
                {m.role !== "owner" && (
                  <button
                    className="btn btn-ghost small"
                    onClick={() => void remove(m.userId)}
                    aria-label={`Remove ${m.name}`}
                  >
                    Remove
                  </button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      <form className="row" onSubmit={(e) => void add(e)} aria-label="Add a person">
        <input name="email" type="email" required placeholder="colleague@school.edu" aria-label="Email" />
        <select name="role" defaultValue="editor" aria-label="Role">
          <RoleOptions />
        </select>
        <button className="btn btn-primary" type="submit" disabled={busy}>
          Add
        </button>
      </form>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <ShareLinks debateId={debate.id} />
    </div>
  );
}

type RoleChoice = "editor" | "commenter" | "viewer";

function RoleOptions() {
  return (
    <>
      <option value="editor">Editor</option>
      <option value="commenter">Commenter</option>
      <option value="viewer">Viewer</option>
    </>
  );
}
