import { useState } from 'react';
import { pictureUrl } from '../../speech/clip-url';

/**
 * A guide's picture: the content's own SVG/PNG/WebP (served from the walkthrough folder,
 * so it never depends on the PC's fonts), or the emoji icon when there is none or it
 * fails to load. Decorative: the guide's title beside it says what it is.
 */
export function GuidePicture({ icon, picture, className }: { icon: string; picture?: string | undefined; className: string }) {
  const url = pictureUrl(picture);
  const [failed, setFailed] = useState<string | null>(null);
  if (url && failed !== url) {
    return (
      <span className={`${className} guide-picture`} aria-hidden="true">
        <img src={url} alt="" draggable={false} onError={() => setFailed(url)} />
      </span>
    );
  }
  return (
    <span className={className} aria-hidden="true">
      {icon}
    </span>
  );
}
