import type { HelpPointBridge } from '../../contract/bridge';

declare global {
  interface Window {
    helpPoint?: HelpPointBridge;
  }
}
