/// <reference lib="webworker" />
import { textOfImportFile } from '../../formats/import-file-text';
import { type ImportPreview, previewImportText } from '../../formats/import-preview';
import { errorText } from '../../text/error-text';
import type {
  ImportWorkerAnswers,
  ImportWorkerMessage,
  ImportWorkerReply,
  ImportWorkerRequest,
} from './import-worker-protocol';
import { installWorkerMessages } from './worker-messages';

// Reading, parsing and checking a file of 100,000 cookies takes seconds: here, off the page's
// thread, the page stays responsive. The entries stay here too; the page asks for the rows it
// shows (a structured clone of all of them would block the page as long as parsing did).

let current: ImportPreview | undefined;
// Messages are handled while an earlier file is still being read: only the latest preview may
// become the one whose rows the page is shown.
let latest = 0;

async function answer(
  request: ImportWorkerRequest,
): Promise<ImportWorkerAnswers[typeof request.kind]> {
  switch (request.kind) {
    case 'preview': {
      const mine = ++latest;
      current = undefined;
      await installWorkerMessages(request.locale);
      let text: string;
      if ('file' in request.source) {
        const read = textOfImportFile(new Uint8Array(await request.source.file.arrayBuffer()));
        if (!read.ok) return read;
        text = read.text;
      } else {
        text = request.source.text;
      }
      const result = previewImportText(text, request.options);
      if (!result.ok) return result;
      if (mine === latest) current = result.preview;
      return { ok: true, summary: result.preview.summary };
    }
    case 'rows':
      return current?.rows(request.from, request.to) ?? [];
    case 'problems':
      return current?.problems(request.limit) ?? { lines: [], count: 0 };
    case 'selection':
      return current?.selection() ?? { drafts: [], existingKeys: [] };
  }
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = async (event: MessageEvent<ImportWorkerMessage>) => {
  const { id, ...request } = event.data;
  let reply: ImportWorkerReply;
  try {
    reply = { id, ok: true, answer: await answer(request) };
  } catch (error) {
    reply = { id, ok: false, error: errorText(error) };
  }
  scope.postMessage(reply);
};
