"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";

export function SignOutButton() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  async function signOut() {
    setBusy(true);
    // Loaded on click: the auth client is not needed to show a page.
    const { authClient } = await import("@/lib/auth-client");
    await authClient.signOut();
    router.push("/");
    router.refresh();
  }
  return (
    <button className="btn btn-ghost" disabled={busy} onClick={() => void signOut()}>
      {busy ? "Signing out…" : "Sign out"}
    </button>
  );
}
