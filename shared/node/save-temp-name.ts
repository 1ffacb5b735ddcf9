// The one naming of Landlink's save temp files, `.<name>.landlink-<pid>-<random>.tmp` beside the file, shared by the
// writer and by the clean-up that finds what a crashed save left behind.
import { randomBytes } from 'node:crypto';

const PATTERN = /^\.(.+)\.landlink-(\d+)-[0-9a-f]+\.tmp$/;

export function saveTempName(fileName: string): string {
  return `.${fileName}.landlink-${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
}

/** The file a temp name was saving and the process that made it, or null for any other name. */
export function parseSaveTempName(name: string): { fileName: string; pid: number } | null {
  const match = PATTERN.exec(name);
  return match ? { fileName: match[1]!, pid: Number(match[2]) } : null;
}
