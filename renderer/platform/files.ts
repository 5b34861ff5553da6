import { base64ToBytes } from './bytes';

/**
 * Files between the page and the person at the desk, the same in both shells: a
 * file picked from a USB stick read as base64 for a contract call, and bytes from
 * the core handed to the browser as a download.
 */

/** An object URL for the bytes; revoke it when the link is gone. */
export function base64ToBlobUrl(base64: string, mime: string): string {
  return URL.createObjectURL(new Blob([base64ToBytes(base64)], { type: mime }));
}

/** Starts a download of `url` as `name`, then lets the URL go once the browser has it. */
export function download(url: string, name: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
