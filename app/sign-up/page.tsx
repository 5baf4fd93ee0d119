import { Suspense } from "react";
import { AuthForm } from "@/components/ui/auth-form";
import { SiteHeader } from "@/components/ui/site-header";

export const metadata = { title: "Sign up — Clash" };

export default function SignUpPage() {
  return (
    <>
      <SiteHeader user={null} />
      <main className="auth-page">
        <Suspense>
          <AuthForm mode="sign-up" />
        </Suspense>
      </main>
    </>
  );
}
