// The command line of tools/access-scan/scan (src/cli.mjs does the work).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './cli.mjs';

const repoRoot = process.env.ACCESS_SCAN_HOME ? resolve(process.env.ACCESS_SCAN_HOME, '../..') : resolve(fileURLToPath(import.meta.url), '../../../..');
process.exitCode = await run(process.argv.slice(2), repoRoot, {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
});
