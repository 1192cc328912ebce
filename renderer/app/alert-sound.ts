/**
 * A short two-tone chime made with Web Audio (no sound file to ship or fetch). Quiet enough
 * for a meeting room; the facilitator can mute it in settings.
 */
export function playTimeUpChime(): void {
  const AudioContextClass = window.AudioContext as typeof AudioContext | undefined;
  if (AudioContextClass === undefined) return;
  try {
    const context = new AudioContextClass();
    const start = context.currentTime;
    for (const [offset, frequency] of [
      [0, 880],
      [0.35, 660],
    ] as const) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start + offset);
      gain.gain.exponentialRampToValueAtTime(0.2, start + offset + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.3);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(start + offset);
      oscillator.stop(start + offset + 0.32);
    }
    setTimeout(() => void context.close(), 1000);
  } catch {
    // No audio device: the visible alert still shows.
  }
}
