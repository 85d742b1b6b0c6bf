// What every dashboard page goes through in the browser test: axe-core's rules, and a screenshot
// at a PC's and a phone's size to be looked at.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
// The pages' Content-Security-Policy lets no script in, not even one added by a test through a
// <script> tag: axe's source is evaluated through the DevTools protocol instead, which the page's
// policy does not govern, so the pages are checked under the very headers they are served with.
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const kPc = { width: 1280, height: 800 };
export const kPhone = { width: 390, height: 844 };

function describe(violations) {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary}`).join('\n'))
    .join('\n');
}

// Every rule axe runs by default (WCAG 2.x A and AA, and its best practices): not one violation.
export async function assertAccessible(page, what) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  assert.equal(result.violations.length, 0, `${what} at ${page.url()}:\n${describe(result.violations)}`);
}

// NAME-pc.png (the 1280x800 window as seen) and NAME-phone.png (the whole page at 390 px wide);
// axe runs at both sizes, since what wraps or scrolls differs. Shots first, so that a failing
// page can be looked at. The page is left at the PC size.
export async function checkAndShoot(page, dir, name) {
  await page.setViewportSize(kPhone);
  await page.screenshot({ path: join(dir, `${name}-phone.png`), fullPage: true });
  await assertAccessible(page, `${name} (phone)`);
  await page.setViewportSize(kPc);
  await page.screenshot({ path: join(dir, `${name}-pc.png`) });
  await assertAccessible(page, `${name} (PC)`);
}
