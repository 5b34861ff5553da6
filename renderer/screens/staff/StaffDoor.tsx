import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/i18n';
import { staffText } from './staff-messages';
import { StaffArea } from './StaffArea';
import './staff.css';

/**
 * The one way into the ward staff's area: a button on the desk screen that opens
 * the area as a full-screen modal dialog. Closing it always signs staff out, so a
 * volunteer taking over the desk never inherits a staff sign-in.
 */
export function StaffDoor() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <>
      <button type="button" className="staff-door" onClick={() => setOpen(true)}>
        {t(staffText.door)}
      </button>
      <dialog ref={dialog} className="staff-dialog" aria-label={t(staffText.areaTitle)} onClose={() => setOpen(false)}>
        {open && <StaffArea onLeave={() => setOpen(false)} />}
      </dialog>
    </>
  );
}
