import { describe, expect, it } from 'vitest';
import { serveZap } from '../../src/transport/curve.js';

describe('the ZAP handler', () => {
  it('starts again at once after its last user released it, and is shared while in use', async () => {
    // the inproc endpoint is freed asynchronously: binding it again before the unbind finished failed
    // with "Address already in use" (seen in CI between two listeners of consecutive tests)
    for (let i = 0; i < 25; i++) {
      const release = await serveZap(() => true);
      release();
    }
    const [a, b] = await Promise.all([serveZap(() => true), serveZap(() => false)]);
    a();
    b();
    await expect(serveZap(() => true).then((release) => release())).resolves.toBeUndefined();
  });
});
