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

function readManifest() {
  const manifestPath = path.join(CLIENT_DIR, '.vite', 'manifest.json');
  if (!fs.existsSync(manifestPath)) return null;
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Record<string, ManifestEntry>;
  const closure = (key: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const dep of manifest[key].imports ?? []) closure(dep, seen);
    return seen;
  };
  const files = (keys: Set<string>) => {
    const out = new Set<string>();
    for (const k of keys) {
      out.add(manifest[k].file);
      for (const css of manifest[k].css ?? []) out.add(css);
    }
    return out;
  };
  const kb = (names: Iterable<string>) => Math.round([...names].reduce((sum, f) => sum + gzipSync(fs.readFileSync(path.join(CLIENT_DIR, f))).length, 0) / 1024);
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry)!;
  return { manifest, closure, files, kb, entry };
}

/**
 * The respondent's route in its two steps: the welcome page (the entry and the respond page,
 * what a respondent waits for before the first screen) and the survey step's chunks fetched
 * while the welcome page is read, with how long those take on a 10 Mbit/s line.
 */
export function respondentRoute(): { welcomeKb: number; surveyStepKb: number; surveyStepSecondsAt10Mbit: number; wholeRouteKb: number } | null {
  const m = readManifest();
  if (!m) return null;
  const find = (suffix: string) => Object.keys(m.manifest).find((k) => k.endsWith(suffix));
  const page = find('features/respond/pages/RespondPage.tsx');
  const step = find('features/respond/components/SurveyStep.tsx');
  if (!page || !step) return null;
  const welcome = m.files(new Set([...m.closure(m.entry), ...m.closure(page)]));
  const stepOnly = [...m.files(m.closure(step))].filter((f) => !welcome.has(f));
  const surveyStepKb = m.kb(stepOnly);
  return {
    welcomeKb: m.kb(welcome),
    surveyStepKb,
    surveyStepSecondsAt10Mbit: Math.round(((surveyStepKb * 1024 * 8) / 10_000_000) * 10) / 10,
    wholeRouteKb: m.kb([...welcome, ...stepOnly]),
  };
}

/**
 * Gzipped JavaScript + CSS each route loads: its own chunk plus everything it imports
 * statically, and the entry. Needs a build with the Vite manifest (npm run build).
 */
export function bundleSizes(): Record<string, number> {
  const m = readManifest();
  if (!m) return {};
  const { manifest, closure, files, kb, entry } = m;
  const sizes: Record<string, number> = {};
  sizes['entry (start page)'] = kb(files(closure(entry)));
  for (const key of Object.keys(manifest).filter((k) => manifest[k].isDynamicEntry)) {
    sizes[manifest[key].src ?? key] = kb(files(new Set([...closure(entry), ...closure(key)])));
  }
  return sizes;
}
