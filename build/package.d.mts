/** Types for build/package.mjs, so the packaging tests call the same checks `npm run package` makes. */
export declare function pinnedElectron(): { version: string; checksums: Record<string, string> };
export declare function requestedTargets(args: string[], hostPlatform?: string, hostArch?: string): { platform: string; arch: string }[];
export declare function electronCacheRoot(env?: NodeJS.ProcessEnv, platform?: string, home?: string): string;
export declare function electronZipUrl(version: string, zipName: string, env?: NodeJS.ProcessEnv): string;
export declare function electronCachePath(url: string, zipName: string, root: string): string;
export declare function checkElectronDist(dist: string, version: string, zipName: string, checksums: Record<string, string>, platform: string): string | null;
export declare function electronSourceProblem(args: string[], env?: NodeJS.ProcessEnv): Promise<string | null>;
