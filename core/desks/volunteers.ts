import type { Db } from '../storage/database';
import type { Clock } from '../clock';
import type { VolunteerInfo } from '../../contract/dto';

interface VolunteerRow {
  id: number;
  display_name: string;
  team: string;
}

/** People who have signed in at a desk before, so the next sign-in is one tap. */
export class VolunteerService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** Active volunteers, in Vietnamese alphabetical order of name. */
  known(): VolunteerInfo[] {
    const rows = this.db.prepare('SELECT id, display_name, team FROM volunteers WHERE active = 1').all() as VolunteerRow[];
    const collator = new Intl.Collator('vi');
    return rows.map(toInfo).sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.team, b.team));
  }

  /** The same name and team (ignoring case, spacing and Unicode form) is the same person. */
  findOrCreate(name: string, team: string): VolunteerInfo {
    const cleanName = tidy(name);
    const cleanTeam = tidy(team);
    const rows = this.db.prepare('SELECT id, display_name, team FROM volunteers').all() as VolunteerRow[];
    const found = rows.find((r) => sameText(r.display_name, cleanName) && sameText(r.team, cleanTeam));
    if (found) {
      this.db.prepare('UPDATE volunteers SET active = 1 WHERE id = ?').run(found.id);
      return toInfo(found);
    }
    const { lastInsertRowid } = this.db
      .prepare('INSERT INTO volunteers (display_name, team, created_at) VALUES (?, ?, ?)')
      .run(cleanName, cleanTeam, this.clock.now().toISOString());
    return { id: Number(lastInsertRowid), name: cleanName, team: cleanTeam };
  }

  get(id: number): VolunteerInfo | null {
    const row = this.db.prepare('SELECT id, display_name, team FROM volunteers WHERE id = ?').get(id) as VolunteerRow | undefined;
    return row ? toInfo(row) : null;
  }
}

function toInfo(row: VolunteerRow): VolunteerInfo {
  return { id: row.id, name: row.display_name, team: row.team };
}

function tidy(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function sameText(a: string, b: string): boolean {
  return tidy(a).toLocaleLowerCase('vi') === tidy(b).toLocaleLowerCase('vi');
}
