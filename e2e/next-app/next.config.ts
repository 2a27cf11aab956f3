import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';

// The packed packages sit in this app's node_modules, but React and TanStack Query resolve from
// the workspace root's, so the root is where Turbopack and file tracing must look.
const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));

const nextConfig: NextConfig = {
  turbopack: { root: workspaceRoot },
  outputFileTracingRoot: workspaceRoot,
};

// Next.js reads its config from the default export.
export default nextConfig;
