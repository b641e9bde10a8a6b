// Streams a binary events file with fetch and a ReadableStream into one ArrayBuffer, reporting progress.
// The header (first 32 bytes) gives the exact size (attributes and strings included), so the buffer is allocated once, with no copies.
import { fileBytes } from '../../../pipeline/binary/attributes.ts';
import { decodeHeader, HEADER_BYTES } from '../../../pipeline/binary/layout.ts';

export type Progress = (loaded: number, total: number) => void;

export async function fetchBinary(url: string, onProgress: Progress = () => {}): Promise<ArrayBuffer> {
  const res = await fetch(url);
  if (!res.ok || !res.body) throw new Error(`${url}: HTTP ${res.status}`);
  const reader = res.body.getReader();
  let out: Uint8Array | null = null;
  const head = new Uint8Array(HEADER_BYTES);
  let loaded = 0;
  let total = Number(res.headers.get('content-length')) || 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!out) {
      // Gather the header first; it says how large the file is.
      const take = Math.min(HEADER_BYTES - loaded, value.byteLength);
      head.set(value.subarray(0, take), loaded);
      if (loaded + take < HEADER_BYTES) {
        loaded += take;
        continue;
      }
      total = fileBytes(decodeHeader(head.buffer));
      out = new Uint8Array(new ArrayBuffer(total));
      out.set(head, 0);
      const rest = value.subarray(take);
      loaded = HEADER_BYTES;
      if (rest.byteLength > total - loaded) throw new Error(`${url}: longer than its header says`);
      out.set(rest, loaded);
      loaded += rest.byteLength;
    } else {
      if (value.byteLength > total - loaded) throw new Error(`${url}: longer than its header says`);
      out.set(value, loaded);
      loaded += value.byteLength;
    }
    onProgress(loaded, total);
  }
  if (!out || loaded < total) throw new Error(`${url}: truncated (${loaded} of ${total || '?'} bytes)`);
  return out.buffer as ArrayBuffer;
}

/** The URL of the metadata chunk holding input ordinal `src`. */
export function metaUrl(binUrl: string, src: number, chunk: number): string {
  const u = new URL(binUrl, document.baseURI);
  u.pathname = `${u.pathname}.meta/${Math.floor(src / chunk)}.json`;
  return u.href;
}
