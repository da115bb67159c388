import type { RejectionReason } from '../errors.js';

/** A decoded text, or the reason it could not be decoded. */
export type Decoded = { ok: true; text: string } | { ok: false; reason: RejectionReason; detail: string };

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes bytes as UTF-8 text, refusing what is not text: empty input, binary data (NUL bytes or
 * many control characters in the first 8 KB) and invalid UTF-8 (with the offset of the first bad
 * byte). A BOM is dropped.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty', detail: 'the input has 0 bytes' };
  const head = bytes.subarray(0, 8192);
  let controls = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i];
    if (b === 0) return { ok: false, reason: 'binary', detail: `NUL byte at offset ${i}` };
    if (b < 9 || (b > 13 && b < 32)) controls++;
  }
  if (controls > head.length * 0.1) {
    return { ok: false, reason: 'binary', detail: `${controls} control bytes in the first ${head.length}` };
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return { ok: false, reason: 'invalid-utf8', detail: `invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}` };
  }
  if (!/\S/.test(text)) return { ok: false, reason: 'empty', detail: 'the input has only white space' };
  return { ok: true, text };
}

/** Offset of the first byte that breaks UTF-8, or -1 when the bytes are valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need = 0;
    let min = 0;
    if (b < 0x80) { i++; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}
