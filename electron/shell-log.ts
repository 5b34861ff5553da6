/*
 * Where the shell reports what it does on its own (a window reloaded, recreated,
 * the app relaunched, a staff quit, a start-up failure): two small ports the
 * composition in main.ts binds.
 *
 *   - `ShellLog`: the technical log. Bound to the console (stderr) here; the core's
 *     logger binds here once it is on main (the storage/logs work in parallel).
 *   - `ShellEvents`: what staff should see. Bound to the core's audit log
 *     (`HelpPoint.recordShellEvent`), which the staff area lists under
 *     "Recent actions" (renderer/screens/staff/PrivacyPanel.tsx, `staff.audit`).
 *
 * Neither may throw into the shell: a failing log must never stop a recovery.
 */

export type ShellLogLevel = 'info' | 'warn' | 'error';

export interface ShellLog {
  write(level: ShellLogLevel, event: string, detail?: Record<string, unknown>): void;
}

/** Audit actions the shell records, all under `shell.` so staff and support can pick them out. */
export type ShellEventAction = `shell.${string}`;

export interface ShellEvents {
  record(action: ShellEventAction, detail?: Record<string, unknown>): void;
}

/** One line per event: time, level, event, detail as JSON. */
export function formatLogLine(level: ShellLogLevel, event: string, detail: Record<string, unknown> | undefined, at: Date): string {
  let json = '';
  if (detail !== undefined) {
    try {
      json = ` ${JSON.stringify(detail)}`;
    } catch {
      json = ' {"detail":"unserialisable"}';
    }
  }
  return `${at.toISOString()} ${level} shell: ${event}${json}`;
}

export const consoleShellLog: ShellLog = {
  write(level, event, detail) {
    try {
      process.stderr.write(`${formatLogLine(level, event, detail, new Date())}\n`);
    } catch {
      // stderr gone (no terminal under a kiosk session): nothing else to do.
    }
  },
};

/** A log and an events sink that swallow their own failures. */
export function safeLog(log: ShellLog): ShellLog {
  return {
    write(level, event, detail) {
      try {
        log.write(level, event, detail);
      } catch {
        // A broken logger must not break recovery.
      }
    },
  };
}

export function safeEvents(events: ShellEvents, log: ShellLog): ShellEvents {
  return {
    record(action, detail) {
      try {
        events.record(action, detail);
      } catch (err) {
        log.write('warn', 'shell-event.not-recorded', { action, error: (err as Error)?.message ?? String(err) });
      }
    },
  };
}

/** Until the core is open (or when it could not be): events go to the log only. */
export function logOnlyEvents(log: ShellLog): ShellEvents {
  return { record: (action, detail) => log.write('info', action, detail) };
}
