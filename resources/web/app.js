// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The participants' page of a CX Atlas workshop. core/live/PROTOCOL.md is the contract with the
// server. Everything the server sends is treated as hostile text: it reaches the page through
// textContent and setAttribute only, never through innerHTML.
'use strict';

// Strings: one table per language, picked by navigator.language. The server's error messages
// are English and meant for logs; the page words each error code itself. Quotes and spacing
// follow each language: German „…“, French « … » with no-break spaces (also before : ; ! ?),
// Spanish «…».
const NB = '\u00a0';
const NNB = '\u202f';
const STRINGS = {
  en: {
    q: s => `“${s}”`, appName: 'CX Atlas workshop', connecting: 'Connecting…',
    reconnecting: 'Reconnecting…', joinTitle: 'Join the workshop', nameLabel: 'Your name',
    nameHint: 'Shown with your dots and notes.', join: 'Join', joinAnonymous: 'Join without a name',
    namedRound: 'This round asks for names: please enter yours.',
    you: n => `You are ${n}.`, youAnonymous: 'You take part without a name.',
    stage: (n, c, t) => `Stage ${n} of ${c}: ${t}`, noStage: 'This journey has no stages yet.',
    noMoments: 'No cards on this stage yet.', round: n => `Voting round: ${n}`,
    used: (u, d) => `${u} of ${d} ${d === 1 ? 'dot' : 'dots'} used`,
    voteHint: 'Use + to give a card a dot and − to take it back.',
    add: t => `Add a dot to ${t}`, remove: t => `Take a dot back from ${t}`,
    mine: n => `Your dots here: ${n}`,
    needName: 'This round asks for names. Enter yours to vote.', saveName: 'Save name',
    nameSaved: 'Thank you, your name is saved.', notesTitle: 'Parking lot',
    noteLabel: 'Park an idea or a question for later', kindLegend: 'Kind of note', idea: 'Idea',
    question: 'Question', addNote: 'Park it',
    notesLeft: n => (n === 1 ? '1 note left' : `${n} notes left`),
    noteSaved: 'Your note is in the parking lot. Thank you!', timeLeft: 'Time left',
    paused: 'paused', endedTitle: 'The session has ended',
    endedText: 'Thank you for taking part. You can close this page.',
    removedTitle: 'The facilitator removed you from the session',
    removedText: 'Speak to the facilitator if you think this is a mistake.',
    err: {
      'malformed': 'Something went wrong sending that. Please try again.',
      'rate': 'That was quick! Wait a moment, then try again.',
      'not-joined': 'Please join the workshop first.', 'joined': 'You have already joined.',
      'full': 'The workshop is full. Please speak to the facilitator.',
      'unknown-key': 'Your earlier place in the session has gone. Please join again.',
      'name-empty': 'Please enter a name.',
      'name-too-long': n => `Names can be up to ${n} characters long.`,
      'name-taken': 'Someone already uses that name. Add an initial or choose another.',
      'named': 'You already have a name.',
      'name-required': 'This round asks for names. Enter yours to vote.',
      'no-round': 'No voting round is running right now.',
      'no-moment': 'That card is no longer on the map.',
      'no-dots': 'All your dots are used. Take one back to move it.',
      'no-dot': 'You have no dot on that card to take back.',
      'note-empty': 'Please write your note first.',
      'note-too-long': n => `Notes can be up to ${n} characters long.`,
      'notes-limit': 'You have used all your notes. Thank you for them!',
      'read-only': 'The map cannot be changed right now. Please try again in a moment.',
      'refused': 'The map did not accept that. Please speak to the facilitator.',
      '': 'That did not work. Please try again.',
    },
  },
  de: {
    q: s => `„${s}“`, appName: 'CX-Atlas-Workshop', connecting: 'Verbindung wird hergestellt …',
    reconnecting: 'Verbindung wird wiederhergestellt …', joinTitle: 'Am Workshop teilnehmen',
    nameLabel: 'Ihr Name', nameHint: 'Wird bei Ihren Punkten und Notizen angezeigt.',
    join: 'Teilnehmen', joinAnonymous: 'Ohne Namen teilnehmen',
    namedRound: 'In dieser Runde wird mit Namen abgestimmt: Bitte geben Sie Ihren Namen ein.',
    you: n => `Sie sind ${n}.`, youAnonymous: 'Sie nehmen ohne Namen teil.',
    stage: (n, c, t) => `Phase ${n} von ${c}: ${t}`, noStage: 'Diese Journey hat noch keine Phasen.',
    noMoments: 'In dieser Phase gibt es noch keine Karten.', round: n => `Abstimmungsrunde: ${n}`,
    used: (u, d) => `${u} von ${d} ${d === 1 ? 'Punkt' : 'Punkten'} vergeben`,
    voteHint: 'Mit + geben Sie einer Karte einen Punkt, mit − nehmen Sie ihn zurück.',
    add: t => `Einen Punkt auf ${t} setzen`, remove: t => `Einen Punkt von ${t} zurücknehmen`,
    mine: n => `Ihre Punkte hier: ${n}`,
    needName: 'In dieser Runde wird mit Namen abgestimmt. Geben Sie Ihren Namen ein, um abzustimmen.',
    saveName: 'Namen speichern', nameSaved: 'Danke, Ihr Name ist gespeichert.',
    notesTitle: 'Parkplatz', noteLabel: 'Eine Idee oder Frage für später parken',
    kindLegend: 'Art der Notiz', idea: 'Idee', question: 'Frage', addNote: 'Parken',
    notesLeft: n => (n === 1 ? 'Noch 1 Notiz möglich' : `Noch ${n} Notizen möglich`),
    noteSaved: 'Ihre Notiz ist auf dem Parkplatz. Danke!', timeLeft: 'Verbleibende Zeit',
    paused: 'angehalten', endedTitle: 'Die Sitzung ist beendet',
    endedText: 'Danke fürs Mitmachen. Sie können diese Seite schließen.',
    removedTitle: 'Die Moderation hat Sie aus der Sitzung entfernt',
    removedText: 'Sprechen Sie die Moderation an, wenn das ein Versehen war.',
    err: {
      'malformed': 'Beim Senden ist etwas schiefgegangen. Bitte versuchen Sie es noch einmal.',
      'rate': 'Das ging schnell! Warten Sie einen Moment und versuchen Sie es dann noch einmal.',
      'not-joined': 'Bitte nehmen Sie zuerst am Workshop teil.', 'joined': 'Sie nehmen bereits teil.',
      'full': 'Der Workshop ist voll. Bitte sprechen Sie die Moderation an.',
      'unknown-key': 'Ihr bisheriger Platz in der Sitzung ist nicht mehr da. Bitte treten Sie neu bei.',
      'name-empty': 'Bitte geben Sie einen Namen ein.',
      'name-too-long': n => `Namen dürfen höchstens ${n} Zeichen lang sein.`,
      'name-taken': 'Diesen Namen verwendet schon jemand. Ergänzen Sie eine Initiale oder wählen Sie einen anderen.',
      'named': 'Sie haben bereits einen Namen.',
      'name-required': 'In dieser Runde wird mit Namen abgestimmt. Geben Sie Ihren Namen ein, um abzustimmen.',
      'no-round': 'Gerade läuft keine Abstimmungsrunde.',
      'no-moment': 'Diese Karte ist nicht mehr auf der Journey.',
      'no-dots': 'Alle Ihre Punkte sind vergeben. Nehmen Sie einen zurück, um ihn zu verschieben.',
      'no-dot': 'Auf dieser Karte haben Sie keinen Punkt, den Sie zurücknehmen könnten.',
      'note-empty': 'Bitte schreiben Sie zuerst Ihre Notiz.',
      'note-too-long': n => `Notizen dürfen höchstens ${n} Zeichen lang sein.`,
      'notes-limit': 'Sie haben alle Ihre Notizen verwendet. Danke dafür!',
      'read-only': 'Die Journey kann gerade nicht geändert werden. Bitte versuchen Sie es gleich noch einmal.',
      'refused': 'Die Journey hat das nicht angenommen. Bitte sprechen Sie die Moderation an.',
      '': 'Das hat nicht geklappt. Bitte versuchen Sie es noch einmal.',
    },
  },
  fr: {
    q: s => `«${NB}${s}${NB}»`, appName: 'Atelier CX Atlas', connecting: 'Connexion…',
    reconnecting: 'Reconnexion…', joinTitle: 'Rejoindre l’atelier', nameLabel: 'Votre nom',
    nameHint: 'Affiché avec vos gommettes et vos notes.', join: 'Rejoindre',
    joinAnonymous: 'Rejoindre sans nom',
    namedRound: `Ce tour de vote se fait avec les noms${NB}: saisissez le vôtre.`,
    you: n => `Vous êtes ${n}.`, youAnonymous: 'Vous participez sans nom.',
    stage: (n, c, t) => `Étape ${n} sur ${c}${NB}: ${t}`, noStage: 'Ce parcours n’a pas encore d’étapes.',
    noMoments: 'Aucune carte dans cette étape pour l’instant.', round: n => `Tour de vote${NB}: ${n}`,
    used: (u, d) => `${u} ${u > 1 ? 'gommettes utilisées' : 'gommette utilisée'} sur ${d}`,
    voteHint: 'Avec + vous donnez une gommette à une carte, avec − vous la reprenez.',
    add: t => `Mettre une gommette sur ${t}`, remove: t => `Reprendre une gommette de ${t}`,
    mine: n => `Vos gommettes ici${NB}: ${n}`,
    needName: 'Ce tour de vote se fait avec les noms. Saisissez le vôtre pour voter.',
    saveName: 'Enregistrer le nom', nameSaved: 'Merci, votre nom est enregistré.',
    notesTitle: 'Parking d’idées', noteLabel: 'Garez une idée ou une question pour plus tard',
    kindLegend: 'Type de note', idea: 'Idée', question: 'Question', addNote: 'Garer',
    notesLeft: n => (n <= 1 ? `${n} note restante` : `${n} notes restantes`),
    noteSaved: `Votre note est dans le parking d’idées. Merci${NNB}!`, timeLeft: 'Temps restant',
    paused: 'en pause', endedTitle: 'La session est terminée',
    endedText: 'Merci de votre participation. Vous pouvez fermer cette page.',
    removedTitle: 'L’animateur vous a retiré de la session',
    removedText: 'Adressez-vous à l’animateur si vous pensez qu’il s’agit d’une erreur.',
    err: {
      'malformed': 'Un problème est survenu à l’envoi. Veuillez réessayer.',
      'rate': `C’était rapide${NNB}! Attendez un instant, puis réessayez.`,
      'not-joined': 'Rejoignez d’abord l’atelier.', 'joined': 'Vous avez déjà rejoint l’atelier.',
      'full': 'L’atelier est complet. Adressez-vous à l’animateur.',
      'unknown-key': 'Votre place dans la session n’existe plus. Veuillez rejoindre à nouveau.',
      'name-empty': 'Veuillez saisir un nom.',
      'name-too-long': n => `Un nom compte au plus ${n} caractères.`,
      'name-taken': 'Ce nom est déjà pris. Ajoutez une initiale ou choisissez-en un autre.',
      'named': 'Vous avez déjà un nom.',
      'name-required': 'Ce tour de vote se fait avec les noms. Saisissez le vôtre pour voter.',
      'no-round': 'Aucun tour de vote n’est en cours.',
      'no-moment': 'Cette carte n’est plus sur le parcours.',
      'no-dots': 'Toutes vos gommettes sont utilisées. Reprenez-en une pour la déplacer.',
      'no-dot': 'Vous n’avez pas de gommette à reprendre sur cette carte.',
      'note-empty': 'Écrivez d’abord votre note.',
      'note-too-long': n => `Une note compte au plus ${n} caractères.`,
      'notes-limit': `Vous avez utilisé toutes vos notes. Merci${NNB}!`,
      'read-only': 'Le parcours ne peut pas être modifié pour l’instant. Réessayez dans un moment.',
      'refused': 'Le parcours n’a pas accepté cette modification. Adressez-vous à l’animateur.',
      '': 'Cela n’a pas fonctionné. Veuillez réessayer.',
    },
  },
  es: {
    q: s => `«${s}»`, appName: 'Taller de CX Atlas', connecting: 'Conectando…',
    reconnecting: 'Reconectando…', joinTitle: 'Unirse al taller', nameLabel: 'Su nombre',
    nameHint: 'Se muestra con sus puntos y sus notas.', join: 'Unirse',
    joinAnonymous: 'Unirse sin nombre',
    namedRound: 'Esta ronda se vota con nombre: escriba el suyo.',
    you: n => `Usted es ${n}.`, youAnonymous: 'Participa sin nombre.',
    stage: (n, c, t) => `Etapa ${n} de ${c}: ${t}`, noStage: 'Este recorrido aún no tiene etapas.',
    noMoments: 'Aún no hay tarjetas en esta etapa.', round: n => `Ronda de votación: ${n}`,
    used: (u, d) => `${u} de ${d} ${d === 1 ? 'punto usado' : 'puntos usados'}`,
    voteHint: 'Con + da un punto a una tarjeta y con − lo recupera.',
    add: t => `Poner un punto en ${t}`, remove: t => `Quitar un punto de ${t}`,
    mine: n => `Sus puntos aquí: ${n}`,
    needName: 'Esta ronda se vota con nombre. Escriba el suyo para votar.',
    saveName: 'Guardar el nombre', nameSaved: 'Gracias, su nombre está guardado.',
    notesTitle: 'Aparcamiento de ideas', noteLabel: 'Aparque una idea o una pregunta para más tarde',
    kindLegend: 'Tipo de nota', idea: 'Idea', question: 'Pregunta', addNote: 'Aparcar',
    notesLeft: n => (n === 1 ? 'Queda 1 nota' : `Quedan ${n} notas`),
    noteSaved: 'Su nota está en el aparcamiento de ideas. ¡Gracias!', timeLeft: 'Tiempo restante',
    paused: 'en pausa', endedTitle: 'La sesión ha terminado',
    endedText: 'Gracias por participar. Ya puede cerrar esta página.',
    removedTitle: 'La persona que facilita le ha retirado de la sesión',
    removedText: 'Hable con quien facilita si cree que se trata de un error.',
    err: {
      'malformed': 'Algo falló al enviarlo. Inténtelo de nuevo.',
      'rate': '¡Qué rapidez! Espere un momento e inténtelo de nuevo.',
      'not-joined': 'Primero únase al taller.', 'joined': 'Ya se ha unido.',
      'full': 'El taller está completo. Hable con quien facilita.',
      'unknown-key': 'Su plaza anterior en la sesión ya no existe. Únase de nuevo.',
      'name-empty': 'Escriba un nombre.',
      'name-too-long': n => `Los nombres pueden tener hasta ${n} caracteres.`,
      'name-taken': 'Alguien ya usa ese nombre. Añada una inicial o elija otro.',
      'named': 'Ya tiene un nombre.',
      'name-required': 'Esta ronda se vota con nombre. Escriba el suyo para votar.',
      'no-round': 'Ahora no hay ninguna ronda de votación.',
      'no-moment': 'Esa tarjeta ya no está en el recorrido.',
      'no-dots': 'Ha usado todos sus puntos. Recupere uno para moverlo.',
      'no-dot': 'No tiene ningún punto en esa tarjeta que recuperar.',
      'note-empty': 'Escriba primero su nota.',
      'note-too-long': n => `Las notas pueden tener hasta ${n} caracteres.`,
      'notes-limit': 'Ha usado todas sus notas. ¡Gracias por ellas!',
      'read-only': 'Ahora no se puede cambiar el recorrido. Inténtelo de nuevo en un momento.',
      'refused': 'El recorrido no lo ha aceptado. Hable con quien facilita.',
      '': 'No ha funcionado. Inténtelo de nuevo.',
    },
  },
};

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
