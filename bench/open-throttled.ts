// `npx tsx bench/open-throttled.ts <Mbit/s> <rtt ms> <label>=<map url> [<label>=<map url> …]`: how
// long a map takes to open (navigation → every card on screen visible) through a network of that
// speed and latency (Chromium's own throttling, over CDP), for two or more servers in turns. The
// bench's other opens run over localhost, where the graph's bytes cost nothing to move; this is
// the open as a user on tournament Wi-Fi or a home line sees it. Static assets are warm (a second
// visit, as a returning user's), the graph is fetched each time. Signs in on each origin as the
// demo account (the bench's debates are private); OPEN_RUNS visits per side (default 5).
import { chromium } from "@playwright/test";
import config from "../playwright.config";
import { signInContext } from "./suites/app-server";
import { median } from "./lib/stats";

const [mbps, rtt] = [Number(process.argv[2]), Number(process.argv[3])];
const sides = process.argv.slice(4).map((a) => {
  const i = a.indexOf("=");
  return { label: a.slice(0, i), url: a.slice(i + 1) };
});
if (!(mbps > 0) || !(rtt >= 0) || sides.length === 0) {
  console.error("usage: npx tsx bench/open-throttled.ts <Mbit/s> <rtt ms> <label>=<map url> …");
  process.exit(2);
}
const RUNS = Number(process.env.OPEN_RUNS ?? 5);
const TIMEOUT_MS = 120_000;

const browser = await chromium.launch({
  executablePath: config.use?.launchOptions?.executablePath ?? "/usr/bin/chromium",
});
const times = new Map(sides.map((s) => [s.label, [] as number[]]));
for (let r = 0; r < RUNS; r++) {
  for (const side of sides) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await signInContext(context, side.url);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    const bytesPerSecond = (mbps * 1e6) / 8;
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: rtt,
      downloadThroughput: bytesPerSecond,
      uploadThroughput: bytesPerSecond,
    });
    const shown = () =>
      page.waitForFunction(
        () => {
          const els = document.querySelectorAll<HTMLElement>(".react-flow__node");
          return els.length > 0 && [...els].every((e) => e.style.visibility !== "hidden");
        },
        null,
        { timeout: TIMEOUT_MS, polling: 16 },
      );
    await page.goto(side.url);
    await shown();
    const t = Date.now();
    await page.goto(side.url);
    await shown();
    times.get(side.label)!.push(Date.now() - t);
    await context.close();
  }
}
await browser.close();
console.log(`${mbps} Mbit/s, ${rtt} ms round trip, ${RUNS} visits each:`);
for (const [label, xs] of times) {
  console.log(`  ${label}: ${Math.round(median(xs))} ms (${Math.min(...xs)}–${Math.max(...xs)})`);
}
