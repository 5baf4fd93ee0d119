// The card's labels live with its size model, which measures them (lib/domain/card-size.ts).
export { humanize, KIND_LABEL, SIDE_LABEL } from "@/lib/domain/card-size";
