"use client";
import { useRef, useState } from "react";

/** A link just created: shown this once, with Copy, and a plain warning that it will not be shown again. */
export function NewLinkNotice({ url, role, onDone }: { url: string; role: string; onDone: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    input.current?.select();
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // No clipboard permission: the text is selected, so Ctrl+C still works.
      setCopied(false);
    }
  };
  return (
    <div className="new-link stack" data-testid="new-link" role="status">
      <p className="new-link-lead">
        New {role} link. Anyone signed in who opens it can join this debate as{" "}
        {role === "editor" ? "an editor" : `a ${role}`}.
      </p>
      <div className="row new-link-row">
        <input
          ref={input}
          readOnly
          value={url}
          aria-label="Share link"
          onFocus={(e) => e.currentTarget.select()}
          data-testid="new-link-url"
        />
        <button type="button" className="btn btn-primary" onClick={() => void copy()}>
          {copied ? "Copied" : "Copy"}
        </button>
      </div>
      <p className="new-link-warning">
        <strong>Copy it now:</strong> for safety Clash keeps only a fingerprint of the link, so it will not be shown
        again. If it is lost, revoke it and create another.
      </p>
      <button type="button" className="link-button small" onClick={onDone}>
        Done
      </button>
    </div>
  );
}
