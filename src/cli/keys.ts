/** `moqlab keys`: the CURVE keys that let a controller and a tcp worker trust each other. */
import { Command } from 'commander';
import { authorizeWorker, authorizedWorkers, KeyRole, keysDir, loadOrCreateKeys } from '../worker/keys.js';

export function keysCommand(): Command {
  return new Command('keys')
    .description("show this machine's CURVE public keys (created on first use, secret halves mode 0600), and authorize workers' keys for `train --listen`")
    .option('--authorize <key>', "admit a worker's public key (what `moqlab worker --server-key ...` prints) on this controller")
    .action((options: { authorize?: string }) => {
      if (options.authorize !== undefined) {
        const added = authorizeWorker(options.authorize);
        process.stdout.write(`${added ? 'authorized' : 'already authorized'}: ${options.authorize}\n`);
        return;
      }
      const controller = loadOrCreateKeys(KeyRole.Controller);
      const worker = loadOrCreateKeys(KeyRole.Worker);
      const authorized = authorizedWorkers();
      process.stdout.write(
        [
          `keys in ${keysDir()}`,
          `controller public key: ${controller.public}   (workers pass it as --server-key)`,
          `worker public key:     ${worker.public}   (authorize it on the controller with moqlab keys --authorize)`,
          `authorized workers:    ${authorized.length === 0 ? 'none' : authorized.join(', ')}`,
        ].join('\n') + '\n',
      );
    });
}
