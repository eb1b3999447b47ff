/**
 * Why a file's bytes are no notes text before they are decoded: a NUL byte makes them binary, unless
 * they are UTF-16 (Windows editors save "Unicode" so), which only wants saving again as UTF-8.
 */
export function binaryReason(bytes: Uint8Array): string | undefined {
  const nul = bytes.indexOf(0);
  if (nul < 0) return undefined;
  if (isUtf16(bytes)) return 'UTF-16 text, not UTF-8: save it as UTF-8';
  return `binary file (NUL byte at offset ${nul}), not Markdown notes`;
}

/** Its byte order mark, or plain ASCII letters each with a NUL beside it, as UTF-16 writes them. */
function isUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const pairs = Math.min(8, Math.floor(bytes.length / 2));
  if (pairs < 2) return false;
  const nulAt = bytes[0] === 0 ? 0 : 1;
  for (let pair = 0; pair < pairs; pair++) if (bytes[2 * pair + nulAt] !== 0 || bytes[2 * pair + 1 - nulAt] === 0) return false;
  return true;
}
