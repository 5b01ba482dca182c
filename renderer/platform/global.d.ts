// Types window.api, the desktop bridge that electron/preload.ts exposes; it is absent when the UI runs in a browser.
import type { DesktopApi } from '@shared/ipc';

declare global {
  interface Window {
    readonly api?: DesktopApi;
  }
}

export {};
