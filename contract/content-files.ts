/**
 * The files a walkthrough folder or content pack may hold, with the MIME type each is
 * served as. One table, read by the pack importer (what is allowed), both shells'
 * file serving (what Content-Type is sent) and the renderer (what counts as a clip).
 */
export const AUDIO_TYPES = {
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.m4a': 'audio/mp4',
  '.wav': 'audio/wav',
} as const;

export const IMAGE_TYPES = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
} as const;

/** What a guide's tile picture may be: drawings and photos a browser shows without a plug-in. */
export const PICTURE_TYPES = {
  '.svg': IMAGE_TYPES['.svg'],
  '.png': IMAGE_TYPES['.png'],
  '.webp': IMAGE_TYPES['.webp'],
} as const;

export const CONTENT_FILE_TYPES = {
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  ...IMAGE_TYPES,
  ...AUDIO_TYPES,
} as const;



/** The extension of a file name, lower case with its dot ('' when there is none). */
export function extensionOf(fileName: string): string {
  const base = fileName.slice(fileName.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

export function isAudioFile(fileName: string): boolean {
  return Object.hasOwn(AUDIO_TYPES, extensionOf(fileName));
}

export function isContentFile(fileName: string): boolean {
  return Object.hasOwn(CONTENT_FILE_TYPES, extensionOf(fileName));
}

export function isPictureFile(fileName: string): boolean {
  return Object.hasOwn(PICTURE_TYPES, extensionOf(fileName));
}

/**
 * A plain relative path inside the walkthrough folder ("pictures/w01.svg"): no leading
 * slash, no '.' or '..' segment, no backslash, scheme, query, fragment or control character.
 */
export function isPlainRelativePath(p: string): boolean {
  if (!p || p.length > 200) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\\:?#%\u0000-\u001f\u007f]/.test(p)) return false;
  return p.split('/').every((s) => s !== '' && s !== '.' && s !== '..' && s.trim() === s);
}
