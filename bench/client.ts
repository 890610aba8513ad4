import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CLIENT_DIR } from '../server/app.js';

interface ManifestEntry {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  css?: string[];
}

/**
 * Gzipped JavaScript + CSS each route loads: its own chunk plus everything it imports
 * statically, and the entry. Needs a build with the Vite manifest (npm run build).
 */
export function bundleSizes(): Record<string, number> {
  const manifestPath = path.join(CLIENT_DIR, '.vite', 'manifest.json');
  if (!fs.existsSync(manifestPath)) return {};
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Record<string, ManifestEntry>;
  const gz = (file: string) => gzipSync(fs.readFileSync(path.join(CLIENT_DIR, file))).length;
  const closure = (key: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const dep of manifest[key].imports ?? []) closure(dep, seen);
    return seen;
  };
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry)!;
  const sizes: Record<string, number> = {};
  const measure = (keys: Set<string>) => {
    const files = new Set<string>();
    for (const k of keys) {
      files.add(manifest[k].file);
      for (const css of manifest[k].css ?? []) files.add(css);
    }
    return Math.round([...files].reduce((sum, f) => sum + gz(f), 0) / 1024);
  };
  sizes['entry (start page)'] = measure(closure(entry));
  for (const key of Object.keys(manifest).filter((k) => manifest[k].isDynamicEntry)) {
    sizes[manifest[key].src ?? key] = measure(new Set([...closure(entry), ...closure(key)]));
  }
  return sizes;
}
