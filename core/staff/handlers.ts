import type { staffMethods } from '../../contract/methods/staff';
import type { HandlersFor } from '../dispatcher';
import type { AuditLog } from '../audit';
import type { ExportService } from '../export/export-service';
import type { ContentPacks } from '../catalog/content-packs';
import type { VolunteerService } from '../desks/volunteers';
import type { StaffAuth } from './auth';
import type { StaffSettings } from './staff-settings';
import type { RetentionService } from './retention';

export interface StaffHandlerDeps {
  auth: StaffAuth;
  exports: ExportService;
  settings: StaffSettings;
  volunteers: VolunteerService;
  content: ContentPacks;
  retention: RetentionService;
  audit: AuditLog;
}

export function staffHandlers({ auth, exports, settings, volunteers, content, retention, audit }: StaffHandlerDeps): HandlersFor<keyof typeof staffMethods> {
  return {
    'staffAuth.status': () => auth.status(),
    'staffAuth.setFirstPin': ({ pin }, ctx) => auth.setFirstPin(pin, ctx.actor),
    'staffAuth.signIn': ({ pin }, ctx) => auth.signIn(pin, ctx.actor),
    'staffAuth.signOut': (_input, ctx) => {
      auth.signOut(ctx.staffToken, ctx.actor);
      return { signedOut: true as const };
    },
    'staff.changePin': async ({ currentPin, newPin }, ctx) => {
      await auth.changePin(currentPin, newPin, ctx.actor);
      return { changed: true as const };
    },
    'staff.totals': (range) => exports.totals(range),
    'staff.summary': (range, ctx) => exports.summary(range, ctx.actor),
    'staff.export': (input, ctx) => exports.export(input, ctx.actor),
    'staff.settings': () => settings.values(),
    'staff.updateSettings': (patch, ctx) => settings.update(patch, ctx.actor),
    'staff.volunteers': () => volunteers.all(),
    'staff.saveVolunteer': (input, ctx) => volunteers.save(input, ctx.actor),
    'staff.content': () => content.status(),
    'staff.importContent': (input, ctx) =>
      input.kind === 'zip'
        ? content.importZip(input.name, Buffer.from(input.base64, 'base64'), ctx.actor)
        : content.importFiles(input.name, input.files.map((f) => ({ path: f.path, data: Buffer.from(f.base64, 'base64') })), ctx.actor),
    'staff.rollbackContent': (_input, ctx) => content.rollback(ctx.actor),
    'staff.exportContent': (_input, ctx) => content.exportActive(ctx.actor),
    'staff.runRetention': (_input, ctx) => retention.run(ctx.actor),
    'staff.findVisitor': ({ day, ticket }, ctx) => retention.findVisitor(day, ticket, ctx.actor),
    'staff.eraseVisitor': ({ day, ticket }, ctx) => retention.eraseVisitor(day, ticket, ctx.actor),
    'staff.audit': ({ limit }) => audit.trail(limit),
  };
}
