import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** Downloadable files: the tables in every format and datapackage.json (stage hand-over files stay out). */
const DOWNLOADABLE = /\.(csv|arrow|json)$/;

export function resolveDataDir(appDir: string): string {
  const fromEnv = process.env.FRONTLINE_DATA;
  return fromEnv ? resolve(process.cwd(), fromEnv) : resolve(appDir, '../../data');
}

/**
 * Copies the pipeline's files byte for byte into static/data, so downloads equal the pipeline's output.
 * Runs when the config loads (SvelteKit lists static files early) and again at each build start.
 */
export function copyDataFiles(dataDir: string, target: string): Plugin {
  const copy = () => {
    if (!existsSync(join(dataDir, 'datapackage.json'))) {
      throw new Error(`${dataDir}/datapackage.json not found: run \`pnpm pipeline all\` first or set FRONTLINE_DATA`);
    }
    rmSync(target, { recursive: true, force: true });
    mkdirSync(target, { recursive: true });
    for (const name of readdirSync(dataDir).sort()) {
      if (DOWNLOADABLE.test(name)) copyFileSync(join(dataDir, name), join(target, name));
    }
  };
  copy();
  return { name: 'frontline-data-files', buildStart: copy };
}
