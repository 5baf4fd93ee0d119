"use client";
import Link from "next/link";
import { useState } from "react";
import { api, ApiError } from "@/lib/client/api";

/**
 * Join a seminar by its code: signed in, with one's account; otherwise with a display name, which
 * works when the instructor allows guests.
 */
export function JoinForm({ initialCode = "", user }: { initialCode?: string; user: { name: string } | null }) {
  const [code, setCode] = useState(initialCode);
  const [name, setName] = useState("");
  const [error, setError] = useState<{ message: string; signIn: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const r = await api<{ seminarId: string }>("/api/seminars/join", {
        method: "POST",
        body: { code, ...(user ? {} : { name }) },
      });
      window.location.assign(`/seminars/${encodeURIComponent(r.seminarId)}`);
    } catch (err) {
      const e = err instanceof ApiError ? err : new ApiError(0, "network", "that did not work");
      setError({
        message: `${e.message.charAt(0).toUpperCase()}${e.message.slice(1)}.`,
        signIn: e.status === 401 || (e.status === 403 && /signed-in/.test(e.message)),
      });
      setBusy(false);
    }
  };
  const here = `/s/${encodeURIComponent(code.trim())}`;
  return (
    <form className="auth-form card join-form" onSubmit={(e) => void submit(e)} aria-label="Join a seminar">
      <h1>Join a seminar</h1>
      <label>
        Code
        <input
          className="code-input"
          value={code}
          onChange={(e) => setCode(e.target.value.toUpperCase())}
          placeholder="XXXXX-XXXXX"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          required
          maxLength={20}
          data-autofocus={!initialCode || undefined}
        />
      </label>
      {user ? (
        <p className="hint">
          You join as <strong>{user.name}</strong>.
        </p>
      ) : (
        <>
          <label>
            Your name
            <input
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder="As your class knows you"
              maxLength={40}
              autoComplete="nickname"
              autoFocus={!!initialCode}
            />
          </label>
          <p className="hint">
            Guests join with just a name when the instructor allows it. Have an account?{" "}
            <Link href={`/sign-in?next=${encodeURIComponent(here)}`}>Sign in</Link> first.
          </p>
        </>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error.message} {error.signIn && <Link href={`/sign-in?next=${encodeURIComponent(here)}`}>Sign in</Link>}
        </p>
      )}
      <button className="btn btn-primary" type="submit" disabled={busy || !code.trim() || (!user && !name.trim())}>
        {busy ? "Joining…" : "Join"}
      </button>
    </form>
  );
}
