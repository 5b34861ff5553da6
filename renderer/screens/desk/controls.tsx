import type { ReactNode } from 'react';

/** A tap-to-select button: the desk form is taps, not dropdowns. */
export function Toggle({ on, onToggle, children, disabled }: { on: boolean; onToggle(): void; children: ReactNode; disabled?: boolean }) {
  return (
    <button type="button" className="toggle" aria-pressed={on} onClick={onToggle} disabled={disabled}>
      <span className="toggle-mark" aria-hidden="true">
        {on ? '✓' : ''}
      </span>
      {children}
    </button>
  );
}

/** A labelled row of toggles; the label names the group for screen readers and tests. */
export function ToggleGroup({ label, children, hint }: { label: string; children: ReactNode; hint?: string }) {
  return (
    <div role="group" aria-label={label} className="toggle-group">
      <p className="group-label" aria-hidden="true">
        {label}
      </p>
      <div className="toggle-row">{children}</div>
      {hint && <p className="sub">{hint}</p>}
    </div>
  );
}

export function toggleIn<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}
