import type { ReactNode } from 'react';
import { GuidePicture } from './GuidePicture';

export interface TileProps {
  icon: string;
  /** The guide's picture file (walkthrough `picture`); the emoji `icon` is the fallback. */
  picture?: string | undefined;
  title: string;
  /** A smaller second line, e.g. "6 bước". */
  meta?: ReactNode;
  /** A label above the icon, e.g. "Việc bạn đang xem"; also thickens the border. */
  badge?: string;
  disabled?: boolean;
  onTap(): void;
}

/** One big choice on the kiosk: a list item holding a button with an icon and a title. */
export function Tile({ icon, picture, title, meta, badge, disabled, onTap }: TileProps) {
  return (
    <li>
      <button type="button" className={`tile${badge ? ' current' : ''}`} disabled={disabled} onClick={onTap}>
        {badge && <span className="tile-badge">{badge}</span>}
        <GuidePicture className="tile-icon" icon={icon} picture={picture} />
        <span className="tile-title">{title}</span>
        {meta && <span className="tile-meta">{meta}</span>}
      </button>
    </li>
  );
}
