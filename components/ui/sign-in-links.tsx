"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

/** Sign in / Sign up that come back to the page they were pressed on (a debate, a seminar). */
export function SignInLinks() {
  const path = usePathname();
  // From the auth pages themselves (or home) there is nowhere better to return to than home.
  const back = path && path !== "/" && !path.startsWith("/sign-") ? `?next=${encodeURIComponent(path)}` : "";
  return (
    <>
      <Link href={`/sign-in${back}`} className="btn btn-ghost">
        Sign in
      </Link>
      <Link href={`/sign-up${back}`} className="btn btn-primary">
        Sign up
      </Link>
    </>
  );
}
