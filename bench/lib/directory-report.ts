// The directory bench's markdown summary (bench/results/directory-latest.md).
export interface StepResult {
  store: string;
  step: string;
  ms: number;
  /** VmHWM after resetting it at the step's start: the step's own peak RSS. */
  peakRssMb: number;
  rssMb: number;
  heapUsedMb: number;
  note: string;
}

export function renderDirectoryMarkdown(
  r: { startedAt: string; machine: { cpus: number; cpuModel: string; node: string }; params: Record<string, number>; steps: StepResult[] },
  jsonFile: string,
): string {
  return [
    `# Directory import bench — ${r.startedAt}`,
    '',
    `Machine: ${r.machine.cpus} × ${r.machine.cpuModel}, Node ${r.machine.node}. One XLSX workbook (sheet โรงเรียน: ${r.params.schools} schools; sheet บุคลากร: ${r.params.people} people, ` +
      `${r.params.networkMembers} of whom registered in LINE first with the same school + name). Each step runs the API's own code path ` +
      '(`planImport` = read file + load office + zod rows + plan; `applyPlan` = batched transactions of 200) in one process, without HTTP; ' +
      'the query is what `GET /api/networks/:id/members` does, grouped by school. Peak RSS = VmHWM reset before each step.',
    '',
    '| store | step | ms | peak RSS MB | RSS after MB | heap used MB | result |',
    '|---|---|---|---|---|---|---|',
    ...r.steps.map((s) => `| ${s.store} | ${s.step} | ${s.ms} | ${s.peakRssMb} | ${s.rssMb} | ${s.heapUsedMb} | ${s.note} |`),
    '',
    `Raw numbers: \`${jsonFile}\`.`,
    '',
  ].join('\n');
}
