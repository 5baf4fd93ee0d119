import type { NodeDto } from "@/lib/domain/schemas";

/** "internal-link" → "internal link". */
export const humanize = (v: string) => v.replaceAll("-", " ");

export const SIDE_LABEL: Record<NodeDto["side"], string> = { aff: "Aff", neg: "Neg", neutral: "Neutral" };
export const KIND_LABEL: Record<NodeDto["kind"], string> = {
  claim: "Claim",
  rebuttal: "Rebuttal",
  evidence: "Evidence",
  argument: "Argument",
};
