// The application menu in zh-CN and en. Edit items are roles, so undo, copy and paste work in every form field.
import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '@shared/ipc';

interface MenuLabels {
  appName: string;
  file: string;
  closeWindow: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  pasteAndMatchStyle: string;
  delete: string;
  selectAll: string;
  view: string;
  reload: string;
  toggleDevTools: string;
  resetZoom: string;
  zoomIn: string;
  zoomOut: string;
  toggleFullScreen: string;
  window: string;
  minimize: string;
  zoom: string;
  front: string;
  close: string;
  help: string;
  about: string;
  services: string;
  hide: string;
  hideOthers: string;
  unhide: string;
}

const LABELS: Readonly<Record<Language, MenuLabels>> = {
  'zh-CN': {
    appName: '客户总监工作台',
    file: '文件',
    closeWindow: '关闭窗口',
    quit: '退出',
    edit: '编辑',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    pasteAndMatchStyle: '粘贴并匹配样式',
    delete: '删除',
    selectAll: '全选',
    view: '视图',
    reload: '重新加载',
    toggleDevTools: '开发者工具',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    toggleFullScreen: '切换全屏',
    window: '窗口',
    minimize: '最小化',
    zoom: '缩放',
    front: '前置全部窗口',
    close: '关闭',
    help: '帮助',
    about: '关于客户总监工作台',
    services: '服务',
    hide: '隐藏客户总监工作台',
    hideOthers: '隐藏其他',
    unhide: '全部显示',
  },
  en: {
    appName: 'Account Desk',
    file: 'File',
    closeWindow: 'Close Window',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    pasteAndMatchStyle: 'Paste and Match Style',
    delete: 'Delete',
    selectAll: 'Select All',
    view: 'View',
    reload: 'Reload',
    toggleDevTools: 'Toggle Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    toggleFullScreen: 'Toggle Full Screen',
    window: 'Window',
    minimize: 'Minimize',
    zoom: 'Zoom',
    front: 'Bring All to Front',
    close: 'Close',
    help: 'Help',
    about: 'About Account Desk',
    services: 'Services',
    hide: 'Hide Account Desk',
    hideOthers: 'Hide Others',
    unhide: 'Show All',
  },
};

export interface MenuOptions {
  /** Reload and developer tools exist only while developing: a reload mid-form loses the user's typing. */
  isDev: boolean;
}

/** The menu for one language and platform; pure, so both languages are tested without Electron. */
export function menuTemplate(lang: Language, platform: NodeJS.Platform | string, options: MenuOptions = { isDev: false }): MenuItemConstructorOptions[] {
  const t = LABELS[lang];
  const mac = platform === 'darwin';
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const template: MenuItemConstructorOptions[] = [];

  if (mac) {
    template.push({
      label: t.appName,
      submenu: [
        { role: 'about', label: t.about },
        separator,
        { role: 'services', label: t.services },
        separator,
        { role: 'hide', label: t.hide },
        { role: 'hideOthers', label: t.hideOthers },
        { role: 'unhide', label: t.unhide },
        separator,
        { role: 'quit', label: t.quit },
      ],
    });
  }

  template.push({
    label: t.file,
    // On macOS Quit lives in the app menu, and File offers closing the window as the platform expects.
    submenu: mac ? [{ role: 'close', label: t.closeWindow }] : [{ role: 'quit', label: t.quit }],
  });

  template.push({
    label: t.edit,
    submenu: [
      { role: 'undo', label: t.undo },
      { role: 'redo', label: t.redo },
      separator,
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'pasteAndMatchStyle', label: t.pasteAndMatchStyle },
      { role: 'delete', label: t.delete },
      separator,
      { role: 'selectAll', label: t.selectAll },
    ],
  });

  const devItems: MenuItemConstructorOptions[] = options.isDev
    ? [{ role: 'reload', label: t.reload }, { role: 'toggleDevTools', label: t.toggleDevTools }, separator]
    : [];
  template.push({
    label: t.view,
    submenu: [
      ...devItems,
      { role: 'resetZoom', label: t.resetZoom },
      { role: 'zoomIn', label: t.zoomIn },
      // Ctrl/Cmd+= as well as Ctrl/Cmd+Plus: on most keyboards "+" needs Shift.
      { role: 'zoomIn', label: t.zoomIn, accelerator: 'CommandOrControl+=', visible: false },
      { role: 'zoomOut', label: t.zoomOut },
      separator,
      { role: 'togglefullscreen', label: t.toggleFullScreen },
    ],
  });

  template.push({
    label: t.window,
    submenu: mac
      ? [{ role: 'minimize', label: t.minimize }, { role: 'zoom', label: t.zoom }, separator, { role: 'front', label: t.front }]
      : [{ role: 'minimize', label: t.minimize }, { role: 'close', label: t.close }],
  });

  // macOS shows About in the app menu; elsewhere Help holds it.
  if (!mac) {
    template.push({ label: t.help, submenu: [{ role: 'about', label: t.about }] });
  }
  return template;
}

/** The localised product name, for the About panel. */
export function appDisplayName(lang: Language): string {
  return LABELS[lang].appName;
}

/** The menu language before the renderer says which one the user chose: Chinese for a Chinese system, else English. */
export function initialLanguage(preferredSystemLanguages: readonly string[]): Language {
  return preferredSystemLanguages[0]?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
