/**
 * The precompressed encodings a request accepts, best first, from its
 * Accept-Encoding header with q-values (RFC 9110 §12.5.3): `gzip;q=0` refuses
 * gzip, `*` stands for any encoding not named, and no header means identity.
 */
export function acceptedEncodings(header) {
  const q = new Map();
  for (const part of String(header ?? '').split(',')) {
    const [name, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (!name) continue;
    const qParam = params.find((p) => p.startsWith('q='));
    const value = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!Number.isFinite(value) || value < 0 || value > 1) continue;
    q.set(name === 'x-gzip' ? 'gzip' : name, value);
  }
  const of = (name) => q.get(name) ?? q.get('*') ?? 0;
  // Brotli first on a tie: it is the smaller of the two.
  return ['br', 'gzip'].filter((name) => of(name) > 0).sort((a, b) => of(b) - of(a));
}
