import { chromium } from 'playwright-core';

/** Headless Debian Chromium, quiet: no sandbox (containers), no GPU, no background network or updates. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

/** Launches the browser every bench script uses (`CHROMIUM_PATH`, default /usr/bin/chromium), with `extraArgs`. */
export function launchChromium(extraArgs = []) {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...extraArgs] });
}
