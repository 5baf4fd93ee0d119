// The bare React Flow baseline page: bundled once with esbuild (a production build of the same
// React and React Flow the app ships), served with the generated graph data by a small static server.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";
import { build } from "esbuild";
import { DATA_DIR } from "../generate";

const OUT = "bench/.out/bare";
const HTML = `<!doctype html><html><head><meta charset="utf-8"><title>bare React Flow</title>
<link rel="stylesheet" href="/style.css"><style>html,body,#root{margin:0;width:100%;height:100%}</style></head>
<body><div id="root"></div><script type="module" src="/bare.js"></script></body></html>`;

export async function startBareServer(port: number): Promise<Server> {
  await build({
    entryPoints: ["bench/browser/bare.tsx"],
    outfile: path.join(OUT, "bare.js"),
    bundle: true,
    minify: true,
    format: "esm",
    target: "chrome120",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "warning",
  });
  const files: Record<string, () => { type: string; body: Buffer | string; cache: boolean }> = {
    "/": () => ({ type: "text/html", body: HTML, cache: false }),
    "/bare.js": () => ({ type: "text/javascript", body: readFileSync(path.join(OUT, "bare.js")), cache: true }),
    "/style.css": () => ({
      type: "text/css",
      body: readFileSync("node_modules/@xyflow/react/dist/style.css"),
      cache: true,
    }),
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const data = /^\/data\/(\d+)\.flow\.json$/.exec(url.pathname);
    const file = data
      ? { type: "application/json", body: readFileSync(path.join(DATA_DIR, `${data[1]}.flow.json`)), cache: false }
      : files[url.pathname]?.();
    if (!file) return void res.writeHead(404).end();
    // Script and styles cache like the app's hashed chunks; the data is fetched afresh like the app's page.
    res.writeHead(200, { "Content-Type": file.type, "Cache-Control": file.cache ? "max-age=3600" : "no-store" });
    res.end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return server;
}
