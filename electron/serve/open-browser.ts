import { spawn } from 'node:child_process';
import { text } from '../../shared/text';

/** Opens `url` in the system's default browser; failures are reported, never fatal. */
export function openInSystemBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => {
      console.error(text('host.serve.openYourself', { url }));
    });
    child.unref();
  } catch {
    console.error(text('host.serve.openYourself', { url }));
  }
}
