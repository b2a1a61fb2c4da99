import type { NextConfig } from "next";

// The same options as the app's next.config.ts, so the two builds differ only in the page.
const nextConfig: NextConfig = {
  output: "export",
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
};

export default nextConfig;
