// `npx tsx bench/open-renders.ts <label>=<map url> [<label>=<map url> …]`: how much React renders
// while a map opens, counted (not timed, so a loaded machine does not blur it): every commit until
// the bench probe's "interactive" moment, the components that rendered in it, and how many times
// the argument cards (the function component around each `data-testid="arg-node"`) rendered.
// Read through React's DevTools hook, which production builds call too. TRACE_SIGN_IN=1 signs in
// as the demo account. bench/open-trace.md (session 7) keeps the reading.
import { readFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import config from "../playwright.config";
import { signIn } from "./suites/app-server";

const PROBE = readFileSync("bench/browser/probe.js", "utf8");

/** A stand-in DevTools hook: per commit, the components that did work, and the cards among them. */
const HOOK = `(() => {
  const commits = (window.__commits = []);
  let id = 0;
  let last = new Set();
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject(r) { this.renderers.set(++id, r); return id; },
    onScheduleFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    checkDCE() {},
    onCommitFiberRoot(_, root) {
      let rendered = 0, cards = 0, cardMounts = 0;
      const seen = new Set();
      // A subtree React skipped keeps its fiber objects (and their old flags) from the last
      // commit: only a fiber this commit made (not in the last commit's tree) can have run now.
      const walk = (f) => {
        for (; f; f = f.sibling) {
          seen.add(f);
          // PerformedWork (1): the component ran in this commit.
          const ran = !last.has(f) && typeof f.type === "function" && (f.flags & 1) === 1;
          if (ran) rendered++;
          if (ran && f.child && f.child.memoizedProps && f.child.memoizedProps["data-testid"] === "arg-node") {
            cards++;
            if (f.alternate === null) cardMounts++;
          }
          if (f.child) walk(f.child);
        }
      };
      walk(root.current.child);
      last = seen;
      commits.push({ t: Math.round(performance.now()), rendered, cards, cardMounts });
    },
  };
})()`;

type Commit = { t: number; rendered: number; cards: number; cardMounts: number };

const browser = await chromium.launch({ ...config.use?.launchOptions, headless: true });
for (const arg of process.argv.slice(2)) {
  const i = arg.indexOf("=");
  const [label, url] = [arg.slice(0, i), arg.slice(i + 1)];
  const context = await browser.newContext({ viewport: config.use?.viewport ?? { width: 1440, height: 900 } });
  await context.addInitScript({ content: PROBE });
  await context.addInitScript({ content: HOOK });
  if (process.env.TRACE_SIGN_IN === "1") {
    const origin = new URL(url).origin;
    const cookie = await signIn(origin);
    await context.addCookies(
      cookie.split("; ").map((c) => {
        const j = c.indexOf("=");
        return { name: c.slice(0, j), value: c.slice(j + 1), url: origin };
      }),
    );
  }
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "commit" });
  let ready: { t: number } | null = null;
  for (let k = 0; k < 240 && !ready; k++) {
    await page.waitForTimeout(250);
    ready = await page.evaluate<{ t: number } | null>("window.__bench && window.__bench.ready(1000)");
  }
  const commits = (await page.evaluate<Commit[]>("window.__commits")).filter((c) => !ready || c.t <= ready.t + 1000);
  const sum = (k: keyof Commit) => commits.reduce((s, c) => s + c[k], 0);
  console.log(
    `${label}: ${commits.length} commits to interactive + its quiet second (${ready ? Math.round(ready.t) : "—"} ms), ` +
      `${sum("rendered")} component renders, argument cards rendered ${sum("cards")} times (${sum("cardMounts")} mounts)`,
  );
  if (process.env.ALL_COMMITS)
    for (const c of commits) console.log(`  ${c.t} ms: ${c.rendered} components, ${c.cards} cards`);
  else
    for (const c of commits)
      if (c.rendered > 20) console.log(`  ${c.t} ms: ${c.rendered} components, ${c.cards} cards`);
  await context.close();
}
await browser.close();
process.exit(0);
