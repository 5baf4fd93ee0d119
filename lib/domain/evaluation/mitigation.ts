import type { EvalNode } from "./context";

/**
 * Impact defence reduces an impact without refuting it ("only a few hundred fighters"): its edge
 * is not an attack that can refute; while it stands, the argument it answers is "mitigated".
 */
export const isMitigation = (source: EvalNode) => source.responseType === "impact-defense";
