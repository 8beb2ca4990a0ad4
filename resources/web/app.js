// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The participants' page of a CX Atlas workshop. core/live/PROTOCOL.md is the contract with the
// server. Everything the server sends is treated as hostile text: it reaches the page through
// textContent and setAttribute only, never through innerHTML.
'use strict';

// The words are in strings.js (STRINGS), loaded before this file.

const LANG = ((navigator.language || 'en').toLowerCase().split('-')[0]) in STRINGS
  ? navigator.language.toLowerCase().split('-')[0] : 'en';
const T = STRINGS[LANG];
const $ = id => document.getElementById(id);

// The session: the token is the address's second segment; the key that lets this tab rejoin
// as the same participant lives in sessionStorage (gone when the tab closes, never shared).
const TOKEN = (/^\/s\/([A-Za-z0-9_-]+)\//.exec(location.pathname) || [])[1] || '';
const KEY_ITEM = `cxatlas.live.${TOKEN}`;
const storedKey = () => { try { return sessionStorage.getItem(KEY_ITEM); } catch { return null; } };
const storeKey = k => { try { k ? sessionStorage.setItem(KEY_ITEM, k) : sessionStorage.removeItem(KEY_ITEM); } catch { /* private mode: no rejoin */ } };

let socket = null;
let nextId = 1;
const pending = new Map(); // message id -> type, to word the answer
let joining = null;        // the name to join with once the socket is open (null: not asked)
let joined = false;
let ended = false;
let attempts = 0;
let state = null;
let you = null;
let limits = { nameChars: 40, noteChars: 500, notes: 20 };
let timerEnd = 0;           // performance.now() at which a running timer reaches 0
let timerTick = 0;
let focusTitle = false;

let sayTimer = 0;
function say(text) {
  // Clear first so that the same refusal twice in a row is announced twice; the line goes
  // after a while so that it does not keep covering the cards under it.
  const status = $('status');
  status.textContent = '';
  clearTimeout(sayTimer);
  if (!text) return;
  requestAnimationFrame(() => { status.textContent = text; });
  sayTimer = setTimeout(() => { status.textContent = ''; }, 8000);
}

function errorText(code) {
  const text = T.err[code] || T.err[''];
  if (typeof text !== 'function') return text;
  return text(code === 'name-too-long' ? limits.nameChars : limits.noteChars);
}

function send(type, fields) {
  if (!socket || socket.readyState !== WebSocket.OPEN) {
    say(T.reconnecting);
    return false;
  }
  const id = nextId++;
  pending.set(id, type);
  socket.send(JSON.stringify({ type, token: TOKEN, id, ...fields }));
  return true;
}

function connect() {
  const ws = new WebSocket(`ws://${location.host}/s/${TOKEN}/ws`);
  socket = ws;
  ws.addEventListener('open', () => {
    attempts = 0;
    $('connection').hidden = true;
    const key = storedKey();
    if (key) send('join', { name: '', rejoin: key });
    else if (joining !== null) send('join', { name: joining });
  });
  ws.addEventListener('message', event => {
    let msg;
    try { msg = JSON.parse(event.data); } catch { return; }
    if (msg && typeof msg === 'object') receive(msg);
  });
  ws.addEventListener('close', () => {
    if (socket !== ws || ended) return;
    socket = null;
    pending.clear(); // the answers went with the connection
    // Backoff with jitter, so a room of phones does not knock all at once after a Wi-Fi blip.
    const delay = Math.min(15000, 500 * 2 ** attempts) * (0.75 + Math.random() / 2);
    attempts += 1;
    if (joined || storedKey()) {
      $('connection').textContent = T.reconnecting;
      $('connection').hidden = false;
    }
    setTimeout(connect, delay);
  });
}

function receive(msg) {
  const asked = pending.get(msg.id);
  if (msg.id !== undefined) pending.delete(msg.id);
  switch (msg.type) {
  case 'welcome':
    // From the join screen, focus goes to the journey's title once it is there; a rejoin
    // after a dropped connection leaves focus where it is.
    focusTitle = !$('screen-join').hidden;
    joined = true;
    joining = null;
    if (msg.participant) storeKey(msg.participant.key);
    if (msg.limits) limits = { ...limits, ...msg.limits };
    say('');
    break;
  case 'state': {
    const timerChanged = JSON.stringify(msg.timer) !== JSON.stringify(state && state.timer);
    state = msg;
    if (timerChanged) startTimer();
    break;
  }
  case 'you': you = msg; break;
  case 'ok':
    if (asked === 'note') { $('note-text').value = ''; say(T.noteSaved); }
    else if (asked === 'name') { $('name-input').value = ''; say(T.nameSaved); }
    else if (asked === 'vote') say('');
    break;
  case 'error':
    if (msg.code === 'unknown-key') { storeKey(null); joined = false; }
    if (asked === 'join' && msg.code !== 'joined') {
      joining = null;
      if (!$('screen-join').hidden) $('join-name').focus();
    }
    say(errorText(msg.code));
    break;
  case 'bye':
    ended = true;
    storeKey(null);
    showEnded(msg.code === 'removed');
    if (socket) socket.close(1000);
    return;
  default: return;
  }
  render();
}

function showScreen(id) {
  for (const s of document.querySelectorAll('.screen')) s.hidden = s.id !== id;
}

function showEnded(removed) {
  clearInterval(timerTick);
  $('timer').hidden = true;
  $('connection').hidden = true;
  $('ended-title').textContent = removed ? T.removedTitle : T.endedTitle;
  $('ended-text').textContent = removed ? T.removedText : T.endedText;
  showScreen('screen-ended');
  say('');
  $('ended-title').setAttribute('tabindex', '-1');
  $('ended-title').focus();
}

function render() {
  if (ended) return;
  const namedRound = !!(state && state.round && !state.round.anonymous);
  $('join-anonymous').hidden = namedRound;
  $('join-hint').textContent = namedRound ? T.namedRound : T.nameHint;
  if (!joined) {
    // With a key this tab is rejoining by itself: wait for it rather than ask again.
    showScreen(storedKey() ? 'screen-wait' : 'screen-join');
    return;
  }
  showScreen('screen-live');
  if (!state || !you) return;
  $('who').textContent = you.name ? T.you(you.name) : T.youAnonymous;
  $('journey').textContent = state.journey || '';
  const stage = state.stage;
  $('stage').textContent = stage ? T.stage(stage.number, stage.count, stage.title) : T.noStage;
  const round = state.round;
  const voting = !!round && !you.needsName;
  $('name-form').hidden = !you.needsName;
  $('round').hidden = !round;
  if (round) {
    $('round-name').textContent = T.round(round.name);
    $('round-used').textContent = T.used(you.used, you.dots || round.dots);
    $('vote-hint').hidden = !voting;
  }
  renderMoments(state.moments || [], voting, (voting && you.votes) || {});
  $('no-moments').hidden = (state.moments || []).length > 0 || !stage;
  $('no-moments').textContent = T.noMoments;
  const left = Number.isInteger(you.notesLeft) ? you.notesLeft : limits.notes;
  $('notes-left').textContent = T.notesLeft(left);
  $('note-submit').disabled = left <= 0;
  if (focusTitle) {
    focusTitle = false;
    $('journey').focus({ preventScroll: true });
  }
}

// The cards are kept by moment uid and updated in place, so a button keeps its focus while
// the projector's state and this participant's dots change under it.
const cards = new Map();

function card(uid) {
  let li = cards.get(uid);
  if (li) return li;
  li = document.createElement('li');
  li.className = 'moment';
  const text = document.createElement('div');
  text.className = 'moment-text';
  const title = document.createElement('p');
  title.className = 'moment-title';
  const channel = document.createElement('p');
  channel.className = 'moment-channel';
  // The count beside the buttons is for the eye; screen readers get it in words with the card.
  const spoken = document.createElement('p');
  spoken.className = 'visually-hidden mine-words';
  text.append(title, channel, spoken);
  const vote = document.createElement('div');
  vote.className = 'vote';
  const minus = document.createElement('button');
  minus.type = 'button';
  minus.className = 'minus';
  minus.textContent = '−';
  const mine = document.createElement('span');
  mine.className = 'mine';
  mine.setAttribute('aria-hidden', 'true');
  const plus = document.createElement('button');
  plus.type = 'button';
  plus.className = 'plus';
  plus.textContent = '+';
  minus.addEventListener('click', () => send('vote', { moment: uid, delta: -1 }));
  plus.addEventListener('click', () => send('vote', { moment: uid, delta: 1 }));
  vote.append(minus, mine, plus);
  li.append(text, vote);
  cards.set(uid, li);
  return li;
}

function renderMoments(moments, voting, votes) {
  const list = $('moments');
  const seen = new Set();
  moments.forEach((m, i) => {
    const uid = String(m.uid);
    seen.add(uid);
    const li = card(uid);
    const title = String(m.title || '');
    li.querySelector('.moment-title').textContent = title;
    const channel = li.querySelector('.moment-channel');
    channel.textContent = m.channel ? String(m.channel) : '';
    channel.hidden = !m.channel;
    const n = Number.isInteger(votes[uid]) ? votes[uid] : 0;
    li.querySelector('.vote').hidden = !voting;
    li.classList.toggle('voted', voting && n > 0);
    const mine = li.querySelector('.mine');
    mine.textContent = String(n);
    li.querySelector('.mine-words').textContent = voting ? T.mine(n) : '';
    li.querySelector('.plus').setAttribute('aria-label', T.add(T.q(title)));
    li.querySelector('.minus').setAttribute('aria-label', T.remove(T.q(title)));
    li.querySelector('.minus').classList.toggle('idle', n === 0);
    // Move only what is out of place: moving a focused button would drop its focus.
    if (list.children[i] !== li) list.insertBefore(li, list.children[i] || null);
  });
  for (const [uid, li] of cards) {
    if (!seen.has(uid)) { li.remove(); cards.delete(uid); }
  }
}

// The timer counts down here between the server's updates. A state that carries the same timer
// as the last one (sent because something else changed) keeps the count going rather than
// starting it again from a remainingMs that was true when the facilitator last touched it.
function startTimer() {
  clearInterval(timerTick);
  const t = state && state.timer;
  $('timer').hidden = !t;
  if (!t) return;
  timerEnd = performance.now() + Math.max(0, Number(t.remainingMs) || 0);
  showTime(Math.max(0, Number(t.remainingMs) || 0), !!t.running);
  if (t.running) timerTick = setInterval(() => showTime(timerEnd - performance.now(), true), 250);
}

function showTime(ms, running) {
  const secs = Math.ceil(Math.max(0, ms) / 1000);
  const mm = String(Math.floor(secs / 60)).padStart(2, '0');
  const ss = String(secs % 60).padStart(2, '0');
  $('timer-time').textContent = `${mm}:${ss}`;
  $('timer-note').textContent = running ? '' : T.paused;
  $('timer').classList.toggle('paused', !running);
  $('timer').classList.toggle('done', running && secs === 0);
  if (secs === 0) clearInterval(timerTick);
}

function joinWith(name) {
  joining = name;
  // Not connected yet (or any more): the join goes out as soon as the socket opens.
  if (socket && socket.readyState === WebSocket.OPEN) send('join', { name });
  else say(T.connecting);
}

function init() {
  document.documentElement.lang = LANG;
  for (const node of document.querySelectorAll('[data-t]')) {
    const text = T[node.dataset.t];
    if (typeof text === 'string') node.textContent = text;
  }
  $('journey').setAttribute('tabindex', '-1');
  $('join-form').addEventListener('submit', event => {
    event.preventDefault();
    const name = $('join-name').value.trim();
    if (!name) { say(errorText('name-empty')); $('join-name').focus(); return; }
    joinWith(name);
  });
  $('join-anonymous').addEventListener('click', () => joinWith(''));
  $('name-form').addEventListener('submit', event => {
    event.preventDefault();
    const name = $('name-input').value.trim();
    if (!name) { say(errorText('name-empty')); return; }
    send('name', { name });
  });
  $('note-form').addEventListener('submit', event => {
    event.preventDefault();
    const text = $('note-text').value.trim();
    if (!text) { say(errorText('note-empty')); $('note-text').focus(); return; }
    const kind = document.querySelector('input[name="kind"]:checked').value;
    send('note', { text, kind });
  });
  render();
  connect();
}

init();
