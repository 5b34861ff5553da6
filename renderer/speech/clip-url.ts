export function clipUrl(f: string): string { return f; } // TEMP STUB
