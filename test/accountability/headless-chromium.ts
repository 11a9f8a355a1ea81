import { ChildProcess, spawn } from 'node:child_process';
import { Readable, Writable } from 'node:stream';

/**
 * Headless Chromium driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`: JSON
 * messages ended by NUL on file descriptors 3 and 4), as Puppeteer drives it, without a library:
 * a page is opened, typed into and submitted the way a person would, and every request it makes is seen.
 */
export interface BrowserTab {
  /** Every URL the tab requested, in order: documents, redirects, anything a page loads. */
  readonly requestedUrls: string[];
  /** Opens an address as if typed into the address bar; resolves with the document's status once loaded. */
  open(url: string): Promise<number>;
  /** Types the text into the field the selector names, then presses Enter; resolves with the status of the document it leads to. */
  typeAndSubmit(selector: string, text: string): Promise<number>;
  /** Presses Enter on the button the selector names; resolves with the status of the document it leads to. */
  press(selector: string): Promise<number>;
  /** The document as the browser holds it. */
  html(): Promise<string>;
  /** A PNG of the page, as wide and as tall as asked. */
  screenshot(width: number, height: number): Promise<Buffer>;
}

interface Message {
  readonly id?: number;
  readonly method?: string;
  readonly params?: {
    readonly request?: { readonly url: string };
    readonly type?: string;
    readonly response?: { readonly status: number };
  };
  readonly result?: unknown;
  readonly error?: { readonly message: string };
  readonly sessionId?: string;
}
type Node = { readonly nodeId: number };

export async function withHeadlessChromium<T>(executable: string, userDataDir: string, use: (tab: BrowserTab) => Promise<T>): Promise<T> {
  const browser = spawn(
    executable,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--remote-debugging-pipe',
      `--user-data-dir=${userDataDir}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const protocol = devtools(browser);
  try {
    const { targetId } = await protocol.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await protocol.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
    return await use(await tabOf(protocol, sessionId));
  } finally {
    await protocol.send('Browser.close').catch(() => undefined);
    browser.kill();
  }
}

function devtools(browser: ChildProcess) {
  const toBrowser = browser.stdio[3] as Writable;
  const fromBrowser = browser.stdio[4] as Readable;
  const pending = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
  const listeners = new Set<(message: Message) => void>();
  let buffered = '';
  let lastId = 0;
  fromBrowser.on('data', (chunk: Buffer) => {
    const parts = (buffered + chunk.toString('utf8')).split('\0');
    buffered = parts.pop() ?? '';
    for (const part of parts) {
      const message = JSON.parse(part) as Message;
      const waiting = message.id === undefined ? undefined : pending.get(message.id);
      if (waiting && message.id !== undefined) {
        pending.delete(message.id);
        if (message.error) waiting.reject(new Error(message.error.message));
        else waiting.resolve(message.result);
      } else for (const listener of listeners) listener(message);
    }
  });
  browser.on('exit', () => {
    for (const { reject } of pending.values()) reject(new Error('Chromium exited'));
  });
  return {
    send<T = unknown>(method: string, params: object = {}, sessionId?: string): Promise<T> {
      const id = ++lastId;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, {
          resolve: (result) => {
            resolve(result as T);
          },
          reject,
        });
        toBrowser.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
      });
    },
    listen(listener: (message: Message) => void): () => void {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

async function tabOf(protocol: ReturnType<typeof devtools>, sessionId: string): Promise<BrowserTab> {
  const send = <T = unknown>(method: string, params: object = {}) => protocol.send<T>(method, params, sessionId);
  const requestedUrls: string[] = [];
  let documentStatus = 0;
  protocol.listen((message) => {
    if (message.sessionId !== sessionId) return;
    const { request, type, response } = message.params ?? {};
    if (message.method === 'Network.requestWillBeSent' && request) requestedUrls.push(request.url);
    if (message.method === 'Network.responseReceived' && type === 'Document' && response) documentStatus = response.status;
  });
  await send('Network.enable');
  await send('Page.enable');
  /** Resolves with the document's status once the navigation the action starts has loaded. */
  const navigation = async (action: () => Promise<unknown>): Promise<number> => {
    const loaded = new Promise<void>((resolve) => {
      const stop = protocol.listen((message) => {
        if (message.sessionId === sessionId && message.method === 'Page.loadEventFired') {
          stop();
          resolve();
        }
      });
    });
    await action();
    await loaded;
    return documentStatus;
  };
  const focus = async (selector: string) => {
    const { root } = await send<{ root: Node }>('DOM.getDocument');
    const { nodeId } = await send<Node>('DOM.querySelector', {
      nodeId: root.nodeId,
      selector,
    });
    if (!nodeId) throw new Error(`nothing on the page matches ${selector}`);
    await send('DOM.focus', { nodeId });
  };
  const pressEnter = async () => {
    await send('Input.dispatchKeyEvent', {
      type: 'keyDown',
      key: 'Enter',
      code: 'Enter',
      windowsVirtualKeyCode: 13,
      text: '\r',
    });
    await send('Input.dispatchKeyEvent', {
      type: 'keyUp',
      key: 'Enter',
      code: 'Enter',
      windowsVirtualKeyCode: 13,
    });
  };
  return {
    requestedUrls,
    open: (url) => navigation(() => send('Page.navigate', { url })),
    typeAndSubmit: (selector, text) =>
      navigation(async () => {
        await focus(selector);
        await send('Input.insertText', { text });
        await pressEnter();
      }),
    press: (selector) =>
      navigation(async () => {
        await focus(selector);
        await pressEnter();
      }),
    html: async () => {
      const { root } = await send<{ root: Node }>('DOM.getDocument');
      return (
        await send<{ outerHTML: string }>('DOM.getOuterHTML', {
          nodeId: root.nodeId,
        })
      ).outerHTML;
    },
    screenshot: async (width, height) => {
      await send('Emulation.setDeviceMetricsOverride', {
        width,
        height,
        deviceScaleFactor: 1,
        mobile: false,
      });
      return Buffer.from(
        (
          await send<{ data: string }>('Page.captureScreenshot', {
            format: 'png',
          })
        ).data,
        'base64',
      );
    },
  };
}
