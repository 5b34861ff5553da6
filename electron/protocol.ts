import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { resolveInside } from '../core/shell-support/static-files';
import { isScreenName } from '../contract/screens';
import { APP_SCHEME } from './screens';

/**
 * Must run before `ready`: app:// behaves like a secure, standard origin. `stream`
 * lets <audio> play the recorded clips served below (Electron's protocol docs: media
 * elements expect buffered responses unless the scheme says it streams).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }]);
}

/**
 * Serves the built renderer (and content media under /content/) from disk,
 * refusing any path that escapes those folders.
 */
export function serveAppScheme(rendererDir: string, assetsDir: string, walkthroughFolder: () => string): void {
  protocol.handle(APP_SCHEME, (request) => {
    const { pathname } = new URL(request.url);
    const screen = pathname.split('/').filter(Boolean)[0] ?? '';
    let file: string | null;
    if (pathname === '/' || isScreenName(screen)) file = path.join(rendererDir, 'index.html');
    // Pictures and clips come from the content pack in use, which staff may have replaced.
    else if (pathname.startsWith('/content/walkthroughs/')) file = resolveInside(walkthroughFolder(), pathname.slice('/content/walkthroughs'.length));
    else if (pathname.startsWith('/content/')) file = resolveInside(assetsDir, pathname.slice('/content'.length));
    else file = resolveInside(rendererDir, pathname);
    if (!file) return new Response('Not found', { status: 404 });
    return net.fetch(pathToFileURL(file).toString());
  });
}
