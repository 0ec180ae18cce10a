// Child servers of the bench: started on free loopback ports, memory sampled from /proc, always killed on exit.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const children = new Set();

/**
 * Starts `node [nodeArgs] <script>` with Node 24 (this process's binary) and waits for its "READY <port> [rest]"
 * line (`ready` holds the rest). `nodeArgs: ['--import', 'tsx']` runs a TypeScript file in that same process.
 */
export function startChild(name, script, env, { readyMs = 30_000, nodeArgs = [] } = {}) {
  // stdin stays a pipe: each server exits when it closes, so even a SIGKILLed bench leaves no orphans.
  const proc = spawn(process.execPath, [...nodeArgs, script], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  const child = { name, proc, pid: proc.pid, port: 0, ready: '', rssSamplesMb: [], peakRssSampleMb: 0 };
  children.add(child);
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} not ready after ${readyMs} ms\n${stderr}`)), readyMs);
    let out = '';
    proc.stdout.on('data', (d) => {
      out += d;
      const m = /READY (\d+)(.*)\n/.exec(out);
      if (m && !child.port) {
        child.port = Number(m[1]);
        child.ready = m[2].trim();
        clearTimeout(timer);
        resolve(child);
      }
    });
    proc.on('exit', (code, signal) => {
      children.delete(child);
      clearTimeout(timer);
      if (!child.port) reject(new Error(`${name} exited (${code ?? signal}) before it was ready\n${stderr}`));
    });
  });
}

/** VmRSS / VmHWM of a process in MB, from /proc/<pid>/status (Linux). */
export function procMemoryMb(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024 };
  } catch {
    return { rssMb: NaN, hwmMb: NaN };
  }
}

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat (100 ticks/s on Linux). */
export function procCpuSeconds(pid) {
  try {
    // Fields after the ")" that closes the command name: utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/** Busy CPU seconds of the whole box (user, nice, system, irq, softirq, steal) from /proc/stat. */
function machineBusySeconds() {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  return (f[0] + f[1] + f[2] + f[5] + f[6] + f[7]) / 100;
}

/**
 * Starts a meter of the CPU the box spent on anything but `pids` and this process (other jobs, plus the
 * kernel's loopback network work); its stop function returns the average in cores.
 */
export function otherCpuMeter(pids) {
  const own = () => pids.reduce((sum, pid) => sum + procCpuSeconds(pid), 0) + (process.cpuUsage().user + process.cpuUsage().system) / 1e6;
  const [t0, busy0, own0] = [performance.now(), machineBusySeconds(), own()];
  // Clamped at 0: the two clocks are read a moment apart, which can make an idle box look slightly negative.
  return () => Math.max(0, Math.round(((machineBusySeconds() - busy0 - (own() - own0)) / ((performance.now() - t0) / 1000)) * 100) / 100);
}

/** Samples every child's RSS every `everyMs`; returns a stop function. */
export function sampleMemory(list, everyMs = 250) {
  const timer = setInterval(() => {
    for (const c of list) {
      const { rssMb } = procMemoryMb(c.pid);
      if (Number.isNaN(rssMb)) continue;
      c.peakRssSampleMb = Math.max(c.peakRssSampleMb, rssMb);
      c.rssSamplesMb.push(Math.round(rssMb * 10) / 10);
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** SIGKILLs every child still running (synchronous, so it also works from process.on('exit')). */
export function killAll() {
  for (const c of children) {
    try {
      c.proc.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
  children.clear();
}
