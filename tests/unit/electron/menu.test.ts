// The application menu in both languages: Edit roles present so forms get undo/copy/paste, dev items only in dev.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { initialLanguage, menuTemplate } from '../../../electron/menu';

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return Array.isArray(item?.submenu) ? item.submenu : [];
}

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [...(item.role ? [item.role] : []), ...roles(submenu(item))]);
}

const EDIT_ROLES = ['undo', 'redo', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'delete', 'selectAll'];

describe('menuTemplate', () => {
  it.each(['zh-CN', 'en'] as const)('has File, Edit, View, Window and Help in %s on Windows and Linux', (lang) => {
    for (const platform of ['win32', 'linux']) {
      const template = menuTemplate(lang, platform);
      expect(template).toHaveLength(5);
      expect(roles(submenu(template[0]))).toEqual(['quit']);
      expect(roles(submenu(template[1]))).toEqual(EDIT_ROLES);
      expect(roles(submenu(template[4]))).toEqual(['about']);
    }
  });

  it('labels everything in Chinese for zh-CN', () => {
    const template = menuTemplate('zh-CN', 'win32');
    expect(template.map((item) => item.label)).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
    expect(submenu(template[1]).filter((item) => item.role).map((item) => item.label)).toEqual(['撤销', '重做', '剪切', '复制', '粘贴', '粘贴并匹配样式', '删除', '全选']);
  });

  it('labels everything in English for en', () => {
    const template = menuTemplate('en', 'linux');
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(submenu(template[1]).find((item) => item.role === 'copy')?.label).toBe('Copy');
  });

  it('gives every item with a role a label, so none falls back to Electron English in zh-CN', () => {
    const unlabelled = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
      items.flatMap((item) => [...(item.type !== 'separator' && !item.label ? [item] : []), ...unlabelled(submenu(item))]);
    for (const platform of ['darwin', 'win32', 'linux']) {
      expect(unlabelled(menuTemplate('zh-CN', platform, { isDev: true })), platform).toEqual([]);
    }
  });

  it('puts the app menu first on macOS, with About and Quit', () => {
    const template = menuTemplate('en', 'darwin');
    expect(template[0]?.label).toBe('Account Desk');
    expect(roles(submenu(template[0]))).toEqual(expect.arrayContaining(['about', 'hide', 'hideOthers', 'unhide', 'quit']));
    expect(menuTemplate('zh-CN', 'darwin')[0]?.label).toBe('客户总监工作台');
    expect(roles(submenu(template[2]))).toEqual(EDIT_ROLES);
    expect(roles(submenu(template[1]))).toEqual(['close']);
  });

  it('offers zoom and full screen, but reload and developer tools only in development', () => {
    const production = roles(submenu(menuTemplate('en', 'win32', { isDev: false })[2]));
    expect(production).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
    expect(production).not.toContain('reload');
    expect(production).not.toContain('forceReload');
    expect(production).not.toContain('toggleDevTools');
    expect(roles(menuTemplate('en', 'win32')).filter((role) => /reload|devtools/i.test(role))).toEqual([]);
    const development = roles(submenu(menuTemplate('en', 'win32', { isDev: true })[2]));
    expect(development).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });
});

describe('initialLanguage', () => {
  it('is Chinese for a Chinese system and English otherwise', () => {
    expect(initialLanguage(['zh-CN'])).toBe('zh-CN');
    expect(initialLanguage(['zh-Hans-CN', 'en-US'])).toBe('zh-CN');
    expect(initialLanguage(['en-GB', 'zh-CN'])).toBe('en');
    expect(initialLanguage([])).toBe('en');
  });
});
