import fs from 'node:fs';
import path from 'node:path';
import { Walkthrough } from '../../contract/walkthrough';

export interface ContentProblem {
  file: string;
  /** Dotted path of the bad field, or '' when the file itself is unreadable. */
  field: string;
  message: string;
}

export interface LoadedContent {
  walkthroughs: Walkthrough[];
  problems: ContentProblem[];
}

/**
 * Reads every walkthrough file in a folder. A broken file is reported by name and
 * field and skipped: one bad file from a content pack must never stop the kiosk.
 */
export function loadWalkthroughs(folder: string): LoadedContent {
  const walkthroughs: Walkthrough[] = [];
  const problems: ContentProblem[] = [];
  let files: string[];
  try {
    files = fs.readdirSync(folder).filter((f) => f.endsWith('.json')).sort();
  } catch (err) {
    return { walkthroughs, problems: [{ file: folder, field: '', message: (err as Error).message }] };
  }
  const seen = new Set<string>();
  for (const file of files) {
    const result = parseWalkthroughFile(path.join(folder, file));
    if (!result.ok) {
      problems.push(...result.problems.map((p) => ({ ...p, file })));
      continue;
    }
    if (seen.has(result.walkthrough.id)) {
      problems.push({ file, field: 'id', message: `duplicate walkthrough id "${result.walkthrough.id}"` });
      continue;
    }
    seen.add(result.walkthrough.id);
    walkthroughs.push(result.walkthrough);
  }
  walkthroughs.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return { walkthroughs, problems };
}

export function parseWalkthroughFile(
  file: string,
): { ok: true; walkthrough: Walkthrough } | { ok: false; problems: Omit<ContentProblem, 'file'>[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    return { ok: false, problems: [{ field: '', message: `not readable JSON: ${(err as Error).message}` }] };
  }
  const parsed = Walkthrough.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message })),
    };
  }
  return { ok: true, walkthrough: parsed.data };
}
