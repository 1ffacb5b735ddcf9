// Finds the .gpkg path in a command line (first start, or a second instance started by the OS file association).
import path from 'node:path';
import { PROJECT_EXTENSION } from '../../shared/app/app-identity';

export function projectPathFromArgv(argv: readonly string[], cwd: string): string | null {
  // argv[0] is the executable; in development argv[1] is the app folder. Flags start with '-'.
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    if (arg.toLowerCase().endsWith(`.${PROJECT_EXTENSION}`)) return path.resolve(cwd, arg);
  }
  return null;
}
