import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built client (npm run build): served by the app, and printed by the report's PDF. */
export const CLIENT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/client');
