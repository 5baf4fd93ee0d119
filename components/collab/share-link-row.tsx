"use client";
import { memo, useState } from "react";
import type { ShareLinkDto } from "@/lib/domain/schemas";
import { relativeTime, timeUntil } from "@/lib/client/collab/relative-time";

const ROLE = { editor: "Can edit", commenter: "Can comment", viewer: "Can view" } as const;

function stateOf(l: ShareLinkDto): { text: string; live: boolean } {
  if (l.revokedAt) return { text: `Revoked ${relativeTime(l.revokedAt)}`, live: false };
  const until = timeUntil(l.expiresAt);
  if (until === "expired") return { text: "Expired", live: false };
  return { text: until === "never" ? "Never expires" : `Expires ${until}`, live: true };
}

/** One share link: its role, expiry, how many joined through it, and Revoke (asks first). */
function ShareLinkRowImpl({ link, onRevoke }: { link: ShareLinkDto; onRevoke: (id: string) => Promise<void> }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const state = stateOf(link);
  const revoke = async () => {
    setBusy(true);
    try {
      await onRevoke(link.id);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };
  return (
    <li
      className={`share-link${state.live ? "" : " is-dead"}`}
      data-testid="share-link"
      data-state={link.revokedAt ? "revoked" : state.live ? "active" : "expired"}
    >
      <div className="row spread">
        <span className="row">
          <span className={`badge role-${link.role}`}>{ROLE[link.role]}</span>
          <span className="small">{state.text}</span>
        </span>
        {!link.revokedAt && (
          <span className="muted small" data-testid="share-link-members">
            {link.members} {link.members === 1 ? "person" : "people"} joined
          </span>
        )}
      </div>
      <div className="row spread">
        <span className="muted small">Created {relativeTime(link.createdAt)}</span>
        {state.live && !confirming && (
          <button type="button" className="btn btn-ghost small" onClick={() => setConfirming(true)}>
            Revoke
          </button>
        )}
      </div>
      {confirming && (
        <div className="share-link-confirm row" role="group" aria-label="Confirm revoke">
          <span className="small">
            Revoke this link? It stops working at once
            {link.members
              ? `, and the ${link.members} ${link.members === 1 ? "person" : "people"} who joined through it lose access`
              : ""}
            .
          </span>
          <button type="button" className="btn small" onClick={() => setConfirming(false)} disabled={busy}>
            Cancel
          </button>
          <button type="button" className="btn btn-danger small" onClick={() => void revoke()} disabled={busy}>
            {busy ? "Revoking…" : "Revoke link"}
          </button>
        </div>
      )}
    </li>
  );
}

export const ShareLinkRow = memo(ShareLinkRowImpl);
