import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import type { Db } from '../storage/database';
import type { Clock } from '../clock';
import type { PointCalendar } from '../calendar';
import { isContentFile } from '../../contract/content-files';
import { LANGS } from '../../contract/labels';
import type { ContentPackEntry, ContentStatus, PackImportResult, PackProblem } from '../../contract/staff-dto';
import { ServiceError } from '../../contract/errors';
import { parseWalkthroughFile } from './load-walkthroughs';
import type { CatalogService } from './catalog';
import type { SettingsService } from '../settings';
import type { AuditLog } from '../audit';
import { asciiSlug } from '../ascii-slug';

/** What a pack may hold: walkthrough files, their pictures and recorded audio, and a read-me. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;
const MAX_PACK_BYTES = 200 * 1024 * 1024;
const MAX_FILES = 2000;

export interface PackFile {
  path: string;
  data: Uint8Array;
}

interface PackRow {
  id: number;
  folder: string;
  name: string;
  installed_at: string;
  walkthrough_count: number;
  file_count: number;
  active: number;
  rolled_back_at: string | null;
}

const packsRoot = (dataDir: string) => path.join(dataDir, 'content-packs');

function activeRow(db: Db): PackRow | undefined {
  return db.prepare<[], PackRow>('SELECT * FROM content_packs WHERE active = 1').get();
}

/** The folder the catalog reads: the content pack staff installed last (and did not roll back), else the shipped walkthroughs. */
export function activeContentFolder(db: Db, dataDir: string, shippedFolder: string): string {
  const row = activeRow(db);
  return row ? path.join(packsRoot(dataDir), row.folder) : shippedFolder;
}

/**
 * Walkthrough content packs from a USB stick: each pack is checked file by file
 * before anything changes, installed into its own folder under the data folder,
 * and made active; the one before it can be brought back.
 */
export class ContentPacks {
  private readonly root: string;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly calendar: PointCalendar,
    private readonly dataDir: string,
    /** The walkthroughs shipped with the app, used while no pack is installed. */
    private readonly shippedFolder: string,
    private readonly catalog: CatalogService,
    private readonly settings: SettingsService,
    private readonly audit: AuditLog,
  ) {
    this.root = packsRoot(dataDir);
  }

  /** The folder the catalog should read from now. */
  activeFolder(): string {
    return activeContentFolder(this.db, this.dataDir, this.shippedFolder);
  }

  status(): ContentStatus {
    const rows = this.db.prepare<[], PackRow>('SELECT * FROM content_packs ORDER BY id DESC').all();
    const active = rows.find((r) => r.active === 1);
    return {
      active: active ? toEntry(active) : null,
      packs: rows.map(toEntry),
      walkthroughs: this.catalog.all().map((w) => ({ id: w.id, code: w.code, title: w.title, sources: w.sources ?? [] })),
    };
  }

  importZip(name: string, zip: Uint8Array, actor: string): PackImportResult {
    let files: PackFile[];
    const problems: PackProblem[] = [];
    try {
      let total = 0;
      const entries = unzipSync(zip, {
        // Checked before inflating, so a zip bomb is refused rather than unpacked.
        filter: (f) => {
          total += f.originalSize;
          if (f.originalSize > MAX_FILE_BYTES) problems.push({ file: f.name, field: '', message: 'file is larger than 20 MB' });
          return f.originalSize <= MAX_FILE_BYTES && total <= MAX_PACK_BYTES;
        },
      });
      if (total > MAX_PACK_BYTES) problems.push({ file: name, field: '', message: 'pack is larger than 200 MB' });
      files = Object.entries(entries)
        .filter(([p]) => !p.endsWith('/'))
        .map(([p, data]) => ({ path: p, data }));
    } catch (err) {
      return this.refuse(name, [{ file: name, field: '', message: `not a readable zip file: ${(err as Error).message}` }], actor);
    }
    if (problems.length) return this.refuse(name, problems, actor);
    return this.importFiles(name, files, actor);
  }

  importFiles(name: string, input: readonly PackFile[], actor: string): PackImportResult {
    const { files, problems } = normalisePack(input);
    if (problems.length) return this.refuse(name, problems, actor);
    fs.mkdirSync(this.root, { recursive: true });
    const staging = path.join(this.root, `.staging-${crypto.randomBytes(6).toString('hex')}`);
    try {
      for (const f of files) {
        const target = path.join(staging, f.path);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, f.data);
      }
      const checked = validateStaged(staging, files);
      if (checked.problems.length) return this.refuse(name, checked.problems, actor);
      const stamp = this.clock.now().toISOString().replace(/[:.]/g, '-');
      const folder = `pack-${stamp}-${asciiSlug(name.replace(/\.zip$/i, ''), 'noi-dung')}`;
      fs.renameSync(staging, path.join(this.root, folder));
      const id = this.db.transaction(() => {
        this.db.prepare('UPDATE content_packs SET active = 0 WHERE active = 1').run();
        return Number(
          this.db
            .prepare('INSERT INTO content_packs (folder, name, installed_at, walkthrough_count, file_count, active) VALUES (?, ?, ?, ?, ?, 1)')
            .run(folder, name, this.clock.now().toISOString(), checked.walkthroughs, files.length).lastInsertRowid,
        );
      })();
      this.catalog.setFolder(this.activeFolder());
      const row = this.db.prepare<[number], PackRow>('SELECT * FROM content_packs WHERE id = ?').get(id);
      if (!row) throw new Error(`content pack ${id} is missing after its install`);
      this.audit.record(actor, 'content.import', { name, folder, walkthroughs: checked.walkthroughs, files: files.length });
      return { installed: true, pack: toEntry(row) };
    } finally {
      fs.rmSync(staging, { recursive: true, force: true });
    }
  }

  /** Back to the pack installed before the active one, or to the shipped content. */
  rollback(actor: string): ContentStatus {
    const current = activeRow(this.db);
    if (!current) throw new ServiceError('conflict', 'error.content_nothing_to_roll_back');
    const previous = this.db.prepare<[number], PackRow>('SELECT * FROM content_packs WHERE id < ? AND rolled_back_at IS NULL ORDER BY id DESC LIMIT 1').get(current.id);
    this.db.transaction(() => {
      this.db.prepare('UPDATE content_packs SET active = 0, rolled_back_at = ? WHERE id = ?').run(this.clock.now().toISOString(), current.id);
      if (previous) this.db.prepare('UPDATE content_packs SET active = 1 WHERE id = ?').run(previous.id);
    })();
    this.catalog.setFolder(this.activeFolder());
    this.audit.record(actor, 'content.rollback', { from: current.name, to: previous?.name ?? 'shipped' });
    return this.status();
  }

  /** The content in use as one zip, to carry to another point. */
  exportActive(actor: string): { name: string; base64: string; sha256: string } {
    const folder = this.activeFolder();
    const zippable: Zippable = {};
    for (const rel of listFiles(folder)) zippable[rel.split(path.sep).join('/')] = new Uint8Array(fs.readFileSync(path.join(folder, rel)));
    const zip = zipSync(zippable, { level: 6 });
    const day = this.calendar.today();
    const name = `noi-dung_${asciiSlug(this.settings.get().pointName)}_${day}.zip`;
    const sha256 = crypto.createHash('sha256').update(zip).digest('hex');
    this.audit.record(actor, 'content.export', { name, sha256, files: Object.keys(zippable).length });
    return { name, base64: Buffer.from(zip).toString('base64'), sha256 };
  }

  private refuse(name: string, problems: PackProblem[], actor: string): PackImportResult {
    this.audit.record(actor, 'content.import.refused', { name, problems: problems.length });
    return { installed: false, problems: problems.slice(0, 200) };
  }
}

function toEntry(r: PackRow): ContentPackEntry {
  return { id: r.id, name: r.name, installedAt: r.installed_at, walkthroughs: r.walkthrough_count, files: r.file_count, active: r.active === 1, rolledBack: r.rolled_back_at !== null };
}

/**
 * Checks names and sizes, and re-roots the pack on the folder holding the
 * walkthrough files (a zip often wraps everything in one top folder).
 */
export function normalisePack(input: readonly PackFile[]): { files: PackFile[]; problems: PackProblem[] } {
  const problems: PackProblem[] = [];
  const kept: PackFile[] = [];
  if (input.length > MAX_FILES) problems.push({ file: '', field: '', message: `more than ${MAX_FILES} files` });
  let total = 0;
  for (const f of input) {
    const p = f.path.replace(/\\/g, '/').replace(/^\.\//, '');
    const base = p.split('/').pop() ?? '';
    if (p.startsWith('/') || /^[a-zA-Z]:/.test(p) || p.split('/').some((part) => part === '..' || part === '.') || p.includes('\0')) {
      problems.push({ file: f.path, field: '', message: 'unsafe file path' });
      continue;
    }
    // Hidden files and OS litter (__MACOSX, .DS_Store, Thumbs.db) are skipped, not refused.
    if (p.split('/').some((part) => part.startsWith('.') || part === '__MACOSX') || base === 'Thumbs.db' || base === 'desktop.ini') continue;
    if (!isContentFile(p)) {
      problems.push({ file: p, field: '', message: 'this kind of file is not allowed in a content pack' });
      continue;
    }
    if (f.data.length > MAX_FILE_BYTES) problems.push({ file: p, field: '', message: 'file is larger than 20 MB' });
    total += f.data.length;
    kept.push({ path: p, data: f.data });
  }
  if (total > MAX_PACK_BYTES) problems.push({ file: '', field: '', message: 'pack is larger than 200 MB' });
  const jsonDirs = new Set(kept.filter((f) => f.path.toLowerCase().endsWith('.json')).map((f) => path.posix.dirname(f.path)));
  if (jsonDirs.size === 0) problems.push({ file: '', field: '', message: 'the pack holds no walkthrough (.json) files' });
  if (jsonDirs.size > 1) problems.push({ file: '', field: '', message: `walkthrough files must be in one folder, found: ${[...jsonDirs].join(', ')}` });
  if (problems.length) return { files: [], problems };
  const rootDir = [...jsonDirs][0]!;
  const prefix = rootDir === '.' ? '' : `${rootDir}/`;
  const files: PackFile[] = [];
  for (const f of kept) {
    if (!f.path.startsWith(prefix)) continue; // outside the content folder: not part of the pack
    files.push({ path: f.path.slice(prefix.length), data: f.data });
  }
  return { files, problems };
}

/** Every walkthrough through the same schema the catalog uses; ids unique; audio and pictures it names present. */
function validateStaged(folder: string, files: readonly PackFile[]): { walkthroughs: number; problems: PackProblem[] } {
  const problems: PackProblem[] = [];
  const present = new Set(files.map((f) => f.path));
  const ids = new Map<string, string>();
  let walkthroughs = 0;
  for (const f of files.filter((x) => x.path.toLowerCase().endsWith('.json')).sort((a, b) => a.path.localeCompare(b.path))) {
    const result = parseWalkthroughFile(path.join(folder, f.path));
    if (!result.ok) {
      problems.push(...result.problems.map((p) => ({ file: f.path, field: p.field, message: p.message })));
      continue;
    }
    const w = result.walkthrough;
    if (ids.has(w.id)) problems.push({ file: f.path, field: 'id', message: `duplicate walkthrough id "${w.id}" (also in ${ids.get(w.id)})` });
    ids.set(w.id, f.path);
    // The schema already limits the picture to a plain relative .svg/.png/.webp path.
    if (w.picture && !present.has(path.posix.normalize(w.picture))) problems.push({ file: f.path, field: 'picture', message: `picture file "${w.picture}" is not in the pack` });
    w.steps.forEach((step, i) => {
      for (const lang of LANGS) {
        const clip = step.audio?.[lang];
        if (clip && !present.has(path.posix.normalize(clip))) problems.push({ file: f.path, field: `steps.${i}.audio.${lang}`, message: `audio file "${clip}" is not in the pack` });
      }
    });
    walkthroughs += 1;
  }
  return { walkthroughs, problems };
}

function listFiles(folder: string, rel = ''): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(path.join(folder, rel), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => (e.isDirectory() ? listFiles(folder, path.join(rel, e.name)) : e.isFile() ? [path.join(rel, e.name)] : []));
}
