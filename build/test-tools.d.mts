/** Types for build/test-tools.mjs, so the TypeScript tests ask the same list the setup step installs from. */
export interface TestTool {
  /** The Debian package that provides it. */
  pkg: string;
  /** What skips without it, for the skip message. */
  needs: string;
  /** Where it is, or null when absent. */
  find(): string | null;
}
export declare const TEST_TOOLS: readonly TestTool[];
export declare function findTool(pkg: string): string | null;
export declare function missingTools(): TestTool[];
export declare function installer(): string[] | null;
