// `npm start`'s data watch: a Vite plugin (dev server only) that watches the article folders, runs the data
// build again when a file in them is added, changed or removed (several saves in a row make one build; a
// change during a build makes one more after it), and then reloads the page. A failed build reloads nothing:
// the page keeps what it had and shows Vite's error overlay with the build's own message.
import { spawn } from 'node:child_process';
import { resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';

export interface DataWatchOptions {
  /** Folders whose files are the build's input (absolute, or relative to the dev server's root). */
  dirs: readonly string[];
  /** Makes the data again; rejects with a message that says what went wrong. */
  rebuild: () => Promise<void>;
  /** Quiet time after the last change before the build starts. */
  debounceMs?: number;
}

/** True when `file` lies inside one of `dirs` (all absolute). */
export function isInside(file: string, dirs: readonly string[]): boolean {
  const f = resolve(file);
  return dirs.some((d) => f === d || f.startsWith(d.endsWith(sep) ? d : d + sep));
}

/**
 * Runs `task` `debounceMs` after the last `trigger()`, never twice at once: triggers during a run make one
 * more run after it. `done` hears of each run's outcome (null on success).
 */
export function serialRunner(task: () => Promise<void>, debounceMs: number, done: (err: Error | null) => void): { trigger(): void; idle(): Promise<void> } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  const run = (): void => {
    timer = null;
    if (running) {
      again = true;
      return;
    }
    running = task()
      .then(() => done(null), (err: unknown) => done(err instanceof Error ? err : new Error(String(err))))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          run();
        }
      });
  };
  return {
    trigger() {
      if (timer) clearTimeout(timer);
      timer = setTimeout(run, debounceMs);
    },
    async idle() {
      while (timer || running) await (running ?? new Promise((r) => setTimeout(r, debounceMs)));
    },
  };
}

/** Runs a command; rejects with the end of what it wrote to stderr when it exits with an error. */
export function runCommand(command: string, args: readonly string[], cwd: string): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      process.stderr.write(chunk);
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0 ? ok() : fail(new Error(`${[command, ...args].join(' ')} exited with ${code}${stderr.trim() ? `:\n${stderr.trim()}` : ''}`)),
    );
  });
}

/** Starts watching on a running dev server; returns what the tests wait on. */
export function watchData(server: ViteDevServer, o: DataWatchOptions): { idle(): Promise<void> } {
  const dirs = o.dirs.map((d) => resolve(server.config.root, d));
  const log = server.config.logger;
  const runner = serialRunner(o.rebuild, o.debounceMs ?? 300, (err) => {
    if (err) {
      log.error(`data: the events could not be rebuilt: ${err.message}`, { timestamp: true });
      server.ws.send({ type: 'error', err: { message: `The events could not be rebuilt: ${err.message}`, stack: '', plugin: 'conflict-map-data-watch' } });
      return;
    }
    log.info('data: events rebuilt, reloading the page', { timestamp: true });
    server.ws.send({ type: 'full-reload', path: '*' });
  });
  server.watcher.add(dirs);
  const onFile = (file: string): void => {
    if (isInside(file, dirs)) runner.trigger();
  };
  for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onFile);
  return runner;
}

/** The plugin: `watchData` on the dev server (not in a build or a preview). */
export function dataWatch(o: DataWatchOptions): Plugin {
  return {
    name: 'conflict-map-data-watch',
    apply: 'serve',
    configureServer(server) {
      watchData(server, o);
    },
  };
}
