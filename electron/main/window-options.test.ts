import { AUDIENCE_WINDOW_SWITCH } from '../../shared/host-api/define';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_SIZE } from './window-bounds';
import { audienceWindowOptions, facilitatorWindowOptions, secureWebPreferences } from './window-options';

const cockpitOptions = () => facilitatorWindowOptions('/p.cjs', DEFAULT_WINDOW_SIZE);

describe('window options', () => {
  it('isolate every window from Node and the machine', () => {
    for (const options of [cockpitOptions(), audienceWindowOptions('/p.cjs')]) {
      expect(options.webPreferences).toMatchObject(secureWebPreferences('/p.cjs'));
      expect(options.webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        experimentalFeatures: false,
        preload: '/p.cjs',
      });
    }
  });

  it('tell only the audience window that it is the audience window', () => {
    expect(audienceWindowOptions('/p.cjs').webPreferences?.additionalArguments).toEqual([
      AUDIENCE_WINDOW_SWITCH,
    ]);
    expect(cockpitOptions().webPreferences?.additionalArguments).toBeUndefined();
  });

  it('wait until the page is painted before showing a window', () => {
    expect(cockpitOptions().show).toBe(false);
  });
});
