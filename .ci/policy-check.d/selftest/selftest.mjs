// --self-test: the clean documents (the snapshots plus the lab stacks, rendered by the program)
// must pass, and every planted defect must be reported. A missed plant fails the run.
import { check, formatFinding, totals } from '../run.mjs';
import { clone } from './edit.mjs';
import { labStacks } from './lab.mjs';
import { labPlants } from './plants-lab.mjs';
import { levelPlants } from './plants-levels.mjs';
import { lintPlants } from './plants-lint.mjs';
import { simPlants } from './plants-sim.mjs';

export async function selfTest(stacks, root) {
  // Each plant is a defect put there on purpose: a finding for it is the check working.
  const base = [...stacks, ...labStacks(root)];
  const clean = await check(clone(base));
  let missed = 0;
  console.log(`self-test: clean documents (${base.map((s) => s.name).join(', ')}): ${totals(clean)}`);
  clean.findings.forEach((f) => console.log(`  unexpected: ${formatFinding(f)}`));

  const plants = [...lintPlants, ...simPlants, ...labPlants, ...levelPlants];
  for (const [name, expected, plant] of plants) {
    const planted = clone(base);
    plant(planted);
    const { findings } = await check(planted);
    const reported = findings.map(formatFinding).filter((f) => expected.test(f));
    if (reported.length) {
      console.log(`self-test: caught (planted): ${name}: ${reported[0]}`);
    } else {
      missed++;
      console.log(`self-test: MISSED: ${name}: expected a finding matching ${expected}; got:`);
      findings.forEach((f) => console.log(`    ${formatFinding(f)}`));
    }
  }
  const cleanPass = clean.findings.length === 0;
  console.log(`policy-check --self-test: ${plants.length} planted defects, ${plants.length - missed} caught as intended, ${missed} missed; clean documents ${cleanPass ? 'pass' : 'FAIL'}`);
  return missed === 0 && cleanPass;
}
