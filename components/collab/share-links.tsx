"use client";
import { useCallback, useEffect, useState } from "react";
import type { ShareLinkDto } from "@/lib/domain/schemas";
import { api, ApiError } from "@/lib/client/api";
import { NewLinkNotice } from "./new-link-notice";
import { ShareLinkRow } from "./share-link-row";

const EXPIRY: [label: string, days: number | null][] = [
  ["1 day", 1],
  ["7 days", 7],
  ["30 days", 30],
  ["Never", null],
];
type Created = { link: ShareLinkDto; url: string };

/** The owner's share links: create one (role and expiry), see it once, list and revoke them. */
export function ShareLinks({ debateId }: { debateId: string }) {
  const base = `/api/debates/${encodeURIComponent(debateId)}/links`;
  const [links, setLinks] = useState<ShareLinkDto[] | null>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fail = (err: unknown) => setError(err instanceof ApiError ? err.message : "that did not work");

  useEffect(() => {
    api<{ links: ShareLinkDto[] }>(base).then((r) => setLinks(r.links), fail);
  }, [base]);

  const create = async (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const days = (f.get("expiry") as string | null) ?? "";
    setBusy(true);
    setError(null);
    try {
      const r = await api<Created>(base, {
        method: "POST",
        body: { role: f.get("role"), expiresInDays: days === "never" ? null : Number(days) },
      });
      setCreated(r);
      setLinks((ls) => [r.link, ...(ls ?? [])]);
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };

  const revoke = useCallback(async (id: string) => {
    setError(null);
    try {
      await api(`/api/links/${id}`, { method: "DELETE" });
      setLinks((ls) => (ls ?? []).map((l) => (l.id === id ? { ...l, revokedAt: new Date().toISOString() } : l)));
    } catch (err) {
      fail(err);
    }
  }, []);

  return (
    <section className="share-links stack" aria-label="Share links" data-testid="share-links">
      <h3>Links</h3>
      <p className="hint">
        A link lets anyone who has it join with the role you pick. Revoking it ends that access at once.
      </p>
      <form className="row share-link-form" onSubmit={(e) => void create(e)} aria-label="Create a share link">
        <label className="inline-field">
          Role
          <select name="role" defaultValue="viewer">
            <option value="viewer">Can view</option>
            <option value="commenter">Can comment</option>
            <option value="editor">Can edit</option>
          </select>
        </label>
        <label className="inline-field">
          Expires after
          <select name="expiry" defaultValue="7">
            {EXPIRY.map(([label, days]) => (
              <option key={label} value={days ?? "never"}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button className="btn" type="submit" disabled={busy}>
          {busy ? "Creating…" : "Create link"}
        </button>
      </form>
      {created && <NewLinkNotice url={created.url} role={created.link.role} onDone={() => setCreated(null)} />}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {links === null ? (
        !error && <p className="muted small">Loading…</p>
      ) : links.length === 0 ? (
        <p className="muted small">No links yet.</p>
      ) : (
        <ul className="share-link-list" aria-label="Existing links">
          {links.map((l) => (
            <ShareLinkRow key={l.id} link={l} onRevoke={revoke} />
          ))}
        </ul>
      )}
    </section>
  );
}
