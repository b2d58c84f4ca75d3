/// <reference types="node" />
/**
 * Renders the app icons from the one SVG mark (scripts/icon-mark.ts) with Debian's Chromium,
 * so the PNGs in public/ can be regenerated after a design change:
 *   npm run icons -w @psoas/web
 * The outputs are committed; the build does not run this.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { renderMark } from './icon-mark.ts';

const PUBLIC_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'public');
// Debian's Chromium; pass another browser binary as the first argument.
const CHROMIUM = process.argv[2] ?? '/usr/bin/chromium';

const PNG_ICONS = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
  // iOS ignores the manifest icons and rounds the corners itself, so it gets a full square.
  { file: 'apple-touch-icon.png', size: 180, maskable: true },
] as const;

async function renderIcons(): Promise<void> {
  await mkdir(PUBLIC_DIR, { recursive: true });
  await writeFile(join(PUBLIC_DIR, 'favicon.svg'), renderMark({ maskable: false }));

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    for (const icon of PNG_ICONS) {
      const page = await browser.newPage({
        viewport: { width: icon.size, height: icon.size },
        deviceScaleFactor: 1,
      });
      const svg = renderMark({ maskable: icon.maskable });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">${svg.replace(
          '<svg ',
          `<svg width="${icon.size}" height="${icon.size}" style="display:block" `,
        )}</body></html>`,
      );
      await page.screenshot({ path: join(PUBLIC_DIR, icon.file), omitBackground: true });
      await page.close();
      console.log(`wrote public/${icon.file}`);
    }
  } finally {
    await browser.close();
  }
}

await renderIcons();
