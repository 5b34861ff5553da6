import { TEST_TOOLS, findTool } from '../../build/test-tools.mjs';

/**
 * Null when the Debian package's tool is here; otherwise the one-line reason a test
 * that needs it gives for skipping (what it needs, and how to install it).
 */
export function missingToolReason(pkg: string): string | null {
  if (findTool(pkg)) return null;
  const tool = TEST_TOOLS.find((t) => t.pkg === pkg);
  return `${pkg} is not installed (npm run setup:test, or sudo apt-get install -y ${pkg}); needed for ${tool?.needs ?? 'this test'}.`;
}
