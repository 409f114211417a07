// zlib (RFC 1950) as Python's zlib.compress writes it: the `.`-prefixed payloads of Django's
// and itsdangerous's signed data. DecompressionStream('deflate') reads exactly this format.

/** Decompressed output beyond this is refused: a 4 KB cookie can hold a zip bomb. */
export const inflateLimit = 1024 * 1024;

/** The decompressed bytes, or null when the data is not zlib or inflates past the limit. */
export async function inflate(bytes: Uint8Array, limit = inflateLimit): Promise<Uint8Array | null> {
  try {
    const stream = new DecompressionStream('deflate');
    const writer = stream.writable.getWriter();
    // Errors surface on the reader; these promises must not go unhandled.
    writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => {});
    writer.close().catch(() => {});
    const reader = stream.readable.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) {
        await reader.cancel().catch(() => {});
        return null;
      }
      chunks.push(value);
    }
    return concat(chunks, total);
  } catch {
    return null;
  }
}

export async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new CompressionStream('deflate');
  const writer = stream.writable.getWriter();
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => {});
  writer.close().catch(() => {});
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = stream.readable.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.length;
  }
  return concat(chunks, total);
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
