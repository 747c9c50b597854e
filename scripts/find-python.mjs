// Prints the Python interpreter the worker would use (for scripts/pytest.sh); needs `npm run build`.
import { findPython } from '../dist/src/worker/python.js';

try {
  process.stdout.write(`${findPython().executable}\n`);
} catch (e) {
  process.stderr.write(`${e.message}\n${e.hint ? `fix: ${e.hint}\n` : ''}`);
  process.exit(3);
}
