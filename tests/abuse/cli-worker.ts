// Drives tests/abuse/cli-worker-child.mjs: one child process, commands sent one at a time, their exit codes and stderr back.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '../..');

export interface WorkerRun {
  readonly code: number;
  readonly stderr: string;
}

export class CliWorker {
  readonly child: ChildProcess;
  private buffer = '';
  private stderr = '';
  private waiting: ((line: string) => void) | null = null;
  readonly ready: Promise<void>;

  constructor() {
    this.child = spawn(process.execPath, [path.join(__dirname, 'cli-worker-child.mjs')], { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString();
      this.stderrEnded();
    });
    this.child.stdout!.on('data', (chunk: Buffer) => {
      this.buffer += chunk.toString();
      let index;
      while ((index = this.buffer.indexOf('\n')) >= 0) {
        const line = this.buffer.slice(0, index);
        this.buffer = this.buffer.slice(index + 1);
        if (line.startsWith('@@') && this.waiting) {
          const resolve = this.waiting;
          this.waiting = null;
          resolve(line);
        }
      }
    });
    this.ready = new Promise((resolve) => (this.waiting = () => resolve()));
  }

  get pid(): number {
    return this.child.pid!;
  }

  private stderrWaiter: (() => void) | null = null;

  private stderrEnded(): void {
    if (this.stderrWaiter && this.stderr.includes('@@end\n')) {
      const resolve = this.stderrWaiter;
      this.stderrWaiter = null;
      resolve();
    }
  }

  /** Starts a command; resolves when it has finished and all its stderr has arrived. */
  run(args: readonly string[], env: Record<string, string> = {}): Promise<WorkerRun> {
    const stderrDone = new Promise<void>((resolve) => (this.stderrWaiter = resolve));
    return new Promise((resolve) => {
      this.waiting = (line) => {
        void stderrDone.then(() => {
          const stderr = this.stderr.slice(0, this.stderr.indexOf('@@end\n'));
          this.stderr = this.stderr.slice(this.stderr.indexOf('@@end\n') + 6);
          resolve({ code: Number(line.split(' ')[1]), stderr });
        });
      };
      this.child.stdin!.write(`${JSON.stringify({ args, env })}\n`);
      this.stderrEnded();
    });
  }

  stop(): void {
    this.child.kill('SIGKILL');
  }
}
