import type { EvalNode } from "./context";

/** The comparisons a judge expects: magnitude, probability, timeframe, reversibility. */
export const WEIGHING_DIMENSIONS = ["magnitude", "probability", "timeframe", "reversibility"] as const;

/** A weighing argument: role "weighing" (attached to the impact it weighs by supports or extends). */
export const isWeighing = (n: EvalNode) => n.role === "weighing";

/** Which dimensions a weighing argument names in its title ("outweighs on magnitude and timeframe"). */
export function dimensionsOf(title: string): string[] {
  const t = title.toLowerCase();
  return WEIGHING_DIMENSIONS.filter((d) => t.includes(d) || (d === "timeframe" && t.includes("time frame")));
}
