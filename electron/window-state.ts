// Remembers the window's size, position and maximised state between runs, and keeps it on a screen that still exists.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { z } from 'zod';
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE, type WindowBounds } from './security';

export const WINDOW_STATE_FILE = 'window-state.json';

const coordinate = z.number().int().min(-100_000).max(100_000);
const extent = z.number().int().min(1).max(100_000);

export const savedWindowStateSchema = z.object({
  x: coordinate.optional(),
  y: coordinate.optional(),
  width: extent,
  height: extent,
  maximized: z.boolean().default(false),
});

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplayArea {
  workArea: Rectangle;
}

export interface WindowState {
  bounds: WindowBounds;
  maximized: boolean;
}

// This much of the window must lie on one display for the user to find and drag it.
const MIN_VISIBLE = { width: 200, height: 80 } as const;

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

function fitSize(width: number, height: number, area: Rectangle | undefined): { width: number; height: number } {
  const maxWidth = area?.width ?? Number.POSITIVE_INFINITY;
  const maxHeight = area?.height ?? Number.POSITIVE_INFINITY;
  return {
    width: Math.min(Math.max(width, MIN_WINDOW_SIZE.width), maxWidth),
    height: Math.min(Math.max(height, MIN_WINDOW_SIZE.height), maxHeight),
  };
}

/** 1280×820 (or the primary display's work area if that is smaller), centred by Electron. */
export function defaultWindowState(displays: readonly DisplayArea[]): WindowState {
  return { bounds: fitSize(DEFAULT_WINDOW_SIZE.width, DEFAULT_WINDOW_SIZE.height, displays[0]?.workArea), maximized: false };
}

/**
 * Turns whatever was saved (possibly nothing, possibly garbage) into bounds that fit the displays attached now:
 * invalid data or a window left on a monitor that is gone falls back to the default size, centred; a window partly off
 * screen or larger than its display is pulled back and shrunk to fit. `displays[0]` is the primary display.
 */
export function sanitizeBounds(saved: unknown, displays: readonly DisplayArea[]): WindowState {
  const parsed = savedWindowStateSchema.safeParse(saved);
  if (!parsed.success) return defaultWindowState(displays);
  const { x, y, width, height, maximized } = parsed.data;

  if (x === undefined || y === undefined) {
    return { bounds: fitSize(width, height, displays[0]?.workArea), maximized };
  }

  const rect = { x, y, width, height };
  let best: { area: Rectangle; visible: number } | undefined;
  for (const display of displays) {
    const seen = overlap(rect, display.workArea);
    if (seen.width < Math.min(MIN_VISIBLE.width, width) || seen.height < Math.min(MIN_VISIBLE.height, height)) continue;
    const visible = seen.width * seen.height;
    if (!best || visible > best.visible) best = { area: display.workArea, visible };
  }
  if (!best) return { ...defaultWindowState(displays), maximized };

  const area = best.area;
  const size = fitSize(width, height, area);
  return {
    bounds: {
      x: clamp(x, area.x, area.x + area.width - size.width),
      y: clamp(y, area.y, area.y + area.height - size.height),
      ...size,
    },
    maximized,
  };
}

/** Reads the saved state synchronously: it is needed before the window exists, and the file is a few bytes. */
export function loadWindowState(filePath: string, displays: readonly DisplayArea[]): WindowState {
  let saved: unknown;
  try {
    saved = JSON.parse(readFileSync(filePath, 'utf8'));
  } catch {
    saved = undefined;
  }
  return sanitizeBounds(saved, displays);
}

/** Synchronous on purpose: it runs as the window closes, and an async write may not finish before the app quits. */
export function saveWindowState(filePath: string, state: WindowState): void {
  const record = { ...state.bounds, maximized: state.maximized };
  mkdirSync(path.dirname(filePath), { recursive: true });
  const tempPath = `${filePath}.${process.pid}.tmp`;
  writeFileSync(tempPath, JSON.stringify(record), 'utf8');
  renameSync(tempPath, filePath);
}

/** Saves the normal (unmaximised) bounds when the window closes, so restoring from maximised returns to them. */
export function trackWindowState(window: BrowserWindow, filePath: string, log: (message: string) => void = console.warn): void {
  window.on('close', () => {
    try {
      saveWindowState(filePath, { bounds: window.getNormalBounds(), maximized: window.isMaximized() });
    } catch (error) {
      log(`could not save window state: ${String(error)}`);
    }
  });
}
