import crypto from 'node:crypto';

export function sha256Hex(data: Uint8Array): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}

/** The `sha256sum` format: "<hex>  <name>" per line, so `sha256sum -c` checks a USB stick's copy. */
export function sha256sumFile(files: readonly { name: string; data: Uint8Array }[]): Buffer {
  return Buffer.from(files.map((f) => `${sha256Hex(f.data)}  ${f.name}\n`).join(''), 'utf8');
}
