// Test helper for atomic-write-file.test.ts: saves two versions of a file over each other as fast as it can until
// it is killed with SIGKILL, so the test can check what a crash in the middle of a save leaves behind.
import { readFileSync } from 'node:fs';
import { atomicWriteFile } from './atomic-write-file';

const [target, first, second] = process.argv.slice(2) as [string, string, string];
const versions = [new Uint8Array(readFileSync(first)), new Uint8Array(readFileSync(second))];
atomicWriteFile(target, versions[0]!);
process.stdout.write('ready\n');
for (let i = 1; ; i++) atomicWriteFile(target, versions[i % 2]!);
