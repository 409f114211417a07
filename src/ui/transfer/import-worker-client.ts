import { t } from '../../i18n/t';
import type {
  ImportWorkerAnswers,
  ImportWorkerReply,
  ImportWorkerRequest,
} from './import-worker-protocol';

/** The import dialog's side of its worker: one promise per request. */
export class ImportWorkerClient {
  private readonly worker = new Worker(new URL('./import-worker.ts', import.meta.url), {
    type: 'module',
  });
  private nextId = 0;
  private readonly pending = new Map<
    number,
    { resolve: (answer: unknown) => void; reject: (error: Error) => void }
  >();

  constructor() {
    this.worker.onmessage = (event: MessageEvent<ImportWorkerReply>) => {
      const reply = event.data;
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (reply.ok) waiting?.resolve(reply.answer);
      else waiting?.reject(new Error(reply.error));
    };
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.failAll(
        new Error(event.message ? t('import_stoppedWith', event.message) : t('import_stopped')),
      );
    };
  }

  ask<K extends ImportWorkerRequest['kind']>(
    request: Extract<ImportWorkerRequest, { kind: K }>,
  ): Promise<ImportWorkerAnswers[K]> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (answer: unknown) => void, reject });
      this.worker.postMessage({ id, ...request });
    });
  }

  close(): void {
    this.worker.terminate();
    this.failAll(new Error(t('import_dialogClosed')));
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
