"use client";
import { useReactFlow } from "@xyflow/react";
import { useEffect, useRef } from "react";
import type { NodeDto } from "@/lib/domain/schemas";
import { fitArguments } from "./fit-map";

/** Frame the map again, animated, whenever `key` changes after the first render (a filter, a reveal). */
export function useFitOnChange(key: unknown, options: { padding: number; delayMs: number; nodes?: () => NodeDto[] }) {
  // React Flow hands out a new instance object once its viewport is ready: only `key` may trigger
  // a fit, or every big map would zoom itself out right after opening on its root argument.
  const instance = useReactFlow();
  const rf = useRef(instance);
  useEffect(() => {
    rf.current = instance;
  }, [instance]);
  const first = useRef(true);
  const { padding, delayMs } = options;
  const nodes = useRef(options.nodes);
  useEffect(() => {
    nodes.current = options.nodes;
  });
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // A beat later, so the nodes that appeared or vanished are measured first.
    const t = setTimeout(() => {
      const list = nodes.current?.();
      if (list) fitArguments(rf.current, list, { padding });
      else void rf.current.fitView({ padding, maxZoom: 1, duration: 300 });
    }, delayMs);
    return () => clearTimeout(t);
  }, [key, padding, delayMs]);
}
