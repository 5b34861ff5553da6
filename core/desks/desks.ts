import type { Db } from '../storage/database';
import type { Clock } from '../clock';
import type { PointCalendar } from '../calendar';
import type { EventHub } from '../events';
import type { DeskInfo } from '../../contract/dto';
import type { TicketStatus } from '../../contract/codes';
import { ServiceError } from '../../contract/errors';
import type { SettingsService } from '../settings';
import type { VolunteerService } from './volunteers';
import type { AuditLog } from '../audit';

interface DeskRow {
  id: number;
  label: string;
  volunteer_id: number | null;
  signed_in_at: string | null;
}

export interface SignedInDesk {
  id: number;
  label: string;
  volunteerId: number;
  /** For the audit log: "desk 2". */
  actor: string;
}

/** The desks of the point (from settings) and who is signed in at each. */
export class DeskService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly calendar: PointCalendar,
    private readonly settings: SettingsService,
    private readonly volunteers: VolunteerService,
    private readonly audit: AuditLog,
    private readonly events: EventHub,
  ) {}

  /**
   * Makes sure every desk named in settings has its row; labels are never renumbered.
   * Run at start and whenever the desk names change, so reading the desks never writes.
   */
  ensureRows(): void {
    const insert = this.db.prepare<[string]>('INSERT INTO desks (label) VALUES (?) ON CONFLICT(label) DO NOTHING');
    for (const label of this.settings.get().deskLabels) insert.run(label);
  }

  /** Desks named in settings, plus any other desk still signed in. */
  list(): DeskInfo[] {
    const labels = this.settings.get().deskLabels;
    const rows = this.db
      .prepare<[], DeskRow>('SELECT id, label, volunteer_id, signed_in_at FROM desks ORDER BY id')
      .all()
      .filter((r) => labels.includes(r.label) || r.volunteer_id !== null);
    const current = this.db.prepare<[number], { id: number; display_number: string; status: TicketStatus }>(
      "SELECT id, display_number, status FROM tickets WHERE desk_id = ? AND status IN ('called', 'serving') ORDER BY called_at DESC LIMIT 1",
    );
    const collator = new Intl.Collator('vi', { numeric: true });
    return rows
      .map((r) => {
        const ticket = current.get(r.id);
        return {
          id: r.id,
          label: r.label,
          volunteer: r.volunteer_id === null ? null : this.volunteers.get(r.volunteer_id),
          signedInAt: r.signed_in_at,
          current: ticket ? { ticketId: ticket.id, displayNumber: ticket.display_number, status: ticket.status } : null,
        };
      })
      .sort((a, b) => collator.compare(a.label, b.label));
  }

  /** Open desks: the number of volunteers serving, used by the wait estimate. */
  openDeskIds(): number[] {
    return this.db
      .prepare<[], { id: number }>('SELECT id FROM desks WHERE volunteer_id IS NOT NULL')
      .all()
      .map((r) => r.id);
  }

  label(deskId: number): string | null {
    return this.db.prepare<[number], { label: string }>('SELECT label FROM desks WHERE id = ?').get(deskId)?.label ?? null;
  }

  /** A desk that may act on the queue: it exists and a volunteer is signed in. */
  requireSignedIn(deskId: number): SignedInDesk {
    const row = this.db.prepare<[number], DeskRow>('SELECT id, label, volunteer_id, signed_in_at FROM desks WHERE id = ?').get(deskId);
    if (!row) throw new ServiceError('not_found', 'error.desk_not_found');
    if (row.volunteer_id === null) throw new ServiceError('conflict', 'error.desk_not_signed_in');
    return { id: row.id, label: row.label, volunteerId: row.volunteer_id, actor: `desk ${row.label}` };
  }

  signIn(deskId: number, name: string, team: string): DeskInfo {
    const at = this.clock.now().toISOString();
    this.db
      .transaction(() => {
        const row = this.db.prepare<[number], Pick<DeskRow, 'id' | 'label'>>('SELECT id, label FROM desks WHERE id = ?').get(deskId);
        if (!row) throw new ServiceError('not_found', 'error.desk_not_found');
        const volunteer = this.volunteers.findOrCreate(name, team);
        this.db.prepare<[number, string, number]>('UPDATE desks SET volunteer_id = ?, signed_in_at = ? WHERE id = ?').run(volunteer.id, at, deskId);
        this.audit.record(`desk ${row.label}`, 'desk.signIn', { deskId, volunteerId: volunteer.id });
      })
      .immediate();
    this.events.emit('queue.changed', { reason: 'updated' });
    return this.list().find((d) => d.id === deskId)!;
  }

  signOut(deskId: number): DeskInfo {
    this.db
      .transaction(() => {
        const desk = this.requireSignedIn(deskId);
        const busy = this.db.prepare<[number]>("SELECT 1 FROM tickets WHERE desk_id = ? AND status IN ('called', 'serving')").get(deskId);
        // The visitor at the desk must be finished, transferred or marked first: nobody is left hanging.
        if (busy) throw new ServiceError('conflict', 'error.desk_has_visitor');
        this.signOutRow(deskId);
        this.audit.record(desk.actor, 'desk.signOut', { deskId, volunteerId: desk.volunteerId });
      })
      .immediate();
    this.events.emit('queue.changed', { reason: 'updated' });
    return this.list().find((d) => d.id === deskId) ?? { id: deskId, label: this.label(deskId) ?? '', volunteer: null, signedInAt: null, current: null };
  }

  /**
   * At the day rollover, inside its transaction: a desk left signed in overnight is
   * signed out, so the morning's volunteer signs in afresh. Returns how many were.
   */
  signOutEarlierDays(today: string): number {
    const signedIn = this.db.prepare<[], { id: number; signed_in_at: string | null }>('SELECT id, signed_in_at FROM desks WHERE volunteer_id IS NOT NULL').all();
    const stale = signedIn.filter((d) => !d.signed_in_at || this.calendar.dayOf(d.signed_in_at) < today);
    for (const d of stale) this.signOutRow(d.id);
    return stale.length;
  }

  private signOutRow(deskId: number): void {
    this.db.prepare<[number]>('UPDATE desks SET volunteer_id = NULL, signed_in_at = NULL WHERE id = ?').run(deskId);
  }
}
