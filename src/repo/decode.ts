/**
 * A repository file's bytes as text. UTF-8 unless the file starts with a UTF-16 byte order mark:
 * Windows tools write UTF-16 (PowerShell 5's `>` and `Out-File`), and go-yaml, which reads prompt
 * files for `gh models eval`, decodes it by that mark, so such a file must read the same here.
 */
export function decodeText(bytes: Buffer): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.toString('utf16le', 2);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    // Node has no UTF-16 big-endian decoder: swap each pair into little-endian order (a copy).
    const body = Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2)));
    return body.swap16().toString('utf16le');
  }
  return bytes.toString('utf8');
}
