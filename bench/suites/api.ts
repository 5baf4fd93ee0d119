// api-graph and the API half of edit: HTTP against the running production server, from this
// process, sequentially (one user); baselines are the same rows read, or one row updated, with
// better-sqlite3 in a process of its own on the same database file.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { PACK_HEADER, PACKING } from "@/lib/domain/packing";
import { resultOf, run } from "../lib/child";
import { type Row } from "../lib/results";
import { figure, percentile, failed, median, type Figure } from "../lib/stats";
import { BASE, DB_FILE } from "./app-server";

const ROUNDS = 3;
const PER_ROUND = 30;
const EDITS_PER_ROUND = 100;
type Rounds = { p50: number[]; p95: number[]; bytes: number };

/** Warm up, then ROUNDS rounds of PER_ROUND calls; each round reduced to p50 and p95. */
async function rounds(call: (i: number) => Promise<number>): Promise<Rounds> {
  return (await inTurns([call], 5))[0]!;
}

/**
 * Calls measured in turns (a, b, a, b, …) after the same warm-up, so all see the same load and the
 * same warmth of the server: a target that compares two of them (PATCH p95 against the
 * empty-route floor) is then a ratio of one moment, not of two (the floor measured after the
 * PATCH rounds had been warmed by them; at the first size the PATCH path was still cold).
 */
async function inTurns(
  calls: ((i: number) => Promise<number>)[],
  warmUp: number,
  perRound = PER_ROUND,
): Promise<Rounds[]> {
  for (let i = 0; i < warmUp; i++) for (const call of calls) await call(-1 - i);
  const out: Rounds[] = calls.map(() => ({ p50: [], p95: [], bytes: 0 }));
  for (let r = 0, k = 0; r < ROUNDS; r++) {
    const ms: number[][] = calls.map(() => []);
    for (let i = 0; i < perRound; i++, k++) {
      for (const [j, call] of calls.entries()) {
        const t = performance.now();
        out[j]!.bytes = await call(k);
        ms[j]!.push(performance.now() - t);
      }
    }
    for (const [j, xs] of ms.entries()) {
      out[j]!.p50.push(percentile(xs, 50));
      out[j]!.p95.push(percentile(xs, 95));
    }
  }
  return out;
}

async function raw(mode: "read" | "update", debateId: string): Promise<Rounds | null> {
  const r = await run(
    process.execPath,
    [
      "bench/baselines/raw-sql.mjs",
      mode,
      DB_FILE,
      debateId,
      String(ROUNDS),
      String(mode === "update" ? EDITS_PER_ROUND : PER_ROUND),
    ],
    { quiet: true },
  );
  return resultOf<Rounds>(r.out);
}

const pair = (c: Rounds, b: Rounds | null, key: "p50" | "p95", name: string): [Figure, Figure & { name: string }] => [
  figure(c[key], "ms"),
  { name, ...(b ? figure(b[key], "ms") : failed("did not run")) },
];

const execFileP = promisify(execFile);

/**
 * ROUNDS rounds of PER_ROUND GETs of `url` by curl, one process a round, on one kept-alive
 * connection as a browser's: the server's answer, timed by a native client. Node's fetch as the
 * client adds its own tail (assembling and collecting 4–17 MB bodies in the bench's heap: p95 34–47
 * ms against curl's 6–8 ms for the same 4.4 MB answers from the same server, 2026-12-04), so it
 * measured the bench more than the route. Null when curl is missing.
 */
async function curlRounds(url: string, cookie: string, headers: string[] = []): Promise<Rounds | null> {
  const once = async (calls: number) => {
    const args = ["-sS", "--fail", "-H", `Cookie: ${cookie}`, "-w", "%{time_total} %{size_download}\\n"];
    for (const h of headers) args.push("-H", h);
    for (let i = 0; i < calls; i++) args.push("-o", "/dev/null", url);
    const { stdout } = await execFileP("curl", args, { maxBuffer: 1 << 20 });
    return stdout
      .trim()
      .split("\n")
      .map((line) => line.split(" ").map(Number) as [number, number]);
  };
  try {
    await once(5);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw e;
  }
  const out: Rounds = { p50: [], p95: [], bytes: 0 };
  for (let r = 0; r < ROUNDS; r++) {
    const calls = await once(PER_ROUND);
    const ms = calls.map(([s]) => s * 1000);
    out.bytes = calls.at(-1)![1];
    out.p50.push(percentile(ms, 50));
    out.p95.push(percentile(ms, 95));
  }
  return out;
}

/** GET /api/debates/{id}: warm p50/p95 and bytes, against a raw read of the same rows + JSON.stringify. */
export async function apiGraph(n: number, debateId: string, cookie: string): Promise<Row[]> {
  const url = `${BASE}/api/debates/${debateId}`;
  const byFetch = await rounds(async () => {
    const r = await fetch(url, { headers: { Cookie: cookie } });
    if (!r.ok) throw new Error(`GET ${r.status}`);
    return (await r.arrayBuffer()).byteLength;
  });
  const byCurl = await curlRounds(url, cookie);
  // As the map's page asks for it (lib/domain/packing.ts): the cached graph packed once, then bytes.
  const packed = byCurl && (await curlRounds(url, cookie, [`${PACK_HEADER}: ${PACKING}`]));
  const clash = byCurl ?? byFetch;
  const client = byCurl ? "curl, one kept-alive connection" : "Node's fetch (curl is missing)";
  const base = await raw("read", debateId);
  const name = "raw SQL read + JSON.stringify";
  const N = n.toLocaleString("en-US");
  const [c95, b95] = pair(clash, base, "p95", name);
  const at5k = n === 5_000;
  return [
    {
      bench: "api-graph",
      what: "GET /api/debates/{id}, warm p50",
      n: N,
      clash: figure(clash.p50, "ms"),
      baseline: pair(clash, base, "p50", name)[1],
      target: "—",
      met: null,
      note: `client: ${client}`,
    },
    {
      bench: "api-graph",
      what: "GET /api/debates/{id}, warm p95",
      n: N,
      clash: c95,
      baseline: b95,
      target: at5k ? "≤ 15 ms and ≤ 1.5× raw" : "—",
      met: at5k ? c95.median <= 15 && c95.median / b95.median <= 1.5 : null,
      note: `client: ${client}`,
    },
    ...(byCurl
      ? [
          {
            bench: "api-graph",
            what: "GET /api/debates/{id}, warm p95, Node's fetch as the client (the bench's own heap included)",
            n: N,
            clash: figure(byFetch.p95, "ms"),
            baseline: b95,
            target: "—",
            met: null,
          },
        ]
      : []),
    {
      bench: "api-graph",
      what: "GET /api/debates/{id}, response size",
      n: N,
      clash: figure([clash.bytes], "bytes"),
      baseline: { name, ...(base ? figure([base.bytes], "bytes") : failed("did not run", "bytes")) },
      target: "—",
      met: null,
    },
    ...(packed
      ? [
          {
            bench: "api-graph",
            what: "GET /api/debates/{id} packed (as the map's page asks for it), warm p50",
            n: N,
            clash: figure(packed.p50, "ms"),
            baseline: { name: "the same GET, plain JSON", ...figure(clash.p50, "ms") },
            target: "—",
            met: null,
            note: `client: ${client}`,
          },
          {
            bench: "api-graph",
            what: "GET /api/debates/{id} packed, response size",
            n: N,
            clash: figure([packed.bytes], "bytes"),
            baseline: { name: "the same GET, plain JSON", ...figure([clash.bytes], "bytes") },
            target: "—",
            met: null,
          },
        ]
      : []),
  ];
}

/** PATCH /api/nodes/{id} (a title, with the version read first), against a raw single-row UPDATE. */
export async function apiEdit(n: number, debateId: string, cookie: string): Promise<Row[]> {
  const headers = { Cookie: cookie, "Content-Type": "application/json", Origin: BASE };
  const graph = (await (await fetch(`${BASE}/api/debates/${debateId}`, { headers })).json()) as {
    nodes: { id: string; version: number }[];
  };
  const nodes = graph.nodes.slice(0, 50);
  const phases = new Map<string, number[]>();
  const patch = async (i: number) => {
    const node = nodes[(i + nodes.length * 10) % nodes.length]!;
    const r = await fetch(`${BASE}/api/nodes/${node.id}`, {
      method: "PATCH",
      headers,
      body: JSON.stringify({ version: node.version, title: `API edit ${i}` }),
    });
    if (!r.ok) throw new Error(`PATCH ${r.status}: ${await r.text()}`);
    for (const [name, ms] of serverTimings(r.headers.get("server-timing"))) {
      if (!phases.has(name)) phases.set(name, []);
      phases.get(name)!.push(ms);
    }
    node.version = ((await r.json()) as { version: number }).version;
    return 0;
  };
  // The floor under any API call: a Next route doing one SELECT 1 (no session, no JSON body).
  const health = async () => {
    const r = await fetch(`${BASE}/api/health`);
    if (!r.ok) throw new Error(`health ${r.status}`);
    return (await r.arrayBuffer()).byteLength;
  };
  // 100 a round, not 30: a p95 of 30 is their second-slowest, one pause of the server's GC (after
  // the browser benchmarks' big graphs) away from either side of the target; of 100, the sixth.
  const [clash, floor] = (await inTurns([patch, health], 20, EDITS_PER_ROUND)) as [Rounds, Rounds];
  const base = await raw("update", debateId);
  const [c50, b50] = pair(clash, base, "p50", "raw single-row UPDATE");
  const [c95, b95] = pair(clash, base, "p95", "raw single-row UPDATE");
  const N = n.toLocaleString("en-US");
  return [
    {
      bench: "edit",
      what: "PATCH /api/nodes/{id} p50 (SQLite)",
      n: N,
      clash: c50,
      baseline: b50,
      target: "—",
      met: null,
    },
    {
      bench: "edit",
      what: "floor: GET /api/health (a Next route, one SELECT 1) p95",
      n: N,
      clash: figure(floor.p95, "ms"),
      baseline: b95,
      target: "—",
      met: null,
    },
    {
      bench: "edit",
      what: "PATCH /api/nodes/{id} p95 (SQLite)",
      n: N,
      clash: c95,
      baseline: { name: "floor (GET /api/health) p95", ...figure(floor.p95, "ms") },
      target: "≤ floor + 3 ms",
      met: c95.median <= median(floor.p95) + 3,
    },
    {
      bench: "edit",
      what: "PATCH breakdown on the server, median per phase (Server-Timing)",
      n: N,
      clash: figure(phases.get("total") ?? [], "ms"),
      baseline: null,
      target: "—",
      met: null,
      note: [...phases]
        .filter(([name]) => name !== "total")
        .map(([name, xs]) => `${name} ${median(xs).toFixed(2)} ms`)
        .join(", "),
    },
  ];
}

/** `session;dur=0.41, body;dur=0.05, …` → [["session", 0.41], …]. */
function serverTimings(header: string | null): [string, number][] {
  if (!header) return [];
  return header.split(",").flatMap((part) => {
    const m = /^\s*([\w-]+);dur=([\d.]+)/.exec(part);
    return m ? [[m[1]!, Number(m[2])] as [string, number]] : [];
  });
}
