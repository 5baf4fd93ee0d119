import { NextResponse, type NextRequest } from "next/server";
import { isDecodablePath } from "@/lib/domain/url-path";

/**
 * A fresh nonce per page request and a strict Content-Security-Policy built on it. Next reads the
 * nonce from the request's CSP header and puts it on its own scripts. This proxy only sets
 * headers: it is not an authorization boundary (that lives in lib/server).
 */
export function proxy(request: NextRequest) {
  // A malformed %-escape (`/s/%`) makes decodeURIComponent throw inside the render: a 400 here.
  if (!isDecodablePath(new URL(request.url).pathname)) {
    return new NextResponse("Bad request: the address has a malformed %-escape.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const dev = process.env.NODE_ENV !== "production";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React Flow positions nodes with inline style attributes.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    // Layout runs in a Web Worker; without this, 'strict-dynamic' would decide for workers too.
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Pages only: API routes answer JSON, and static assets carry no script.
  matcher: [
    {
      source: "/((?!api|_next/static|_next/image|icon.svg|favicon.ico).*)",
      missing: [{ type: "header", key: "next-router-prefetch" }],
    },
  ],
};
