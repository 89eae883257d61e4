/** Which machine and browser produced the figures: every result carries this. */
import { execFileSync } from "node:child_process";
import { cpus, loadavg, platform, release, totalmem } from "node:os";
import { chromiumPath } from "../../tests/e2e/harness";

/** The machine and browser of one run. */
export interface MachineInfo {
  readonly cpu: string;
  readonly cores: number;
  readonly ramGiB: number;
  readonly os: string;
  readonly node: string;
  readonly browser: string;
  /** 1-minute load average when the run started and ended: above the core count means contention. */
  readonly loadAtStart: number;
  loadAtEnd: number;
}

/** The Chromium version string ("Chromium 140.0.7339.127 built on Debian …"), or "unknown". */
export function chromiumVersion(): string {
  try {
    return execFileSync(chromiumPath(), ["--version"], {
      encoding: "utf8",
      timeout: 15_000,
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return "unknown";
  }
}

/** Describes this machine now. */
export function machineInfo(): MachineInfo {
  const cpuList = cpus();
  return {
    cpu: cpuList[0]?.model.trim() ?? "unknown",
    cores: cpuList.length,
    ramGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${platform()} ${release()}`,
    node: process.version,
    browser: `${chromiumVersion()}, headless`,
    loadAtStart: currentLoad(),
    loadAtEnd: Number.NaN,
  };
}

/** The 1-minute load average, rounded. */
export function currentLoad(): number {
  return Math.round((loadavg()[0] ?? 0) * 100) / 100;
}
