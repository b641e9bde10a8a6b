// A progress bar on stderr for the long commands: articles done (of a total when one is known), bytes read
// (of the input's size when known), the rate and the time left. Drawn only when stderr is a terminal, at
// most ten times a second; nothing at all is written otherwise.

export interface ProgressState {
  done: number;
  /** Total articles when known (an estimate is fine: the bar never passes 100 %). */
  total: number | null;
  bytes?: number;
  totalBytes?: number | null;
  elapsedMs: number;
  label: string;
}

const WIDTH = 24;

/** A duration as m:ss (or h:mm:ss). */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

function formatBytes(n: number): string {
  return n >= 1e9 ? `${(n / 1e9).toFixed(2)} GB` : n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${Math.round(n / 1e3)} kB`;
}

/** The fraction done: by articles when their total is known, else by bytes, else null. */
export function fractionDone(s: ProgressState): number | null {
  if (s.total) return Math.min(1, s.done / s.total);
  if (s.totalBytes && s.bytes !== undefined) return Math.min(1, s.bytes / s.totalBytes);
  return null;
}

/** One line of progress, e.g. "[#######-----] 41% 41,000 / 100,000 articles · 812/s · ETA 1:12". */
export function formatProgress(s: ProgressState): string {
  const f = fractionDone(s);
  const parts: string[] = [];
  if (f !== null) {
    const filled = Math.round(f * WIDTH);
    parts.push(`[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${String(Math.floor(f * 100)).padStart(3)}%`);
  }
  parts.push(`${s.done.toLocaleString('en')}${s.total ? ` / ${s.total.toLocaleString('en')}` : ''} ${s.label}`);
  let line = parts.join(' ');
  if (s.bytes !== undefined) line += ` · ${formatBytes(s.bytes)}${s.totalBytes ? ` / ${formatBytes(s.totalBytes)}` : ''}`;
  const rate = s.elapsedMs > 0 ? (s.done * 1000) / s.elapsedMs : 0;
  if (s.elapsedMs >= 1000) line += ` · ${Math.round(rate).toLocaleString('en')}/s`;
  if (f !== null && f > 0 && f < 1 && s.elapsedMs >= 1000) line += ` · ETA ${formatDuration((s.elapsedMs * (1 - f)) / f)}`;
  return line;
}

export interface ProgressBar {
  /** One more article done. */
  tick(): void;
  /** Input bytes read so far. */
  setBytes(bytes: number): void;
  end(): void;
}

export interface ProgressOptions {
  total?: number | null;
  totalBytes?: number | null;
  label?: string;
  /** Where to draw; default stderr. Only a TTY stream gets anything. */
  stream?: NodeJS.WriteStream;
  now?: () => number;
}

/** A bar on a terminal; on anything else every method does nothing. */
export function progressBar(options: ProgressOptions = {}): ProgressBar {
  const stream = options.stream ?? process.stderr;
  const now = options.now ?? Date.now;
  if (!stream.isTTY) return { tick: () => {}, setBytes: () => {}, end: () => {} };
  const t0 = now();
  const state: ProgressState = { done: 0, total: options.total ?? null, elapsedMs: 0, label: options.label ?? 'articles' };
  if (options.totalBytes !== undefined) {
    state.bytes = 0;
    state.totalBytes = options.totalBytes;
  }
  let last = 0;
  let width = 0;
  const write = (line: string): void => {
    const cols = stream.columns || 100;
    const text = line.length >= cols ? line.slice(0, cols - 1) : line;
    stream.write(`\r${text}${' '.repeat(Math.max(0, width - text.length))}`);
    width = text.length;
  };
  const draw = (force: boolean): void => {
    const t = now();
    if (!force && t - last < 100) return;
    last = t;
    state.elapsedMs = t - t0;
    write(formatProgress(state));
  };
  return {
    tick: () => {
      state.done++;
      draw(false);
    },
    setBytes: (bytes) => {
      state.bytes = bytes;
    },
    end: () => {
      // Finished: an estimated total becomes the real one.
      if (state.total !== null) state.total = state.done;
      if (state.totalBytes) state.bytes = state.totalBytes;
      draw(true);
      stream.write('\n');
    },
  };
}
