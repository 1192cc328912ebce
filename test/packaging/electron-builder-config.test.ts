import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
const config = load(
  readFileSync(fileURLToPath(new URL('../../electron-builder.yml', import.meta.url)), 'utf8'),
) as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's own JSON schema", () => {
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
    const validate = ajv.compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('sets the security fuses and packs the app in an asar', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('associates .readyroom files with the app and targets every platform', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'readyroom', name: 'ReadyRoom workshop' }),
    ]);
    expect(JSON.stringify(config.win)).toContain('nsis');
    expect(JSON.stringify(config.mac)).toContain('dmg');
    expect(JSON.stringify(config.mac)).toContain('universal');
    expect(JSON.stringify(config.linux)).toContain('AppImage');
    expect(JSON.stringify(config.linux)).toContain('deb');
  });
});
