import { startMockServer } from '@avatar-picker/mock-api/node';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from './e2e/chromium-launch-options';
import { serveBench } from './e2e/bench/serve-bench';
const size = Number(process.argv[2] ?? 10000);
const fake = await startMockServer({ port: 0, characters: size, seed: '7' });
const server = await serveBench(process.cwd() + '/e2e/bench/dist', new Map([[size, fake.url]]));
const browser = await chromium.launch(chromiumLaunchOptions);
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
function summarize(profile: any, label: string) {
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
  const dt = profile.timeDeltas; const samples = profile.samples;
  for (let i = 0; i < samples.length; i++) {
    const n: any = byId.get(samples[i]);
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  }
  const top = [...self].filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)')).sort((a, b) => b[1] - a[1]).slice(0, 22);
  console.log(`--- ${label}`); for (const [k, v] of top) console.log(v.toFixed(1).padStart(7), k);
}
await cdp.send('Profiler.start');
await page.goto(`${server.origin}/?renderer=picker&characters=${size}`);
await page.waitForFunction(() => 'bench' in window);
await page.evaluate(() => window.bench.ready());
summarize((await cdp.send('Profiler.stop')).profile, 'mount');
await page.waitForTimeout(500);
await cdp.send('Profiler.start');
await page.locator('[data-ap-character-trigger]').first().click();
await page.locator('[data-ap-look]').first().waitFor();
await page.waitForTimeout(300);
summarize((await cdp.send('Profiler.stop')).profile, 'expand');
await cdp.send('Profiler.start');
for (let i = 0; i < 20; i++) { await page.keyboard.press('ArrowDown'); await page.waitForTimeout(30); }
summarize((await cdp.send('Profiler.stop')).profile, '20 arrows');
await browser.close(); await server.close(); await fake.close();
