/**
 * A minimal Chrome DevTools Protocol client in flat mode (one WebSocket, sessions by id).
 * Playwright's CDPSession cannot address auto-attached child sessions, and auto-attaching at
 * the browser level (the only way to catch the popup before its first script runs) needs flat
 * mode. Node 20 has WebSocket behind --experimental-websocket; bench/bench.mjs passes it.
 */
type Listener = (params: Record<string, unknown>, sessionId: string | undefined) => void;

interface Pending {
  resolve: (value: Record<string, unknown>) => void;
  reject: (error: Error) => void;
  method: string;
}

export class CdpConnection {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<string, Set<Listener>>();

  private constructor(private readonly socket: WebSocket) {
    socket.addEventListener('message', (event) => this.receive(String(event.data)));
    socket.addEventListener('close', () => {
      for (const { reject, method } of this.pending.values())
        reject(new Error(`CDP connection closed before ${method} answered.`));
      this.pending.clear();
    });
  }

  static connect(url: string): Promise<CdpConnection> {
    if (typeof WebSocket === 'undefined') {
      throw new Error(
        'This Node has no WebSocket: run the bench with `npm run bench` (it passes ' +
          '--experimental-websocket on Node 20) or use Node 22+.',
      );
    }
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url);
      socket.addEventListener('open', () => resolve(new CdpConnection(socket)), { once: true });
      socket.addEventListener('error', () => reject(new Error(`Cannot connect to ${url}.`)), {
        once: true,
      });
    });
  }

  send<T = Record<string, unknown>>(
    method: string,
    params: Record<string, unknown> = {},
    sessionId?: string,
  ): Promise<T> {
    const id = this.nextId++;
    const message = sessionId ? { id, method, params, sessionId } : { id, method, params };
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, {
        resolve: resolve as (value: Record<string, unknown>) => void,
        reject,
        method,
      });
      this.socket.send(JSON.stringify(message));
    });
  }

  /** Listens to an event of every session; returns the function that stops listening. */
  on(method: string, listener: Listener): () => void {
    let set = this.listeners.get(method);
    if (!set) {
      set = new Set();
      this.listeners.set(method, set);
    }
    set.add(listener);
    return () => set.delete(listener);
  }

  close(): void {
    this.socket.close();
  }

  private receive(data: string): void {
    const message = JSON.parse(data) as {
      id?: number;
      method?: string;
      params?: Record<string, unknown>;
      result?: Record<string, unknown>;
      error?: { message: string };
      sessionId?: string;
    };
    if (message.id !== undefined) {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      if (message.error) pending.reject(new Error(`${pending.method}: ${message.error.message}`));
      else pending.resolve(message.result ?? {});
      return;
    }
    if (message.method) {
      for (const listener of this.listeners.get(message.method) ?? [])
        listener(message.params ?? {}, message.sessionId);
    }
  }
}
