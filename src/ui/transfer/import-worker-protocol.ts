import type {
  ImportSelection,
  ImportSummary,
  PreviewOptions,
  PreviewRow,
} from '../../formats/import-preview';
import type { WorkerLocale } from './worker-messages';

/** What the import dialog asks its worker; each answer carries the request's id. */
export type ImportWorkerRequest =
  | {
      kind: 'preview';
      source: { file: File } | { text: string };
      options: PreviewOptions;
      /** The page's language: the worker's messages follow it. */
      locale: WorkerLocale;
    }
  | { kind: 'rows'; from: number; to: number }
  | { kind: 'problems'; limit: number }
  | { kind: 'selection' };

export interface ImportWorkerAnswers {
  preview: { ok: true; summary: ImportSummary } | { ok: false; error: string };
  rows: PreviewRow[];
  problems: { lines: string[]; count: number };
  selection: ImportSelection;
}

export type ImportWorkerMessage = { id: number } & ImportWorkerRequest;

export type ImportWorkerReply =
  | { id: number; ok: true; answer: ImportWorkerAnswers[ImportWorkerRequest['kind']] }
  | { id: number; ok: false; error: string };
