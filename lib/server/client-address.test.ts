import { describe, expect, it, vi } from "vitest";

// loadEnv caches the environment once per module graph: set it before the first import.
vi.stubEnv("CLASH_TRUSTED_PROXIES", "10.0.0.0/8, 2001:db8:ffff::/48");
const { clientAddress } = await import("./client-address");

const h = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff });

describe("clientAddress behind trusted proxies", () => {
  it.each([
    ["203.0.113.7", "203.0.113.7"],
    ["203.0.113.7, 10.1.2.3", "203.0.113.7"], // the proxy's own hop is skipped
    ["198.51.100.1, 203.0.113.7, 10.1.2.3", "203.0.113.7"], // a forged left-most entry is ignored
    ["::ffff:203.0.113.7", "203.0.113.7"],
    ["2001:db8:1:2:3:4:5:6", "2001:0db8:0001:0002::/64"], // IPv6 by its /64
    ["2001:db8::1, 2001:db8:ffff::5", "2001:0db8:0000:0000::/64"],
  ])("%j is client %j", (xff, expected) => {
    expect(clientAddress(h(xff))).toBe(expected);
  });

  it.each([[undefined], [""], ["10.0.0.1"], ["not-an-ip, 10.0.0.1"], ["203.0.113.7, junk"]])(
    "%j gives no trusted address",
    (xff) => {
      expect(clientAddress(h(xff))).toBeNull();
    },
  );
});
