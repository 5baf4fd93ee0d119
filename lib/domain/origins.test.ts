import { describe, expect, it } from "vitest";
import { loopbackAliases } from "./origins";

describe("loopbackAliases", () => {
  it("names the same loopback address and port otherwise, and nothing for a real host", () => {
    expect(loopbackAliases("http://localhost:3000")).toEqual(["http://127.0.0.1:3000", "http://[::1]:3000"]);
    expect(loopbackAliases("http://127.0.0.1:8080/")).toEqual(["http://localhost:8080", "http://[::1]:8080"]);
    expect(loopbackAliases("https://localhost")).toEqual(["https://127.0.0.1", "https://[::1]"]);
    expect(loopbackAliases("https://clash.example.org")).toEqual([]);
    expect(loopbackAliases("http://localhost.example.org:3000")).toEqual([]);
  });
});
