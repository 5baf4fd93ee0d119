import type { Metadata } from "next";
import "./globals.css";
import "@xyflow/react/dist/style.css";

// Every page renders per request so it carries that request's CSP nonce (see proxy.ts).
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Clash — map the debate",
  description: "Map policy debates: claims, rebuttals and evidence cards anchored to their sources.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
