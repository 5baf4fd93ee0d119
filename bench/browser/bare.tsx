// The baseline page: bare-flow.tsx's React Flow map in a static page, bundled by
// bench/browser/bare-server.ts with esbuild against the app's own React and React Flow.
import { createRoot } from "react-dom/client";
import type { FlowData } from "../generate";
import { BareFlow, bareView } from "./bare-flow";

const n = new URLSearchParams(location.search).get("n");
const data = (await (await fetch(`/data/${n}.flow.json`)).json()) as FlowData;
createRoot(document.getElementById("root")!).render(<BareFlow data={data} {...bareView(location.search)} />);
