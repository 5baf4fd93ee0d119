// `node --conditions=react-server --import tsx bench/profile-pan.ts <n>`: what JavaScript runs while the map pans, in Clash and in bare
// React Flow on the same generated map (#17 item 2: nothing may run per frame that bare does not).
// Needs a bench build and database (`npm run bench` once; BENCH_SKIP_BUILD reuses them). Prints
// the self time per function of a CPU profile taken during the bench's own pan motion, and how
// many DOM mutations happened inside argument nodes (a re-rendered node that changed nothing
// leaves none; a node that repainted its content leaves some). PROFILE_MOTION=zoom profiles the
// bench's wheel motion through every overview level instead of the pan.
import type { CDPSession, Page } from "@playwright/test";
import { startApp, BASE } from "./suites/app-server";
import { startBareServer } from "./browser/bare-server";
import { launch, newContext, openMap, pan } from "./browser/measure";
import { zoomThroughLevels } from "./browser/semantic";

const N = Number(process.argv[2] ?? 100);
const BARE_PORT = 3801;
const { DEMO_USER } = await import("@/prisma/seed-lib");
const { db } = await import("@/lib/server/db");
void db;

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
};

async function profilePan(page: Page, cdp: CDPSession) {
  await page.evaluate(() => {
    const w = window as unknown as { __mut: number; __mo: MutationObserver };
    w.__mut = 0;
    w.__mo = new MutationObserver((ms) => {
      for (const m of ms)
        if (
          (m.target as Element).closest?.(".react-flow__node") ||
          m.target.parentElement?.closest(".react-flow__node")
        )
          w.__mut++;
    });
    w.__mo.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  const frames = process.env.PROFILE_MOTION === "zoom" ? await zoomThroughLevels(page) : await pan(page);
  const { profile } = (await cdp.send("Profiler.stop")) as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  const mut = await page.evaluate(() => (window as unknown as { __mut: number }).__mut);
  const byNode = new Map<number, number>();
  profile.samples.forEach((id, i) => byNode.set(id, (byNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFn = new Map<string, number>();
  for (const n of profile.nodes) {
    const t = byNode.get(n.id) ?? 0;
    const f = n.callFrame;
    const key = `${f.functionName || "(anon)"} ${f.url.split("/").pop()}:${f.lineNumber}`;
    byFn.set(key, (byFn.get(key) ?? 0) + t);
  }
  const total = [...byFn.entries()]
    .filter(([k]) => !/^\((idle|program|garbage collector)\)/.test(k))
    .reduce((s, [, t]) => s + t, 0);
  const gc = [...byFn.entries()].filter(([k]) => k.startsWith("(garbage")).reduce((s, [, t]) => s + t, 0);
  // Inclusive time per function (itself and what it calls, counted once per stack), for
  // PROFILE_TREE=1: which of the app's functions the self times above run under.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const inclusive = new Map<string, number>();
  const walk = (id: number, onStack: Set<string>): number => {
    const n = byId.get(id)!;
    const f = n.callFrame;
    const key = `${f.functionName || "(anon)"} ${f.url.split("/").pop()}:${f.lineNumber}`;
    const inner = new Set(onStack).add(key);
    let t = byNode.get(id) ?? 0;
    for (const c of n.children ?? []) t += walk(c, inner);
    if (!onStack.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + t);
    return t;
  };
  walk(profile.nodes[0]!.id, new Set());
  return {
    frames,
    tree: [...inclusive.entries()]
      .filter(([k]) => !/^\((root|idle|program)\)/.test(k) && !/^(anon|\(anon\)) :/.test(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 40)
      .map(([k, t]) => `${(t / 1000).toFixed(1)} ms  ${k}`),
    jsMs: total / 1000,
    gcMs: gc / 1000,
    mutations: mut,
    top: [...byFn.entries()]
      .filter(([k]) => !/^\((idle|program)\)/.test(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([k, t]) => `${(t / 1000).toFixed(1)} ms  ${k}`),
  };
}

const app = await startApp();
const bare = await startBareServer(BARE_PORT);
const browser = await launch();
try {
  const r = await fetch(`${BASE}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: BASE },
    body: JSON.stringify({ email: DEMO_USER.email, password: DEMO_USER.password }),
  });
  const cookie = r.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const list = (await (await fetch(`${BASE}/api/debates`, { headers: { cookie } })).json()) as
    { debates?: { id: string; title: string }[] } | { id: string; title: string }[];
  const debates = Array.isArray(list) ? list : (list.debates ?? []);
  const id =
    debates.find((d) => d.title.includes(N.toLocaleString("en-US")) || d.title.includes(String(N)))?.id ??
    process.env.DEBATE_ID;
  if (!id) throw new Error(`no bench debate of ${N}: ${JSON.stringify(debates.map((d) => d.title))}`);
  // Bare shows the region Clash opened on, in a map box of Clash's size (as bench/suites/browser.ts).
  let vp = "";
  for (const [label, ck] of [
    ["clash", cookie],
    ["bare", null],
  ] as const) {
    const url = label === "clash" ? `${BASE}/debates/${id}` : `http://127.0.0.1:${BARE_PORT}/?n=${N}&vp=${vp}`;
    const ctx = await newContext(browser);
    if (ck)
      await ctx.addCookies(
        ck
          .split("; ")
          .map((c) => ({ name: c.slice(0, c.indexOf("=")), value: c.slice(c.indexOf("=") + 1), url: BASE })),
      );
    const o = await openMap(ctx, url);
    if (!o) throw new Error(`${label} did not open`);
    const cdp = await ctx.newCDPSession(o.page);
    await o.page.waitForTimeout(1500);
    if (label === "clash") {
      const v = await o.page.evaluate<{ x: number; y: number; zoom: number; w: number; h: number }>(
        "window.__bench.viewport()",
      );
      vp = [v.x, v.y, v.zoom, v.w, v.h].join(",");
    }
    for (let i = 0; i < 2; i++) {
      const p = await profilePan(o.page, cdp);
      console.log(
        `\n${label} @ ${N} run ${i + 1}: ${JSON.stringify(p.frames)} · JS ${p.jsMs.toFixed(0)} ms · GC ${p.gcMs.toFixed(0)} ms · mutations in nodes ${p.mutations}`,
      );
      for (const l of p.top) console.log("   ", l);
      if (process.env.PROFILE_TREE === "1") {
        console.log("  inclusive:");
        for (const l of p.tree) console.log("   ", l);
      }
    }
    await ctx.close();
  }
} finally {
  await browser.close();
  bare.close();
  app.kill();
}
