import type { App, Session, WebContents, WebPreferences } from 'electron';
import { isTrustedUrl } from './screens';

/**
 * Every window's web preferences, written out in full (Electronegativity flags
 * omitted keys even where Electron's defaults are safe).
 */
export function kioskWebPreferences(preload: string, screen: string, devTools: boolean): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: false,
    devTools,
    disableBlinkFeatures: 'Auxclick',
    // The idle warning is spoken without a tap, so speech must not wait for a gesture.
    autoplayPolicy: 'no-user-gesture-required',
    additionalArguments: [`--dhp-screen=${screen}`],
  };
}

/** No camera, microphone, notifications or anything else: the kiosk asks for nothing. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** Navigation, new windows and webviews are refused for every web contents ever created. */
export function lockDownWebContents(app: App): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isTrustedUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isTrustedUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.setVisualZoomLevelLimits(1, 1).catch(() => undefined);
    contents.on('context-menu', (event) => event.preventDefault());
  });
}
