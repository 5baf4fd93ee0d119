"use client";
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { authClient } from "@/lib/auth-client";
import { safeNextPath } from "@/lib/domain/safe-next";

/** Sign-in and sign-up share one form; sign-up adds a name. */
export function AuthForm({ mode }: { mode: "sign-in" | "sign-up" }) {
  const router = useRouter();
  const params = useSearchParams();
  const next = safeNextPath(params.get("next"));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const email = ((f.get("email") as string | null) ?? "").trim();
    const password = (f.get("password") as string | null) ?? "";
    setBusy(true);
    setError(null);
    const res =
      mode === "sign-up"
        ? await authClient.signUp.email({
            email,
            password,
            name: ((f.get("name") as string | null) ?? "").trim() || email.split("@")[0]!,
          })
        : await authClient.signIn.email({ email, password });
    if (res.error) {
      setBusy(false);
      setError(
        res.error.status === 429
          ? "Too many attempts; wait a minute and try again."
          : /invalid origin/i.test(res.error.message ?? "")
            ? // The server trusts only the address it was set up for (BETTER_AUTH_URL): say so.
              `Clash is set up for another address than ${window.location.origin}, so it refuses to sign you in here. Open it at the address it was set up for (BETTER_AUTH_URL), or add this one to CLASH_TRUSTED_ORIGINS.`
            : (res.error.message ?? "That did not work."),
      );
      return;
    }
    // Sign-up answers the same for a new and a taken e-mail (no account enumeration): whether
    // it signed us in tells us which, and only to someone who typed that account's password.
    if (mode === "sign-up" && !(await authClient.getSession()).data) {
      setBusy(false);
      setError("Could not sign you in with that e-mail and password. If you already have an account, sign in instead.");
      return;
    }
    setBusy(false);
    // Checked again against the real origin right before it is followed.
    router.push(safeNextPath(next, window.location.origin));
    router.refresh();
  }

  return (
    <form
      className="auth-form card"
      onSubmit={(e) => void onSubmit(e)}
      aria-label={mode === "sign-in" ? "Sign in" : "Sign up"}
    >
      <h1>{mode === "sign-in" ? "Sign in to Clash" : "Create your Clash account"}</h1>
      {mode === "sign-up" && (
        <label>
          Name
          <input name="name" autoComplete="name" required maxLength={100} />
        </label>
      )}
      <label>
        Email
        <input name="email" type="email" autoComplete="email" required maxLength={254} />
      </label>
      <label>
        Password
        <input
          name="password"
          type="password"
          autoComplete={mode === "sign-in" ? "current-password" : "new-password"}
          required
          minLength={mode === "sign-up" ? 12 : undefined}
          maxLength={128}
        />
      </label>
      {mode === "sign-up" && (
        <p className="hint">
          At least 12 characters: a few words make a good password. Common and breached passwords are refused.
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button className="btn btn-primary" type="submit" disabled={busy}>
        {busy ? "Please wait…" : mode === "sign-in" ? "Sign in" : "Sign up"}
      </button>
      <p className="hint">
        {mode === "sign-in" ? (
          <>
            New here? <Link href={`/sign-up?next=${encodeURIComponent(next)}`}>Create an account</Link>
          </>
        ) : (
          <>
            Have an account? <Link href={`/sign-in?next=${encodeURIComponent(next)}`}>Sign in</Link>
          </>
        )}
      </p>
    </form>
  );
}
