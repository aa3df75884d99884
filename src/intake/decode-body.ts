/**
 * A feed's bytes to text. Not every feed is UTF-8: Russian sites still serve windows-1251 and Japanese
 * ones Shift_JIS or EUC-JP, declared in the Content-Type header or the XML declaration. Order (after
 * RFC 7303): a byte-order mark, then the header's charset, then the XML declaration, then UTF-8.
 */
export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  const label = bomCharset(bytes) ?? headerCharset(contentType) ?? declaredCharset(bytes) ?? 'utf-8';
  // decode drops the byte-order mark; an unknown label throws, and UTF-8 is then the likeliest truth.
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

function headerCharset(contentType: string | null): string | undefined {
  return contentType?.match(/;\s*charset\s*=\s*"?([^";\s]+)/i)?.[1];
}

function declaredCharset(bytes: Uint8Array): string | undefined {
  // The declaration is ASCII in every encoding a feed uses, so reading the first bytes as Latin-1 is safe.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  return head.match(/^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/)?.[1];
}
