// The stderr table: the calls found, the calls not resolved, the calls made in the browser and
// the files not scanned, each with its reason.
export function table({ files, calls, unresolved, browser, problems }) {
  const rows = [];
  rows.push(`access-scan: ${files} source files, ${calls.length} calls found, ${unresolved.length} not resolved, ${problems.length} files not scanned`);
  const pad = (s, n) => s.padEnd(n);
  if (calls.length) {
    rows.push('', 'calls found:');
    const w = Math.max(...calls.map((c) => `${c.file}:${c.line}`.length));
    for (const c of calls) rows.push(`  ${pad(`${c.file}:${c.line}`, w)}  ${pad(c.operation, 22)} ${c.actions.join(', ')}`);
  }
  if (unresolved.length) {
    rows.push('', 'not resolved:');
    for (const u of unresolved) rows.push(`  ${u.file}:${u.line}  ${u.what}  (${u.pkg}): ${u.reason}`);
  }
  if (browser.length) {
    rows.push('', "in 'use client' modules (the browser's credentials, not the compute role: not granted):");
    for (const b of browser) rows.push(`  ${b.file}:${b.line}  ${b.operation}  (${b.pkg})`);
  }
  if (problems.length) {
    rows.push('', 'not scanned:');
    for (const p of problems) rows.push(`  ${p.file}: ${p.reason}`);
  }
  return rows.join('\n') + '\n';
}
