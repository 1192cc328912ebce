import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

/**
 * ReadyRoom never phones home: no telemetry, no crash upload, no update checks. These are
 * configuration facts, checked where they are decided (package.json, electron-builder.yml);
 * the session's request filter (request-filter.test.ts) refuses anything that slips through.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const builderConfig = load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<
  string,
  unknown
>;

/** Libraries whose job is to update the app or to send usage, errors or crashes somewhere. */
const PHONE_HOME_PACKAGES = [
  'electron-updater',
  'update-electron-app',
  'electron-simple-updater',
  '@sentry/electron',
  '@sentry/node',
  '@sentry/browser',
  '@sentry/react',
  '@bugsnag/electron',
  '@bugsnag/js',
  'electron-google-analytics',
  'electron-google-analytics4',
  'universal-analytics',
  'applicationinsights',
  '@segment/analytics-node',
  'posthog-node',
  'posthog-js',
  'mixpanel',
  'mixpanel-browser',
  '@datadog/browser-rum',
  'trackjs',
];

describe('no telemetry, no crash upload, no update checks', () => {
  it('depends on no updater, analytics or crash-reporting library', () => {
    const installed = Object.keys({ ...packageJson.dependencies, ...packageJson.devDependencies });
    expect(installed.filter((name) => PHONE_HOME_PACKAGES.includes(name))).toEqual([]);
    expect(installed.filter((name) => /sentry|bugsnag|analytics|telemetry|updater/i.test(name))).toEqual([]);
  });

  it('packages no update feed: publish is null, so no app-update.yml ships', () => {
    expect(Object.hasOwn(builderConfig, 'publish')).toBe(true);
    expect(builderConfig.publish).toBeNull();
    for (const platform of ['win', 'mac', 'linux'] as const) {
      const options = builderConfig[platform] as Record<string, unknown> | undefined;
      expect(options?.publish ?? null, platform).toBeNull();
    }
  });

  it('never starts the crash reporter or the auto-updater in the main process', () => {
    const mainDirectory = path.join(root, 'electron', 'main');
    const sources = readdirSync(mainDirectory).filter(
      (name) => name.endsWith('.ts') && !name.endsWith('.test.ts'),
    );
    expect(sources.length).toBeGreaterThan(5);
    for (const name of sources) {
      const text = readFileSync(path.join(mainDirectory, name), 'utf8');
      expect(text, name).not.toMatch(/\bcrashReporter\b|\bautoUpdater\b/);
    }
  });
});
