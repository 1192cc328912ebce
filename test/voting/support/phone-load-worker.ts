/**
 * Simulated phones on their own thread, for the votes benchmark: the phones' HTTP client
 * work runs beside the server instead of on its event loop, as real phones would (each is
 * its own device). The main thread sends a burst request; the worker answers with timings.
 * 127.0.0.1 only (SimulatedPhone refuses anything else).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import type { Answer, QuestionId } from '../../../shared/workshop/readiness';
import { SimulatedPhone } from './simulated-phone';

/** What the worker is started with: one phone per device token, against `origin`. */
export interface PhoneLoadSetup {
  readonly origin: string;
  readonly devices: readonly { readonly token: string; readonly deviceId: string }[];
  /** Also hold a live WebSocket per phone, as the participant page does. */
  readonly live: boolean;
}

/** One burst: every phone sends `ballots` one after another, all phones at once. */
export interface BurstRequest {
  readonly roundId: string;
  readonly ballots: readonly (readonly { readonly questionId: QuestionId; readonly answer: Answer }[])[];
}

/** What a burst produced. */
export interface BurstReply {
  readonly seconds: number;
  readonly ackMs: number[];
  readonly refused: number;
  /** `deviceId/questionId` → the last acknowledged answer. */
  readonly acknowledged: [string, Answer][];
}

/** Messages the worker sends back. */
export type PhoneLoadMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'burst'; readonly reply: BurstReply }
  | { readonly type: 'failed'; readonly message: string };

const setup = workerData as PhoneLoadSetup;
const port = parentPort;
if (port === null) throw new Error('phone-load-worker runs as a worker thread.');

const phones = setup.devices.map((device) => {
  const phone = new SimulatedPhone(setup.origin);
  phone.token = device.token;
  phone.deviceId = device.deviceId;
  return phone;
});

async function burst(request: BurstRequest): Promise<BurstReply> {
  const ackMs: number[] = [];
  const acknowledged = new Map<string, Answer>();
  let refused = 0;
  const started = performance.now();
  await Promise.all(
    phones.map(async (phone, index) => {
      for (const { questionId, answer } of request.ballots[index] ?? []) {
        const result = await phone.vote(request.roundId, questionId, answer);
        ackMs.push(result.ms);
        if (result.status === 200) acknowledged.set(`${phone.deviceId}/${questionId}`, answer);
        else refused += 1;
      }
    }),
  );
  return { seconds: (performance.now() - started) / 1000, ackMs, refused, acknowledged: [...acknowledged] };
}

port.on('message', (message: BurstRequest | 'stop') => {
  if (message === 'stop') {
    for (const phone of phones) phone.close();
    port.close();
    return;
  }
  burst(message).then(
    (reply) => port.postMessage({ type: 'burst', reply } satisfies PhoneLoadMessage),
    (error: unknown) =>
      port.postMessage({ type: 'failed', message: String(error) } satisfies PhoneLoadMessage),
  );
});

void (async () => {
  try {
    if (setup.live) await Promise.all(phones.map((phone) => phone.openLive()));
    port.postMessage({ type: 'ready' } satisfies PhoneLoadMessage);
  } catch (error) {
    port.postMessage({ type: 'failed', message: String(error) } satisfies PhoneLoadMessage);
  }
})();
