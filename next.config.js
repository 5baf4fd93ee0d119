// @ts-check
// Parse the environment once at start-up so a bad configuration fails fast (create-t3-app habit).
import { loadEnv } from "./lib/env.js";

const env = loadEnv();

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A second build dir lets a preview build run beside the test server without replacing its files.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // piscina starts worker threads from a file path at run time: it must stay a real Node package.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "piscina"],
  // Only when asked: a webpack hook makes Next refuse the default (Turbopack) build.
  ...(env.CLASH_UNMINIFIED === "on" && {
    /** @type {NonNullable<import('next').NextConfig["webpack"]>} */
    webpack(config, { isServer }) {
      if (!isServer) {
        config.optimization.minimize = false;
        // Module ids as paths: a profile or a chunk then says which file a function came from.
        config.optimization.moduleIds = "named";
      }
      return config;
    },
  }),
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
