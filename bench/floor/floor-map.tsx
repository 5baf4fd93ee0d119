"use client";
// The "Next.js floor" (bench/open-trace.md, session 25): the bare baseline's map
// (bench/browser/bare-flow.tsx) rendered as a page of this app (its root layout and stylesheets,
// Next's runtime and hydration) instead of a static file and one bundle. What it costs over bare
// is the framework's share of the 100-argument open; what Clash costs over it is Clash's.
// `bash bench/floor/place.sh` puts it at /floor for a build.
import { useEffect, useState } from "react";
import type { FlowData } from "@/bench/generate";
import { BareFlow, bareView, type BareView } from "@/bench/browser/bare-flow";

export function FloorMap() {
  const [state, setState] = useState<({ data: FlowData } & BareView) | null>(null);
  useEffect(() => {
    const n = new URLSearchParams(location.search).get("n");
    void fetch(`/floor/${n}.flow.json`)
      .then((r) => r.json())
      .then((data: FlowData) => setState({ data, ...bareView(location.search) }));
  }, []);
  return state ? <BareFlow {...state} /> : null;
}
