import { cpus, freemem, platform, release, totalmem, type as osType } from 'node:os';

// The machine a benchmark ran on, for the report.

export interface Machine {
  cpu: string;
  cores: number;
  ramGiB: number;
  node: string;
  os: string;
}

export function describeMachine(): Machine {
  const list = cpus();
  return {
    cpu: (list[0]?.model ?? 'unbekannt').trim(),
    cores: list.length,
    ramGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${osType()} ${release()} (${platform()})`,
  };
}

export const freeGiB = (): number => Math.round((freemem() / 2 ** 30) * 10) / 10;
