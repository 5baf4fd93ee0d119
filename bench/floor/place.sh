#!/bin/bash
# Put the floor page (floor-map.tsx) at /floor?n=<size>&vp=… for a local build, with the generated
# map's data from bench/.out/data (npm run bench writes it); `bash bench/floor/place.sh remove`
# takes it out again. Never committed in app/: it is a measuring page, not part of Clash.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "${1:-}" = remove ]; then rm -rf app/floor public/floor; exit 0; fi
mkdir -p app/floor public/floor
cp bench/floor/floor-map.tsx bench/floor/page.tsx app/floor/
cp bench/.out/data/*.flow.json public/floor/
