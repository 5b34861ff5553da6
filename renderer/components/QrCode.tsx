import { useMemo } from 'react';
import { qrDataUrl } from './qr-svg';

export interface QrCodeProps {
  /** What the code holds, e.g. an official https:// link. */
  text: string;
  /** Said by screen readers and shown if the image cannot load, e.g. "Cổng Dịch vụ công quốc gia". */
  label: string;
  /** Edge length in CSS pixels, quiet zone included. */
  sizePx: number;
}

/**
 * A QR code on screen: black modules on white with the 4-module quiet zone drawn
 * into the image itself, so it scans on any background and in high contrast mode
 * (the page's colours do not reach inside the image). An SVG in a data: URL,
 * which the page's CSP allows for images. A text too long for a QR code renders
 * nothing rather than breaking the screen.
 */
export function QrCode({ text, label, sizePx }: QrCodeProps) {
  const src = useMemo(() => {
    try {
      return qrDataUrl(text, { margin: 4 });
    } catch (err) {
      console.warn('QrCode: cannot encode this text as a QR code', err);
      return null;
    }
  }, [text]);
  if (!src) return null;
  return <img className="qr-code" src={src} role="img" alt={label} width={sizePx} height={sizePx} draggable={false} />;
}
