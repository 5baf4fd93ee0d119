import "server-only";
import { BlockList, isIP } from "node:net";
import { loadEnv } from "@/lib/env";

let proxies: BlockList | null | undefined;
/** CLASH_TRUSTED_PROXIES as a BlockList of addresses and CIDR ranges (null: none configured). */
function trustedProxies(): BlockList | null {
  if (proxies !== undefined) return proxies;
  const entries = loadEnv()
    .CLASH_TRUSTED_PROXIES.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (!entries.length) return (proxies = null);
  const list = new BlockList();
  for (const e of entries) {
    const [addr = "", prefix] = e.split("/");
    const type = isIP(addr) === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(addr, type);
    else list.addSubnet(addr, Number(prefix), type);
  }
  return (proxies = list);
}

/** An IPv6 client is keyed by its /64 (one host can rotate through a whole /64 at will). */
function keyOf(ip: string): string {
  if (isIP(ip) !== 6) return ip;
  const [head = "", tail = ""] = ip.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = ip.includes("::")
    ? [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.padStart(4, "0"))
    .join(":")}::/64`;
}

/**
 * The client's address, only when it can be trusted: with CLASH_TRUSTED_PROXIES set, the
 * X-Forwarded-For chain is read from the right, skipping the trusted proxies, and the first other
 * hop is the client. Without it, null: Next keeps an X-Forwarded-For the client sent itself, so
 * believing it would let one client pose as many (or as somebody else).
 */
export function clientAddress(headers: Headers): string | null {
  const list = trustedProxies();
  if (!list) return null;
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
    const v = isIP(hop);
    if (!v) return null;
    if (list.check(hop, v === 6 ? "ipv6" : "ipv4")) continue;
    return keyOf(hop);
  }
  return null;
}
