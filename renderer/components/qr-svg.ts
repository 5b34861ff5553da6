import QRCode from 'qrcode';

/**
 * A QR code as a self-contained SVG string: black modules on a white square that
 * includes the quiet zone, so it scans on any background (screen or paper).
 * Synchronous (qrcode's matrix, our own path), with no DOM: it runs in the
 * renderer, in the print templates and in Node tests alike.
 */

export interface QrSvgOptions {
  /** Quiet zone in modules on each side; the QR standard asks for 4. */
  margin?: number;
  errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H';
}

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** Row-major, 1 = dark. */
  dark: boolean[];
}

/** The module matrix qrcode builds for `text`. Throws if the text does not fit a QR code. */
export function qrMatrix(text: string, errorCorrectionLevel: QrSvgOptions['errorCorrectionLevel'] = 'M'): QrMatrix {
  const { modules } = QRCode.create(text, { errorCorrectionLevel });
  return { size: modules.size, dark: Array.from(modules.data, (v) => v === 1) };
}

export function qrSvg(text: string, options: QrSvgOptions = {}): string {
  const margin = options.margin ?? 4;
  const { size, dark } = qrMatrix(text, options.errorCorrectionLevel ?? 'M');
  const full = size + 2 * margin;
  let path = '';
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (!dark[row * size + col]) continue;
      // Runs of dark modules on a row become one rectangle: a shorter path, no hairline seams.
      let run = 1;
      while (col + run < size && dark[row * size + col + run]) run++;
      path += `M${col + margin} ${row + margin}h${run}v1h-${run}z`;
      col += run - 1;
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${full} ${full}" shape-rendering="crispEdges">` +
    `<rect width="${full}" height="${full}" fill="#ffffff"/>` +
    `<path fill="#000000" d="${path}"/></svg>`
  );
}

/** The SVG as a data: URL, for an <img> (the page's CSP allows img-src data:). */
export function qrDataUrl(text: string, options: QrSvgOptions = {}): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(qrSvg(text, options))}`;
}
