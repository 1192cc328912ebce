/**
 * The third-party notices as `npm run build` writes them (out/THIRD-PARTY-NOTICES.txt;
 * `npm test` builds before the unit tests): every package the app ships, with its licence
 * text, elkjs's EPL-2.0 and where its source is found; and packaging puts them in the app
 * and beside it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const noticesPath = fileURLToPath(new URL('out/THIRD-PARTY-NOTICES.txt', root));
const packageJson = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
  dependencies: Record<string, string>;
};

function installedVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(new URL(`node_modules/${name}/package.json`, root), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

describe('third-party notices', () => {
  const notices = existsSync(noticesPath) ? readFileSync(noticesPath, 'utf8') : '';

  it('are written by the build (run npm run build first)', () => {
    expect(existsSync(noticesPath), `${noticesPath} is missing: run npm run build`).toBe(true);
  });

  it('name every production dependency at its installed version', () => {
    for (const name of Object.keys(packageJson.dependencies)) {
      expect(notices, name).toContain(` - ${name}@${installedVersion(name)}\n`);
    }
  });

  it('carry elkjs’s licence text and where its source is found', () => {
    const elk = notices.indexOf(` - elkjs@${installedVersion('elkjs')}`);
    expect(elk).toBeGreaterThan(-1);
    expect(notices.slice(elk)).toMatch(
      /This package contains the following license:\s+# Eclipse Public License - v 2\.0/,
    );
    expect(notices).toContain('https://github.com/kieler/elkjs');
  });

  it('ship inside the app and beside it in every installer', () => {
    const config = yaml.load(readFileSync(new URL('electron-builder.yml', root), 'utf8')) as {
      files: string[];
      extraResources: { from: string; to: string }[];
    };
    expect(config.files).toContain('out/**/*');
    expect(config.extraResources).toContainEqual({
      from: 'out/THIRD-PARTY-NOTICES.txt',
      to: 'THIRD-PARTY-NOTICES.txt',
    });
  });
});
