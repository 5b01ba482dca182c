// Bundles the Electron main process and preload into dist-electron/*.cjs, with every dependency but electron inlined.
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = 'dist-electron';

/** @type {import('esbuild').BuildOptions} */
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  // The only module the sandboxed preload may require; the main process gets it from the Electron runtime.
  external: ['electron'],
  // Supplies the @shared/* alias.
  tsconfig: 'tsconfig.electron.json',
  legalComments: 'none',
  logLevel: 'info',
};

await rm(new URL(`../${outdir}`, import.meta.url), { recursive: true, force: true });
await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: `${outdir}/main.cjs` }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: `${outdir}/preload.cjs` }),
]);
