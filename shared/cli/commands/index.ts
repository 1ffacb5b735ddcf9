// The `landlink` commands, one module each (default export: a CliCommand). Add a command with an import and an
// entry below. Imports are static: bin.mjs loads the CLI through tsx's in-thread CommonJS hooks (see there), where
// a dynamic import() would bypass tsx.
import type { CliCommand } from '../cli-command';
import area from './area';
import exportCommand from './export';
import fieldPackage from './field-package';
import importCommand from './import';
import info from './info';
import merge from './merge';
import photos from './photos';
import plan from './plan';
import print from './print';
import sample from './sample';
import schedule from './schedule';
import set from './set';
import validate from './validate';

export const COMMANDS: Record<string, CliCommand> = {
  sample,
  info,
  validate,
  import: importCommand,
  set,
  area,
  export: exportCommand,
  schedule,
  plan,
  print,
  photos,
  'field-package': fieldPackage,
  merge,
};
