import Link from "next/link";
import type { SessionUser } from "@/lib/server/auth-guard";
import { SignOutButton } from "./sign-out-button";
import { SignInLinks } from "./sign-in-links";

/** The top bar: brand, optional breadcrumb, and who is signed in. */
export function SiteHeader({ user, children }: { user: SessionUser | null; children?: React.ReactNode }) {
  return (
    <header className="site-header">
      {/* Not prefetched: a prefetch renders the home page on the server (its debate list) while the
          page that was opened is still hydrating (bench/open-trace.md). */}
      <Link href="/" className="brand" aria-label="Clash home" prefetch={false}>
        <span className="brand-mark" aria-hidden>
          ⟷
        </span>{" "}
        Clash
      </Link>
      <div className="header-middle">{children}</div>
      <nav className="header-user" aria-label="Account">
        {user ? (
          <>
            <span className="user-name" data-testid="current-user">
              {user.name}
            </span>
            <SignOutButton />
          </>
        ) : (
          <SignInLinks />
        )}
      </nav>
    </header>
  );
}
