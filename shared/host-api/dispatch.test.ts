import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTemporaryDirectory } from '../../test/support/temporary-directory';
import { createTestHost } from '../../test/support/test-host';
import type { Host } from '../../electron/host/create-host';
import { hostContract, hostMethodNames } from './contract';
import { dispatchHostCall } from './dispatch';
import { HostError } from './errors';

/** A value that no method accepts: methods without input refuse objects, the rest refuse numbers. */
function badInputFor(name: keyof typeof hostContract): unknown {
  return hostContract[name].input.safeParse(undefined).success ? { unexpected: true } : 42;
}

describe('dispatchHostCall', () => {
  let directory: ReturnType<typeof makeTemporaryDirectory>;
  let host: Host;

  beforeEach(() => {
    directory = makeTemporaryDirectory();
    host = createTestHost(directory.path);
  });
  afterEach(() => directory.remove());

  it.each(hostMethodNames)('refuses a bad argument to %s with a message naming the method', async (name) => {
    const call = dispatchHostCall(host.methods, name, badInputFor(name));
    await expect(call).rejects.toBeInstanceOf(HostError);
    await expect(call).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(call).rejects.toThrow(new RegExp(`refused a call to ${name.replace('.', '\\.')} because`));
  });

  it('names the bad field and the allowed values', async () => {
    await expect(dispatchHostCall(host.methods, 'settings.set', { theme: 'purple' })).rejects.toThrow(
      /theme: .*"system"/,
    );
  });

  it('refuses fields the contract does not know', async () => {
    await expect(
      dispatchHostCall(host.methods, 'settings.set', { theme: 'dark', isAdmin: true }),
    ).rejects.toThrow(/fields ReadyRoom does not know: isAdmin/);
  });

  it('refuses a method that does not exist, including prototype names', async () => {
    for (const name of ['settings.delete', 'constructor', '__proto__', 'toString']) {
      await expect(dispatchHostCall(host.methods, name, undefined)).rejects.toMatchObject({
        code: 'unknown-method',
      });
    }
  });

  it('passes a valid argument through and returns the result', async () => {
    const settings = await dispatchHostCall(host.methods, 'settings.set', { theme: 'dark' });
    expect(settings).toMatchObject({ theme: 'dark' });
  });

  it('hides unexpected implementation errors behind a friendly message', async () => {
    const broken = {
      ...host.methods,
      'app.getInfo': async () => {
        throw new Error('EACCES /secret/path');
      },
    };
    const call = dispatchHostCall(broken, 'app.getInfo', undefined);
    await expect(call).rejects.toMatchObject({ code: 'internal' });
    await expect(call).rejects.not.toThrow(/secret/);
  });
});
