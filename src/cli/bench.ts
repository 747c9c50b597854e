import { Command } from 'commander';
import { runPythonModule } from '../worker/python.js';

/**
 * `moqlab bench kernels`: the kernel benchmark is a Python program (it times torch code in-process),
 * so its arguments and --help are the Python module's; this command finds the worker's interpreter
 * and runs it.
 */
export function benchCommand(): Command {
  const kernels = new Command('kernels')
    .description('time QuantLinear against F.linear and dequantize→F.linear over the spec shapes and batch sizes (options: moqlab bench kernels --help)')
    .helpOption(false)
    .allowUnknownOption()
    .allowExcessArguments()
    .argument('[options...]', 'passed to python -m moqlab_tools.bench')
    .action(async (args: string[]) => {
      process.exitCode = await runPythonModule('moqlab_tools.bench', args);
    });
  return new Command('bench').description('benchmarks that run in the worker\'s Python').addCommand(kernels);
}
