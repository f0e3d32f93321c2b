// The app's source files: every .ts/.tsx/.js/.jsx/.mjs/.cjs/.mts/.cts file outside node_modules
// and build output. Symlinks are followed once (a loop is reported, not followed); a file too
// large to be hand-written source is reported and skipped.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const SOURCE = /\.(?:[cm]?[jt]s|[jt]sx)$/;
const SKIPPED_DIRS = new Set(['node_modules', '.next', '.git', '.amplify-hosting', '.vercel', '.open-next',
  '.turbo', 'dist', 'build', 'out', 'coverage', 'cdk.out', '.serverless', '.sst']);
export const MAX_BYTES = 2 * 1024 * 1024;

// { files: [absolute path], problems: [{ file, reason }] }
export function sourceFiles(root) {
  const files = [];
  const problems = [];
  const seen = new Set();
  const walk = (dir) => {
    let real;
    try { real = realpathSync(dir); } catch (e) { problems.push({ file: relative(root, dir), reason: `cannot read: ${e.code}` }); return; }
    if (seen.has(real)) { problems.push({ file: relative(root, dir) || '.', reason: 'symlink loop or second link to a folder already scanned; not followed' }); return; }
    seen.add(real);
    let entries;
    try { entries = readdirSync(dir, { withFileTypes: true }); } catch (e) { problems.push({ file: relative(root, dir), reason: `cannot read: ${e.code}` }); return; }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      let stats;
      try { stats = statSync(path); } catch (e) { problems.push({ file: relative(root, path), reason: `cannot read: ${e.code}` }); continue; }
      if (stats.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(path);
      } else if (stats.isFile() && SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        if (stats.size > MAX_BYTES) problems.push({ file: relative(root, path), reason: `${stats.size} bytes, over ${MAX_BYTES}: generated or bundled code, not scanned` });
        else files.push(path);
      }
    }
  };
  walk(root);
  return { files, problems };
}
