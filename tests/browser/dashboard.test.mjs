// The coordinators' dashboard in a real browser: Debian's chromium, driven by playwright-core,
// against the real palier-hub on 127.0.0.1 holding the demo centre that the real palier CLI
// created and synced. Every page must pass axe-core and be usable with the keyboard alone.
//   node dashboard.test.mjs PALIER PALIER_HUB SCREENSHOT_DIR     (ctest -R browser runs it)
// SCREENSHOT_DIR receives NAME-pc.png and NAME-phone.png for every page, and the hub's hub.log.
// Exits 77 (ctest: skipped) only when /usr/bin/chromium is absent.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { checkAndShoot } from './support/page_checks.mjs';
import { run, startHub } from './support/processes.mjs';
import * as reference from './support/reference.mjs';

const kChromium = '/usr/bin/chromium';
if (!existsSync(kChromium)) {
  console.log(`SKIPPED: ${kChromium} is absent (scripts/setup installs Debian's chromium)`);
  process.exit(77);
}
const [palier, palierHub, shots] = process.argv.slice(2);
if (!shots) {
  console.error('usage: node dashboard.test.mjs PALIER PALIER_HUB SCREENSHOT_DIR');
  process.exit(2);
}
let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch {
  console.error('playwright-core is missing: scripts/setup installs it (npm ci in tests/browser)');
  process.exit(1);
}

// A Wednesday morning: the demo centre has visits today, earlier this week and before.
const kNow = '2026-11-25T10:30';
const kAccounts = {
  coordinator: { login: 'claire', password: 'claire-dashboard-1' },
  volunteer: { login: 'victor', password: 'victor-dashboard-1' },
};
// The machine's network is closed: no call home, no component or sync download, no QUIC.
const kChromiumFlags = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let work, kioskDir, hubDir, hub, browser;

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'palier-browser-'));
  kioskDir = join(work, 'kiosk');
  hubDir = join(work, 'hub');
  mkdirSync(hubDir);
  mkdirSync(shots, { recursive: true });
  run(palier, ['--data', kioskDir, '--now', kNow, 'demo']);
  for (const [role, a] of Object.entries(kAccounts))
    run(palierHub, ['account', 'add', '--data', hubDir, '--login', a.login, '--role', role],
      `${a.password}\n`);
  hub = await startHub(palierHub, hubDir, kNow, join(shots, 'hub.log'));
  const code = run(palierHub, ['enrol', '--data', hubDir, '--site', 'Les Montoires']).trim();
  run(palier, ['--data', kioskDir, '--now', kNow, 'enrol', hub.url, code]);
  run(palier, ['--data', kioskDir, '--now', kNow, 'sync']);
  // Playwright starts it headless with a new, empty profile of its own.
  browser = await chromium.launch({ executablePath: kChromium, args: kChromiumFlags });
});

after(async () => {
  await browser?.close();
  await hub?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function newPage(locale) {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 800 } });
  return context.newPage();
}

const at = (path) => `${hub.url}${path}`;

// Fills the login form the ordinary way (the keyboard-only way is a test of its own).
async function logIn(page, { login, password }) {
  await page.goto(at('/login'));
  await page.fill('#login', login);
  await page.fill('#password', password);
  await Promise.all([page.waitForURL(at('/')), page.click('form.card button')]);
}

const cell = (page, section, row, figure) =>
  page.locator(`#${section} ${row} td.${figure}`).textContent();

test('the sync carried every visit of the kiosk to the hub', () => {
  const onKiosk = reference.allVisits(join(kioskDir, 'palier.db'));
  assert.ok(onKiosk > 0, 'the demo centre has visits');
  assert.equal(reference.allVisits(join(hubDir, 'palier.db')), onKiosk);
});

test('without a session, every page leads to the login page', async () => {
  const page = await newPage('fr-FR');
  for (const path of ['/', '/kiosks']) {
    await page.goto(at(path));
    assert.equal(page.url(), at('/login'), `${path} without a session`);
  }
  await checkAndShoot(page, shots, 'login');
  await page.context().close();
});

let coordinator;

test('a coordinator logs in with the keyboard alone', async () => {
  coordinator = await newPage('fr-FR');
  await coordinator.goto(at('/login'));
  // The login field has the focus as the page opens; nothing comes before it in the tab order
  // (Shift+Tab leaves the page), and Tab brings the focus back to it.
  const focused = () =>
    coordinator.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
  assert.equal(await focused(), 'login');
  await coordinator.keyboard.press('Shift+Tab');
  assert.equal(await focused(), 'BODY');
  await coordinator.keyboard.press('Tab');
  assert.equal(await focused(), 'login');
  await coordinator.keyboard.type(kAccounts.coordinator.login);
  await coordinator.keyboard.press('Tab');
  assert.equal(await focused(), 'password');
  await coordinator.keyboard.type(kAccounts.coordinator.password);
  await Promise.all([coordinator.waitForURL(at('/')), coordinator.keyboard.press('Enter')]);
  assert.equal(await coordinator.locator('section#today').count(), 1, 'the overview');
});

test('the overview shows the figures counted in the hub database', async () => {
  const db = join(hubDir, 'palier.db');
  const periods = reference.periodsOf(kNow);
  const expected = {
    today: { visits: reference.visits(db, periods.today), first_visits: reference.firstVisits(db, periods.today) },
    week: { visits: reference.visits(db, periods.week), first_visits: reference.firstVisits(db, periods.week) },
  };
  assert.ok(expected.today.visits.total > 0 && expected.week.visits.total > expected.today.visits.total,
    'the demo centre has visits today and earlier this week');
  for (const section of ['today', 'week']) {
    for (const figure of ['visits', 'first_visits']) {
      const want = expected[section][figure];
      assert.equal(await cell(coordinator, section, 'tr.total', figure), String(want.total),
        `${section}: ${figure} in total`);
      // Each site's row, including the sites with none (0).
      const rows = coordinator.locator(`#${section} tr[data-site]`);
      assert.ok((await rows.count()) >= Object.keys(want.sites).length);
      for (const row of await rows.all()) {
        const site = await row.getAttribute('data-site');
        assert.equal(await row.locator(`td.${figure}`).textContent(), String(want.sites[site] ?? 0),
          `${section}: ${figure} at site ${site}`);
      }
    }
  }
  // The pages run no script at all: the browser refuses even one added by the test.
  await assert.rejects(coordinator.addScriptTag({ content: 'window.added = 1' }), /Content Security Policy/);
  await checkAndShoot(coordinator, shots, 'overview');
  // On a PC the coordinator's tables, the widest, fit without scrolling sideways.
  const overflowing = await coordinator.locator('.scroll')
    .evaluateAll((regions) => regions.filter((r) => r.scrollWidth > r.clientWidth).length);
  assert.equal(overflowing, 0, 'tables wider than a 1280 px window');
});

test('a coordinator sees the enrolled kiosk', async () => {
  const res = await coordinator.goto(at('/kiosks'));
  assert.equal(res.status(), 200);
  assert.equal(await coordinator.locator('tr[data-device]').count(), 1);
  await checkAndShoot(coordinator, shots, 'kiosks');
});

test('a coordinator reads the visits and orientations pages', async () => {
  for (const name of ['visits', 'orientations']) {
    const res = await coordinator.goto(at(`/${name}`));
    assert.equal(res.status(), 200, name);
    await checkAndShoot(coordinator, shots, name);
  }
});

test('a volunteer sees the activity figures but is refused the kiosks and orientations', async () => {
  const page = await newPage('en-GB');
  // A wrong password first: the message is announced, the form stays usable.
  await page.goto(at('/login'));
  await page.fill('#login', kAccounts.volunteer.login);
  await page.fill('#password', 'not-the-password');
  await page.click('form.card button');
  await page.locator('[role=alert]').waitFor();
  await checkAndShoot(page, shots, 'login-refused');

  await logIn(page, kAccounts.volunteer);
  assert.equal(await page.locator('a[href="/kiosks"]').count(), 0, 'no link to the kiosks');
  assert.equal(await page.locator('td.orientations_opened').count(), 0, 'no orientations');
  await checkAndShoot(page, shots, 'overview-volunteer');
  const res = await page.goto(at('/kiosks'));
  assert.equal(res.status(), 403);
  await checkAndShoot(page, shots, 'kiosks-refused');
  assert.equal((await page.goto(at('/orientations'))).status(), 403, 'orientations');
  assert.equal((await page.goto(at('/visits'))).status(), 200, 'visits');
  await page.context().close();
});

test('after logging out, the overview leads to the login page again', async () => {
  await coordinator.goto(at('/'));
  await Promise.all([coordinator.waitForURL(at('/login')), coordinator.click('form.logout button')]);
  for (const path of ['/', '/kiosks']) {
    await coordinator.goto(at(path));
    assert.equal(coordinator.url(), at('/login'), `${path} after logging out`);
  }
  await coordinator.context().close();
});
