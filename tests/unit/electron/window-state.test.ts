// The window comes back where the user left it, but always on a screen that exists and never larger than it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadWindowState, sanitizeBounds, saveWindowState } from '../../../electron/window-state';

const laptop = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
const rightMonitor = { workArea: { x: 1920, y: 0, width: 2560, height: 1400 } };
const small = { workArea: { x: 0, y: 0, width: 1024, height: 700 } };
const DEFAULT = { bounds: { width: 1280, height: 820 }, maximized: false };

describe('sanitizeBounds', () => {
  it('restores a window that fits on a display as it was', () => {
    expect(sanitizeBounds({ x: 100, y: 80, width: 1400, height: 900, maximized: false }, [laptop])).toEqual({
      bounds: { x: 100, y: 80, width: 1400, height: 900 },
      maximized: false,
    });
  });

  it('keeps the maximised flag', () => {
    expect(sanitizeBounds({ x: 0, y: 0, width: 1280, height: 820, maximized: true }, [laptop]).maximized).toBe(true);
  });

  it('restores a window on a second monitor', () => {
    expect(sanitizeBounds({ x: 2100, y: 100, width: 1600, height: 1000 }, [laptop, rightMonitor]).bounds).toEqual({ x: 2100, y: 100, width: 1600, height: 1000 });
  });

  it('falls back to the default, centred, when the saved monitor is gone', () => {
    expect(sanitizeBounds({ x: 2100, y: 100, width: 1600, height: 1000, maximized: false }, [laptop])).toEqual(DEFAULT);
  });

  it('falls back when the window is far off screen', () => {
    expect(sanitizeBounds({ x: -5000, y: -5000, width: 1280, height: 820 }, [laptop])).toEqual(DEFAULT);
    expect(sanitizeBounds({ x: 1900, y: 1030, width: 1280, height: 820 }, [laptop])).toEqual(DEFAULT);
  });

  it('pulls a partly visible window fully onto its display', () => {
    expect(sanitizeBounds({ x: 1200, y: -50, width: 1280, height: 820 }, [laptop]).bounds).toEqual({ x: 640, y: 0, width: 1280, height: 820 });
  });

  it('shrinks a window larger than its display', () => {
    expect(sanitizeBounds({ x: 0, y: 0, width: 3000, height: 2000 }, [small]).bounds).toEqual({ x: 0, y: 0, width: 1024, height: 700 });
  });

  it('grows a window below the minimum size', () => {
    expect(sanitizeBounds({ x: 10, y: 10, width: 200, height: 100 }, [laptop]).bounds).toEqual({ x: 10, y: 10, width: 900, height: 600 });
  });

  it('uses the size alone when no position was saved', () => {
    expect(sanitizeBounds({ width: 1500, height: 900 }, [laptop])).toEqual({ bounds: { width: 1500, height: 900 }, maximized: false });
  });

  it.each([
    undefined,
    null,
    'garbage',
    42,
    [],
    {},
    { x: 0, y: 0 },
    { x: 0, y: 0, width: -1, height: 800 },
    { x: 0, y: 0, width: 0, height: 800 },
    { x: 0, y: 0, width: Number.NaN, height: 800 },
    { x: 0, y: 0, width: 1280.5, height: 800 },
    { x: 'a', y: 0, width: 1280, height: 800 },
    { x: 1e12, y: 0, width: 1280, height: 800 },
    { x: 0, y: 0, width: 1280, height: 800, maximized: 'yes' },
  ])('falls back to the default for %j', (saved) => {
    expect(sanitizeBounds(saved, [laptop])).toEqual(DEFAULT);
  });

  it('fits the default to a display smaller than 1280×820', () => {
    expect(sanitizeBounds(undefined, [small])).toEqual({ bounds: { width: 1024, height: 700 }, maximized: false });
  });

  it('still answers with no display information at all', () => {
    expect(sanitizeBounds(undefined, [])).toEqual(DEFAULT);
    expect(sanitizeBounds({ x: 0, y: 0, width: 1000, height: 700 }, [])).toEqual(DEFAULT);
  });
});

describe('loadWindowState and saveWindowState', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'account-desk-window-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips through the JSON file', () => {
    const file = path.join(dir, 'nested', 'window-state.json');
    saveWindowState(file, { bounds: { x: 50, y: 60, width: 1300, height: 850 }, maximized: true });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ x: 50, y: 60, width: 1300, height: 850, maximized: true });
    expect(loadWindowState(file, [laptop])).toEqual({ bounds: { x: 50, y: 60, width: 1300, height: 850 }, maximized: true });
  });

  it('falls back to the default for a missing or corrupt file', () => {
    expect(loadWindowState(path.join(dir, 'missing.json'), [laptop])).toEqual(DEFAULT);
    const corrupt = path.join(dir, 'corrupt.json');
    writeFileSync(corrupt, '{"x": 1, "wid');
    expect(loadWindowState(corrupt, [laptop])).toEqual(DEFAULT);
  });
});
