// Writes <file>.br (brotli, quality 11) and <file>.gz (gzip, level 9) next to
// every compressible file under a folder, as CDNs keep them: the static server
// picks one by Accept-Encoding and never compresses on a request.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.csv', '.svg', '.txt', '.xml', '.map']);

const toBrotli = promisify(brotliCompress);
const toGzip = promisify(gzip);

/** Compresses every compressible file under dir; returns how many. */
export async function precompress(dir) {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && COMPRESSIBLE.has(extname(entry.name)))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
  await Promise.all(
    files.map(async (file) => {
      const data = await readFile(file);
      const params = {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      };
      await writeFile(`${file}.br`, await toBrotli(data, { params }));
      await writeFile(`${file}.gz`, await toGzip(data, { level: 9 }));
    }),
  );
  return files.length;
}
