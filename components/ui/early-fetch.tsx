import { headers } from "next/headers";
import { earlyFetchScript } from "@/lib/client/early-fetch";

/**
 * The page's inline script that starts reading a big API body (packed) while the app's scripts
 * load, under the request's CSP nonce; the app takes the bytes with fetchJsonEarly.
 */
export async function EarlyFetch({ path }: { path: string }) {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: earlyFetchScript(path) }} />;
}
