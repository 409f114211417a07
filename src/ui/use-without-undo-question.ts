import { useCallback, useState } from 'preact/hooks';
import { ProtocolError } from '../protocol/protocol-error';

export interface Question {
  message: string;
  action: string;
  proceed: () => void;
}

/**
 * When the background says an action's undo data would not fit (`undo-too-big`, before it
 * changed anything), the page asks: go on without undo, or cancel.
 */
export function useWithoutUndoQuestion() {
  const [question, setQuestion] = useState<Question>();
  /**
   * Runs `run`; if the background answers that its undo would not fit, asks instead and
   * resolves with nothing (`goOn` runs the action again without undo if the user says so).
   */
  const attempt = useCallback(
    async <T>(action: string, goOn: () => void, run: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await run();
      } catch (error) {
        if (!(error instanceof ProtocolError) || error.code !== 'undo-too-big') throw error;
        setQuestion({ message: error.message, action, proceed: goOn });
        return undefined;
      }
    },
    [],
  );
  const close = useCallback(() => setQuestion(undefined), []);
  return { question, attempt, close };
}
