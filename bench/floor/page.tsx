import { FloorMap } from "./floor-map";
export default function Floor() {
  return <FloorMap />;
}
