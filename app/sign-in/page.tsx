import { Suspense } from "react";
import { AuthForm } from "@/components/ui/auth-form";
import { SiteHeader } from "@/components/ui/site-header";

export const metadata = { title: "Sign in — Clash" };

export default function SignInPage() {
  return (
    <>
      <SiteHeader user={null} />
      <main className="auth-page">
        <Suspense>
          <AuthForm mode="sign-in" />
        </Suspense>
      </main>
    </>
  );
}
