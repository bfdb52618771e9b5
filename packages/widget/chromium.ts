/**
 * Debian's Chromium, as every browser test of the widget launches it (the Vitest browser
 * projects, the visual run and the static Storybook test). Without the background-networking
 * flags, Chromium's own connections to Google are refused by the closed network of the test
 * machines, many at a time; as root it needs `--no-sandbox`.
 */
export const chromiumLaunch = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
} as const;
