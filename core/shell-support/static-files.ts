import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_FILE_TYPES } from '../../contract/content-files';

/** The built renderer's own file types, plus every type a walkthrough folder may hold (the contract's table). */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ico': 'image/x-icon',
  ...CONTENT_FILE_TYPES,
};

export function contentType(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Resolves a URL path inside `root`, refusing anything that escapes it
 * (`..`, encoded separators, absolute paths). Returns null when not a file.
 */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = path.resolve(root);
  const resolved = path.resolve(base, '.' + path.posix.normalize('/' + decoded));
  if (resolved !== base && !resolved.startsWith(base + path.sep)) return null;
  try {
    return fs.statSync(resolved).isFile() ? resolved : null;
  } catch {
    return null;
  }
}
