import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Worker } from '@playwright/test';
import { chromiumArgs } from '../../scripts/chromium-args.mjs';
import { findChromium } from '../../scripts/find-chromium.mjs';

/** The unpacked extension: absolute, because Chromium derives the extension id from it. */
export const distDir = fileURLToPath(new URL('../../dist', import.meta.url));

export function chromiumExecutable(): string {
  const found = findChromium();
  if (found.path) return found.path;
  throw new Error(
    `${found.error ?? 'No Chromium found.'} Run \`npm test\` (it installs Chromium where it ` +
      'can) or set CHROMIUM_PATH to a Chromium binary.',
  );
}

export function assertExtensionBuilt(): void {
  if (!existsSync(path.join(distDir, 'manifest.json'))) {
    throw new Error(
      `${distDir}/manifest.json is missing: run \`npx vite build\` first (npm test does).`,
    );
  }
}

const profileDirs = new WeakMap<BrowserContext, string>();

/** What a spec can set on a fresh profile before Chromium starts. */
export type ProfileOptions = {
  headless?: boolean;
  /**
   * The system's light/dark preference as pages see it (Playwright's emulation, 'light' unless
   * told). Only pages of this connection get it: a popup or DevTools window reached through a
   * second connection (PopupPage, DevToolsPanel) needs its own `page.emulateMedia()`.
   */
  colorScheme?: 'light' | 'dark';
  /**
   * DevTools' own theme (Settings → Preferences → Theme), written into the profile before
   * launch: DevTools keeps its settings as JSON strings in the profile's Preferences file
   * (`devtools.preferences`), and reads them when a DevTools window opens. 'systemPreferred'
   * is DevTools' default.
   */
  devtoolsTheme?: 'systemPreferred' | 'default' | 'dark';
  /** Where DevTools opens (same file, `currentDockState`); 'right' is DevTools' default. */
  devtoolsDock?: 'right' | 'bottom' | 'undocked';
  /**
   * The browser's language. `--lang` picks the extension's messages.json; Playwright's locale
   * emulation is what pages of this connection read as their UI language (getUILanguage,
   * navigator.language, Intl's default), which it otherwise pins to en-US.
   */
  language?: { lang: string; locale: string };
};

/**
 * Chromium with the built extension in a fresh temporary profile. Closed network apart from
 * the local servers; --remote-debugging-port=0 lets PopupPage attach a second Playwright
 * connection, the only way found to get the real popup as a Playwright Page.
 */
export async function launchExtensionContext(
  options: ProfileOptions = {},
): Promise<BrowserContext> {
  assertExtensionBuilt();
  const profileDir = await mkdtemp(path.join(os.tmpdir(), 'cookie-workbench-profile-'));
  const devtoolsPreferences = {
    ...(options.devtoolsTheme ? { 'ui-theme': JSON.stringify(options.devtoolsTheme) } : {}),
    ...(options.devtoolsDock ? { currentDockState: JSON.stringify(options.devtoolsDock) } : {}),
  };
  if (Object.keys(devtoolsPreferences).length > 0) {
    await mkdir(path.join(profileDir, 'Default'));
    const preferences = { devtools: { preferences: devtoolsPreferences } };
    await writeFile(path.join(profileDir, 'Default', 'Preferences'), JSON.stringify(preferences));
  }
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumExecutable(),
    headless: options.headless ?? true,
    args: [
      ...chromiumArgs({ extensionDir: distDir, automated: true }),
      ...(options.language ? [`--lang=${options.language.lang}`] : []),
    ],
    colorScheme: options.colorScheme ?? 'light',
    ...(options.language ? { locale: options.language.locale } : {}),
  });
  profileDirs.set(context, profileDir);
  return context;
}

/** Closes the browser and deletes its temporary profile. */
export async function closeExtensionContext(context: BrowserContext): Promise<void> {
  await context.close();
  const profileDir = profileDirs.get(context);
  // Retries: Chromium's last helper processes may still be writing into the profile.
  if (profileDir) await rm(profileDir, { recursive: true, force: true, maxRetries: 5 });
}

/** The profile folder of a context from launchExtensionContext: what the browser keeps on disk. */
export function profileDirOf(context: BrowserContext): string {
  const profileDir = profileDirs.get(context);
  if (!profileDir) throw new Error('This context was not launched by launchExtensionContext().');
  return profileDir;
}

/** The DevTools endpoint of a context from launchExtensionContext, for connectOverCDP. */
export async function devToolsEndpoint(context: BrowserContext): Promise<string> {
  const profileDir = profileDirs.get(context);
  if (!profileDir) throw new Error('This context was not launched by launchExtensionContext().');
  // Chromium writes "<port>\n<browser target path>" here once DevTools listens.
  const file = path.join(profileDir, 'DevToolsActivePort');
  const deadline = Date.now() + 10_000;
  for (;;) {
    const port = (await readFile(file, 'utf8').catch(() => '')).split('\n')[0];
    if (port) return `http://127.0.0.1:${port}`;
    if (Date.now() > deadline) throw new Error(`Chromium did not write ${file}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function isExtensionWorker(worker: Worker): boolean {
  return worker.url().startsWith('chrome-extension://');
}

/**
 * The extension's service worker. Looked up each time rather than kept: Chromium may stop
 * an idle MV3 worker and start a new one, and the old handle then fails.
 */
export async function extensionServiceWorker(context: BrowserContext): Promise<Worker> {
  const running = context.serviceWorkers().find(isExtensionWorker);
  if (running) return running;
  try {
    return await context.waitForEvent('serviceworker', {
      predicate: isExtensionWorker,
      timeout: 10_000,
    });
  } catch (error) {
    throw new Error(
      `The extension's service worker did not start within 10 s. Is ${distDir} a complete ` +
        `build (was it being rebuilt meanwhile)? ${(error as Error).message}`,
    );
  }
}

export function extensionIdOf(worker: Worker): string {
  return new URL(worker.url()).host;
}
