// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Workshop participants on their phones (issue 16), in a real browser: Debian's chromium,
// headless, driven by puppeteer-core, against the real LiveServer run by livehost on a copy of
// the example workspace. Each step checks what the participant sees and what the workspace
// stored (livehost's dump), so a page or a server that gets it wrong fails here.
//
// Environment: CX_LIVEHOST (the livehost binary), CX_WORKSPACE (example.cxatlas), CX_SCREENS
// (where the screenshots go), CX_CHROMIUM (default /usr/bin/chromium).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { access, mkdir } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { Host } from './host.mjs';

const env = name => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run this test through ctest (web_participants)`);
  return value;
};
const LIVEHOST = env('CX_LIVEHOST');
const WORKSPACE = env('CX_WORKSPACE');
const SCREENS = env('CX_SCREENS');
const CHROMIUM = process.env.CX_CHROMIUM || '/usr/bin/chromium';
const PHONE = { width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
const LAPTOP = { width: 1280, height: 800, deviceScaleFactor: 1 };
const HOSTILE = '<img src=x onerror=alert(1)>';

let host;
let browser;
let ana;          // the first participant's page
let dialogs = 0;  // alert() and friends: hostile text that ran as script would open one
let stage2;       // what livehost says stage 2 holds
let timerStarted; // Date.now() when the 300 s timer started

const text = (page, selector) => page.$eval(selector, e => e.textContent);
const texts = (page, selector) => page.$$eval(selector, es => es.map(e => e.textContent));
const visible = (page, selector) => page.$eval(selector, e => !e.closest('[hidden]'));
// Waits until the element is shown and its text contains expected (a string) or matches it (a
// RegExp, sent to the page as its source).
const waitText = (page, selector, expected, timeout = 10000) =>
  page.waitForFunction((s, want, pattern) => {
    const e = document.querySelector(s);
    return e && !e.closest('[hidden]') && (pattern ? new RegExp(pattern).test(e.textContent)
      : e.textContent.includes(want));
  }, { timeout, polling: 50 }, selector, String(expected),
  expected instanceof RegExp ? expected.source : '');
const dotsOf = (dump, who) => dump.votes.filter(v => v.participant === who)
  .reduce((sum, v) => sum + v.dots, 0);

async function newPage(viewport = PHONE) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(viewport);
  page.on('dialog', async dialog => { dialogs += 1; await dialog.dismiss(); });
  return page;
}

async function shoot(page, name) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage: false });
}

async function screenshots(page, name) {
  for (const scheme of ['light', 'dark']) {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    for (const [size, viewport] of [['phone', PHONE], ['laptop', LAPTOP]]) {
      // A change between phone and laptop (isMobile) reloads the page: it rejoins first.
      await page.setViewport(viewport);
      await waitText(page, '#round-used', 'dots used');
      await shoot(page, `${name}-${size}-${scheme}`);
    }
  }
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  await page.setViewport(PHONE);
  await waitText(page, '#round-used', 'dots used');
}

// The card whose title is title: clicks its + (delta 1) or − (delta -1).
async function vote(page, title, delta) {
  const cards = await page.$$('#moments .moment');
  for (const card of cards) {
    if (await card.$eval('.moment-title', (e, t) => e.textContent === t, title)) {
      await (await card.$(delta > 0 ? '.plus' : '.minus')).click();
      return;
    }
  }
  throw new Error(`no card "${title}" on the page`);
}

before(async () => {
  try {
    await access(CHROMIUM);
  } catch {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (packaging/build-deps.txt)`);
  }
  await mkdir(SCREENS, { recursive: true });
  host = await Host.start(LIVEHOST, WORKSPACE);
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    // --disable-dev-shm-usage: containers' /dev/shm is often too small for chromium.
    args: ['--no-sandbox', '--headless=new', '--lang=en-US', '--disable-gpu', '--disable-dev-shm-usage'],
  });
});

after(async () => {
  await browser?.close();
  const code = await host?.quit();
  assert.equal(code, 0, `livehost exit code; its log:\n${host?.stderr}`);
});

test('a participant joins with a name and sees the stage the projector shows', async () => {
  const journey = await host.command('journey 1');
  const stage1 = await host.command('stage 1');
  ana = await newPage();
  await ana.goto(host.url);
  assert.equal(await ana.$eval('html', e => e.lang), 'en');
  await shoot(ana, 'join-phone-light');
  await ana.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  await shoot(ana, 'join-phone-dark');
  await ana.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  await ana.type('#join-name', 'Ana');
  await ana.click('#join-form button[type="submit"]');
  await waitText(ana, '#journey', journey.title);
  assert.equal(await text(ana, '#journey'), journey.title);
  assert.equal(await text(ana, '#stage'), `Stage 1 of ${journey.stages.length}: ${stage1.title}`);
  assert.deepEqual(await texts(ana, '#moments .moment-title'), stage1.moments);
  assert.equal(await text(ana, '#who'), 'You are Ana.');
  assert.equal(await ana.evaluate(() => document.activeElement.id), 'journey',
    'focus moves from the gone join form to the journey\'s title');
  assert.equal(await visible(ana, '#round'), false, 'no round runs yet');
  assert.equal(await visible(ana, '#timer'), false, 'the timer is hidden until it is used');
  const people = await host.command('participants');
  assert.deepEqual(people.map(p => [p.name, p.connected]), [['Ana', true]]);
});

test('the page follows the projector to the next stage', async () => {
  stage2 = await host.command('stage 2');
  assert.ok(stage2.moments.length >= 2, 'stage 2 of the example has cards to vote on');
  await waitText(ana, '#stage', `Stage 2 of `);
  assert.match(await text(ana, '#stage'), new RegExp(`^Stage 2 of \\d+: ${stage2.title}$`));
  assert.deepEqual(await texts(ana, '#moments .moment-title'), stage2.moments);
});

test('dots: up to the round\'s limit, refused past it, one taken back', async () => {
  await host.command('round start Pain 3');
  await waitText(ana, '#round-used', '0 of 3 dots used');
  assert.equal(await visible(ana, '#moments .moment .plus'), true);
  const size = await ana.$eval('#moments .moment .plus', e => {
    const r = e.getBoundingClientRect();
    return { width: r.width, height: r.height };
  });
  assert.ok(size.width >= 48 && size.height >= 48, `touch target ${size.width}×${size.height}`);
  const [first, second, third] = stage2.moments;

  await vote(ana, first, 1);
  await waitText(ana, '#round-used', '1 of 3 dots used');
  assert.equal(await ana.evaluate(() => document.activeElement.getAttribute('aria-label')),
    `Add a dot to “${first}”`, 'the + keeps its focus and names its card');
  await vote(ana, first, 1);
  await waitText(ana, '#round-used', '2 of 3 dots used');
  await vote(ana, second, 1);
  await waitText(ana, '#round-used', '3 of 3 dots used');
  await vote(ana, third ?? first, 1);
  await waitText(ana, '#status', 'All your dots are used. Take one back to move it.');
  let dump = await host.command('dump');
  assert.equal(dotsOf(dump, 'Ana'), 3, JSON.stringify(dump.votes));
  assert.deepEqual(dump.votes.filter(v => v.participant === 'Ana').map(v => [v.title, v.dots]).sort(),
    [[first, 2], [second, 1]].sort());
  assert.deepEqual(await ana.$$eval('#moments .moment .mine', es => es.map(e => e.textContent)).then(
    mine => mine.slice(0, 2)), ['2', '1']);

  await vote(ana, first, -1);
  await waitText(ana, '#round-used', '2 of 3 dots used');
  dump = await host.command('dump');
  assert.equal(dotsOf(dump, 'Ana'), 2, JSON.stringify(dump.votes));
});

test('a parking-lot note is stored with the name tag', async () => {
  assert.equal(await text(ana, '#notes-left'), '20 notes left');
  await ana.type('#note-text', 'Why eleven screens?');
  await ana.click('input[name="kind"][value="question"]');
  await ana.click('#note-submit');
  await waitText(ana, '#status', 'Your note is in the parking lot.');
  await waitText(ana, '#notes-left', '19 notes left');
  assert.equal(await ana.$eval('#note-text', e => e.value), '', 'the form is ready for the next note');
  const dump = await host.command('dump');
  const note = dump.notes.find(n => n.title.includes('Why eleven screens?'));
  assert.ok(note, JSON.stringify(dump.notes));
  assert.equal(note.kind, 'question');
  assert.match(note.title + note.notes, /Ana/, 'the note is tagged with the name');
});

test('the timer counts down on the page', async () => {
  await host.command('timer start 300');
  timerStarted = Date.now();
  await waitText(ana, '#timer-time', /^0[45]:\d\d$/);
  const seconds = s => Number(s.slice(0, 2)) * 60 + Number(s.slice(3));
  const start = seconds(await text(ana, '#timer-time'));
  assert.ok(start <= 300 && start > 290, `${start} s left`);
  await new Promise(resolve => setTimeout(resolve, 2200));
  const later = seconds(await text(ana, '#timer-time'));
  assert.ok(later < start && later >= start - 4, `${start} s, then ${later} s`);
  // A state sent for another reason (the projector moves on and back) keeps the count going.
  await host.command('stage 3');
  await waitText(ana, '#stage', 'Stage 3 of ');
  await host.command('stage 2');
  await waitText(ana, '#stage', 'Stage 2 of ');
  assert.ok(seconds(await text(ana, '#timer-time')) <= later, 'the countdown did not start again');
  await screenshots(ana, 'live');
});

// Someone who joins while the timer runs starts from the time actually left, not from the time
// left when the facilitator last touched the timer.
test('someone joining later sees the time actually left', async () => {
  const page = await newPage();
  await page.goto(host.url);
  await page.click('#join-anonymous');
  await waitText(page, '#timer-time', /^\d\d:\d\d$/);
  const seconds = s => Number(s.slice(0, 2)) * 60 + Number(s.slice(3));
  const late = seconds(await text(page, '#timer-time'));
  const left = 300 - (Date.now() - timerStarted) / 1000;
  await page.close();
  assert.ok(Math.abs(late - left) <= 2, `${left.toFixed(1)} s are left, the late joiner sees ${late} s`);
});

test('a paused timer says so and stands still', async () => {
  await host.command('timer pause');
  await waitText(ana, '#timer-note', 'paused');
  const before = await text(ana, '#timer-time');
  await new Promise(resolve => setTimeout(resolve, 1200));
  assert.equal(await text(ana, '#timer-time'), before);
});

test('a dropped connection reconnects as the same participant', async () => {
  // Every WebSocket the page holds, closed under it as a lost Wi-Fi would.
  const prototype = await ana.evaluateHandle(() => WebSocket.prototype);
  const sockets = await ana.queryObjects(prototype);
  assert.ok(await sockets.evaluate(list => list.length) >= 1);
  const before = (await host.command('participants')).length;
  await sockets.evaluate(list => list.forEach(s => s.close()));
  await waitText(ana, '#connection', 'Reconnecting…', 2000);
  await ana.waitForSelector('#connection', { hidden: true, timeout: 10000 });
  await waitText(ana, '#round-used', '2 of 3 dots used');
  await vote(ana, stage2.moments[1], 1);
  await waitText(ana, '#round-used', '3 of 3 dots used');
  await vote(ana, stage2.moments[1], -1);
  await waitText(ana, '#round-used', '2 of 3 dots used');
  const people = await host.command('participants');
  assert.equal(people.length, before, 'the same participant, not a new one');
  assert.equal(people.find(p => p.name === 'Ana')?.connected, true);
  await Promise.all([prototype.dispose(), sockets.dispose()]);
});

test('a reload rejoins as the same participant', async () => {
  const before = (await host.command('participants')).length;
  await ana.reload();
  await waitText(ana, '#round-used', '2 of 3 dots used');
  assert.equal(await text(ana, '#who'), 'You are Ana.');
  const people = await host.command('participants');
  assert.equal(people.length, before, JSON.stringify(people));
});

test('hostile text in a name and a note is shown as text and stored as it was', async () => {
  const page = await newPage();
  await page.goto(host.url);
  await page.click('#join-anonymous');
  // A named round runs: the page asks for a name in place before this participant can vote.
  await page.waitForSelector('#name-form:not([hidden])', { timeout: 10000 });
  await shoot(page, 'name-phone-light');
  await page.type('#name-input', HOSTILE);
  await page.click('#name-form button[type="submit"]');
  await waitText(page, '#who', HOSTILE);
  assert.equal(await text(page, '#who'), `You are ${HOSTILE}.`);
  await vote(page, stage2.moments[0], 1);
  await waitText(page, '#round-used', '1 of 3 dots used');
  await page.type('#note-text', HOSTILE);
  await page.click('#note-submit');
  await waitText(page, '#status', 'Your note is in the parking lot.');
  assert.equal(await page.$$eval('img:not(.logo)', es => es.length), 0, 'no element made from text');
  assert.equal(dialogs, 0, 'no script ran');
  const dump = await host.command('dump');
  assert.equal(dotsOf(dump, HOSTILE), 1, JSON.stringify(dump.votes));
  assert.ok(dump.notes.some(n => n.title.includes(HOSTILE)), JSON.stringify(dump.notes));

  const people = await host.command('participants');
  const hostile = people.find(p => p.name === HOSTILE);
  assert.ok(hostile, JSON.stringify(people));
  await host.command(`remove ${hostile.id}`);
  await waitText(page, '#ended-title', 'The facilitator removed you from the session');
  assert.equal(dotsOf(await host.command('dump'), HOSTILE), 0, 'the removed participant\'s dots go');
});

test('a wrong token gets 403 and no page data', async () => {
  const wrong = host.url.replace(/\/s\/([^/]+)\//, (_, t) => `/s/${t.slice(0, -2)}${t.endsWith('AA') ? 'BB' : 'AA'}/`);
  const page = await newPage();
  const response = await page.goto(wrong);
  assert.equal(response.status(), 403);
  const body = await page.evaluate(() => document.body.textContent);
  const journey = await host.command('journey 1');
  assert.ok(!body.includes(journey.title), body);
  assert.equal(await page.$('#journey'), null);
  // The WebSocket upgrade is refused before it happens.
  const status = await new Promise((resolve, reject) => {
    const u = new URL(wrong);
    const request = http.get({ host: u.hostname, port: u.port, path: `${u.pathname}ws`,
      headers: { Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==' } });
    request.on('response', r => { r.resume(); resolve(r.statusCode); });
    request.on('upgrade', (r, socket) => { socket.destroy(); resolve(101); });
    request.on('error', reject);
  });
  assert.equal(status, 403);
  await page.close();
});

test('the page speaks the browser\'s language', async () => {
  const page = await newPage();
  await page.evaluateOnNewDocument(() => {
    Object.defineProperty(navigator, 'language', { get: () => 'fr-FR' });
  });
  await page.goto(host.url);
  assert.equal(await page.$eval('html', e => e.lang), 'fr');
  assert.equal(await text(page, '#join-anonymous'), 'Rejoindre sans nom');
  await page.type('#join-name', 'Zoé');
  await page.click('#join-form button[type="submit"]');
  await waitText(page, '#stage', 'Étape 2 sur');
  assert.match(await text(page, '#stage'), /^Étape 2 sur \d+\u00a0: /);
  await page.close();
});

test('when the round ends the dots go from the cards and stay in the file', async () => {
  await host.command('round end');
  await ana.waitForSelector('#round', { hidden: true, timeout: 10000 });
  assert.equal(await ana.$$eval('#moments .vote', es => es.filter(e => !e.hidden).length), 0);
  assert.deepEqual(await texts(ana, '#moments .moment-title'), stage2.moments);
  const dump = await host.command('dump');
  assert.equal(dump.round.running, false);
  assert.equal(dotsOf(dump, 'Ana'), 2, JSON.stringify(dump.votes));
});

test('in an anonymous round the dots go to a seat, not to the name', async () => {
  await host.command('round start Quick 2 anonymous 3');
  await waitText(ana, '#round-used', '0 of 2 dots used');
  await vote(ana, stage2.moments[2] ?? stage2.moments[0], 1);
  await waitText(ana, '#round-used', '1 of 2 dots used');
  const dump = await host.command('dump');
  assert.equal(dump.round.name, 'Quick');
  assert.deepEqual(dump.votes.map(v => [v.participant, v.dots]), [['1', 1]],
    'the first free seat, and the name kept out of the votes');
  await host.command('round end');
  await ana.waitForSelector('#round', { hidden: true, timeout: 10000 });
});

test('stopping the session ends it on the page and revokes the address', async () => {
  await host.command('stop');
  await waitText(ana, '#ended-title', 'The session has ended');
  assert.equal(await visible(ana, '#screen-live'), false);
  await shoot(ana, 'ended-phone-light');
  // The address serves nothing any more: refused outright, or 403 from a server still listening.
  const page = await newPage();
  try {
    const response = await page.goto(host.url);
    assert.equal(response.status(), 403);
  } catch (error) {
    assert.match(error.message, /ERR_CONNECTION_REFUSED/);
  }
  await page.close();
});
