// The `landlink` commands, one module each (default export: a CliCommand), loaded only when used so that
// `landlink info` does not pay for the modules of `landlink area`. Add a command with one line here.
import type { CliCommand } from '../cli-command';

type CommandModule = () => Promise<{ default: CliCommand }>;

export const COMMANDS: Record<string, CommandModule> = {
  sample: () => import('./sample'),
  info: () => import('./info'),
  validate: () => import('./validate'),
  import: () => import('./import'),
  area: () => import('./area'),
  export: () => import('./export'),
  schedule: () => import('./schedule'),
  plan: () => import('./plan'),
};
