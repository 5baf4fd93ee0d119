"use client";
import { useReactFlow } from "@xyflow/react";
import { useEffect, useRef } from "react";

/** Frame the map again, animated, whenever `key` changes after the first render (a filter, a reveal). */
export function useFitOnChange(key: unknown, options: { padding: number; delayMs: number }) {
  const rf = useReactFlow();
  const first = useRef(true);
  const { padding, delayMs } = options;
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // A beat later, so the nodes that appeared or vanished are measured first.
    const t = setTimeout(() => void rf.fitView({ padding, maxZoom: 1, duration: 300 }), delayMs);
    return () => clearTimeout(t);
  }, [key, rf, padding, delayMs]);
}
