import type { Db } from '../storage/database';
import type { Clock } from '../clock';
import type { AuditLog } from '../audit';
import type { VolunteerInfo } from '../../contract/dto';
import type { VolunteerEntry } from '../../contract/staff-dto';
import type { MethodParsedInput } from '../../contract/methods';
import { ServiceError } from '../../contract/errors';

interface VolunteerRow {
  id: number;
  display_name: string;
  team: string;
}

/**
 * People who help at the desks: remembered from their first sign-in so the next one
 * is one tap, and kept by ward staff (renamed, marked inactive, added by hand).
 */
export class VolunteerService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly audit: AuditLog,
  ) {}

  /** Active volunteers, in Vietnamese alphabetical order of name. */
  known(): VolunteerInfo[] {
    const rows = this.db.prepare<[], VolunteerRow>('SELECT id, display_name, team FROM volunteers WHERE active = 1').all();
    const collator = new Intl.Collator('vi');
    return rows.map(toInfo).sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.team, b.team));
  }

  /** The same name and team (ignoring case, spacing and Unicode form) is the same person. */
  findOrCreate(name: string, team: string): VolunteerInfo {
    const cleanName = tidy(name);
    const cleanTeam = tidy(team);
    const rows = this.db.prepare<[], VolunteerRow>('SELECT id, display_name, team FROM volunteers').all();
    const found = rows.find((r) => sameText(r.display_name, cleanName) && sameText(r.team, cleanTeam));
    if (found) {
      this.db.prepare<[number]>('UPDATE volunteers SET active = 1 WHERE id = ?').run(found.id);
      return toInfo(found);
    }
    const { lastInsertRowid } = this.db
      .prepare<[string, string, string]>('INSERT INTO volunteers (display_name, team, created_at) VALUES (?, ?, ?)')
      .run(cleanName, cleanTeam, this.clock.now().toISOString());
    return { id: Number(lastInsertRowid), name: cleanName, team: cleanTeam };
  }

  get(id: number): VolunteerInfo | null {
    const row = this.db.prepare<[number], VolunteerRow>('SELECT id, display_name, team FROM volunteers WHERE id = ?').get(id);
    return row ? toInfo(row) : null;
  }

  /** Everyone ever signed in or added, active first, for the staff's volunteer list. */
  all(): VolunteerEntry[] {
    const rows = this.db
      .prepare<[], VolunteerRow & { active: number }>('SELECT id, display_name, team, active FROM volunteers ORDER BY active DESC, display_name')
      .all();
    const collator = new Intl.Collator('vi');
    return rows
      .map((r) => ({ id: r.id, displayName: r.display_name, team: r.team, active: r.active === 1 }))
      .sort((a, b) => Number(b.active) - Number(a.active) || collator.compare(a.displayName, b.displayName));
  }

  /** Volunteers are never deleted (their sessions point at them); they are marked inactive. */
  save(input: MethodParsedInput<'staff.saveVolunteer'>, actor: string): VolunteerEntry {
    let id = input.id;
    if (id === undefined) {
      id = Number(
        this.db
          .prepare<[string, string, number, string]>('INSERT INTO volunteers (display_name, team, active, created_at) VALUES (?, ?, ?, ?)')
          .run(input.displayName, input.team, input.active ? 1 : 0, this.clock.now().toISOString()).lastInsertRowid,
      );
    } else {
      const result = this.db.prepare<[string, string, number, number]>('UPDATE volunteers SET display_name = ?, team = ?, active = ? WHERE id = ?').run(input.displayName, input.team, input.active ? 1 : 0, id);
      if (result.changes === 0) throw new ServiceError('not_found');
    }
    this.audit.record(actor, 'staff.volunteer.save', { id, active: input.active });
    return { id, displayName: input.displayName, team: input.team, active: input.active };
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
