#!/usr/bin/env node
/** The moqlab command line. The only module that exits; errors map to statuses in exit.ts. */
import { Command } from 'commander';
import { MoqlabError, ErrorCode } from '../errors.js';
import { packageVersion } from '../paths.js';
import { benchCommand } from './bench.js';
import { compareCommand } from './compare.js';
import { configCommand } from './config.js';
import { doctorCommand } from './doctor.js';
import { exportCommand } from './export.js';
import { describeError } from './exit.js';
import { inspectCommand } from './inspect.js';
import { planCommand } from './plan.js';
import { reportCommand } from './report.js';
import { reproCommand } from './repro.js';
import { resumeCommand } from './resume.js';
import { runsCommand } from './runs.js';
import { storeCommand } from './store.js';
import { trainCommand } from './train.js';
import { workerCommand } from './worker.js';
import { keysCommand } from './keys.js';

const program = new Command('moqlab')
  .description('Mixture-of-Quantization training: a TypeScript controller driving a PyTorch worker')
  .version(packageVersion())
  .showHelpAfterError()
  .exitOverride()
  .addCommand(trainCommand())
  .addCommand(resumeCommand())
  .addCommand(planCommand())
  .addCommand(compareCommand())
  .addCommand(reproCommand())
  .addCommand(reportCommand())
  .addCommand(exportCommand())
  .addCommand(configCommand())
  .addCommand(runsCommand())
  .addCommand(inspectCommand())
  .addCommand(benchCommand())
  .addCommand(doctorCommand())
  .addCommand(storeCommand())
  .addCommand(workerCommand())
  .addCommand(keysCommand());

/** Subcommands do not inherit these from `addCommand`: without them a usage error of `moqlab train` would exit 1 by itself. */
function throwUsageErrors(command: Command): void {
  command.exitOverride().showHelpAfterError();
  for (const sub of command.commands) throwUsageErrors(sub);
}
throwUsageErrors(program);

/**
 * Exits once stdout and stderr are flushed: writes to a pipe are asynchronous, and exiting at once
 * would cut off a long output (a run export). Exiting at all matters because sockets and timers of a
 * finished command must not keep the process alive.
 */
function exitWhenFlushed(status: number): void {
  let pending = 2;
  const done = () => {
    pending -= 1;
    if (pending === 0) process.exit(status);
  };
  process.stdout.write('', done);
  process.stderr.write('', done);
}

try {
  await program.parseAsync(process.argv);
  exitWhenFlushed(typeof process.exitCode === 'number' ? process.exitCode : 0);
} catch (error) {
  const code = (error as { code?: string }).code;
  if (typeof code === 'string' && code.startsWith('commander.')) {
    // commander already printed help or the usage error.
    exitWhenFlushed(code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help' ? 0 : 2);
  } else {
    const { text, status } = describeError(error instanceof Error || error instanceof MoqlabError ? error : new MoqlabError(ErrorCode.Usage, String(error)));
    process.stderr.write(`${text}\n`);
    exitWhenFlushed(status);
  }
}
