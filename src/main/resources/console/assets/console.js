'use strict';
// The moderator console. Everything that came from a crawled site or a public form is put into the
// page with textContent (never as markup); stored pages are shown in a sandboxed iframe without
// scripts, already sanitised by the server. The API leaves out empty lists, hence the `|| []`.

const api = '/api/v1/moderation';
let current = null;       // the item on screen
let queueCursor = null;

function csrfToken() {
  const entry = document.cookie.split('; ').find((c) => c.startsWith('cv_csrf='));
  return entry ? decodeURIComponent(entry.substring('cv_csrf='.length)) : '';
}

async function call(method, path, body) {
  const headers = {'Accept': 'application/json'};
  if (method !== 'GET') {
    headers['Content-Type'] = 'application/json';
    headers['X-CSRF-Token'] = csrfToken();
  }
  const response = await fetch(path, {method, headers, credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body)});
  if (response.status === 401) {
    window.location.assign('/console/login.html');
    throw new Error('not logged in');
  }
  const data = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(data.message || ('request failed (' + response.status + ')'));
  }
  return data;
}

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) {
    node.textContent = String(text);
  }
  if (className) {
    node.className = className;
  }
  return node;
}

function row(cells) {
  const tr = document.createElement('tr');
  cells.forEach((cell) => {
    const td = document.createElement('td');
    if (cell instanceof Node) {
      td.appendChild(cell);
    } else {
      td.textContent = cell === null || cell === undefined ? '' : String(cell);
    }
    tr.appendChild(td);
  });
  return tr;
}

function say(text) {
  document.getElementById('message').textContent = text || '';
}

function show(view) {
  ['queue-view', 'item-view', 'audit-view'].forEach((id) => {
    document.getElementById(id).hidden = id !== view;
  });
}

async function loadQueue(append) {
  const state = document.getElementById('state-filter').value;
  const params = new URLSearchParams({limit: '50'});
  if (state) params.set('state', state);
  if (append && queueCursor) params.set('cursor', queueCursor);
  const page = await call('GET', api + '/queue?' + params);
  const body = document.querySelector('#queue-table tbody');
  if (!append) body.replaceChildren();
  (page.items || []).forEach((item) => {
    const link = el('a', item.siteHost);
    link.href = '#item/' + item.id;
    body.appendChild(row([link, item.state, item.priority, item.openedAt, item.openedReason, item.claimedBy]));
  });
  queueCursor = page.nextCursor;
  document.getElementById('queue-more').hidden = !queueCursor;
}

function highlight(container, text) {
  // The snippet is page text: shown as text, marked as a whole.
  container.appendChild(el('mark', text));
}

async function loadItem(id) {
  const detail = await call('GET', api + '/items/' + id);
  current = detail.item;
  document.getElementById('item-title').textContent = current.siteHost + ' (' + current.state + ')';
  const facts = document.getElementById('item-facts');
  facts.replaceChildren();
  [['Priority', current.priority], ['Opened', current.openedAt + ' (' + current.openedReason + ')'],
    ['Claimed by', current.claimedBy], ['Last decision', current.decidedBy ? current.decidedBy + ' at ' + current.decidedAt : null],
    ['Reason', current.decisionReason], ['Earlier decision', current.previousDecision],
    ['Trust score', current.trustScore],
    ['Reported to host', current.reportedToHostAt ? current.reportedToHostAt + ': ' + current.reportedToHostNote : null],
    ['Online', current.online === undefined ? null : (current.online ? 'yes' : 'no') + ' (checked ' + current.livenessCheckedAt + ')'],
    ['Last seen online', current.lastSeenOnlineAt], ['Version', current.version]]
    .filter(([, value]) => value !== null && value !== undefined)
    .forEach(([name, value]) => {
      facts.appendChild(el('dt', name));
      facts.appendChild(el('dd', value, name === 'Earlier decision' ? 'earlier' : undefined));
    });

  const signals = document.getElementById('signals');
  signals.replaceChildren();
  (detail.listings || []).forEach((listing) => {
    const box = el('div', null, 'listing');
    box.appendChild(el('h4', listing.name + ' — ' + (listing.category || '?') + ', trust ' + listing.trustScore
      + (listing.flagged ? ', flagged' : '')));
    if (listing.verdictProblem) box.appendChild(el('p', listing.verdictProblem, 'error'));
    const list = el('ul');
    (listing.signals || []).forEach((signal) => {
      const li = el('li', signal.id + ' (' + signal.weight + '): ' + signal.explanation + ' ');
      (signal.evidence || []).forEach((evidence) => {
        const quote = el('div', null, 'evidence');
        highlight(quote, evidence.snippet);
        quote.appendChild(el('span', ' — ' + evidence.url, 'source'));
        li.appendChild(quote);
      });
      list.appendChild(li);
    });
    box.appendChild(list);
    signals.appendChild(box);
  });

  const reports = document.getElementById('reports');
  reports.replaceChildren();
  (detail.reports || []).forEach((report) => reports.appendChild(el('li', report.createdAt + ' ' + report.kind + ': ' + report.message)));

  const snapshots = document.getElementById('snapshots');
  snapshots.replaceChildren();
  (detail.snapshots || []).forEach((page) => {
    snapshots.appendChild(el('p', page.url + ' fetched ' + page.fetchedAt + (page.truncated ? ' (truncated)' : ''), 'source'));
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', '');
    frame.setAttribute('referrerpolicy', 'no-referrer');
    frame.className = 'snapshot';
    frame.srcdoc = page.safeHtml;
    snapshots.appendChild(frame);
  });

  const history = document.querySelector('#history-table tbody');
  history.replaceChildren();
  (detail.history || []).forEach((entry) => history.appendChild(row([entry.at, entry.actor, entry.fromState, entry.toState, entry.note])));
  show('item-view');
}

async function loadAudit() {
  const params = new URLSearchParams({limit: '100'});
  const moderator = document.getElementById('audit-moderator').value.trim();
  const item = document.getElementById('audit-item').value.trim();
  if (moderator) params.set('moderator', moderator);
  if (item) params.set('item', item);
  const page = await call('GET', api + '/audit?' + params);
  const body = document.querySelector('#audit-table tbody');
  body.replaceChildren();
  (page.entries || []).forEach((entry) => body.appendChild(row([entry.at, entry.itemId, entry.siteHost, entry.actor,
    entry.fromState, entry.toState, entry.note])));
  show('audit-view');
}

async function route() {
  say('');
  const hash = window.location.hash || '#queue';
  try {
    if (hash.startsWith('#item/')) {
      await loadItem(hash.substring('#item/'.length));
    } else if (hash === '#audit') {
      await loadAudit();
    } else {
      show('queue-view');
      await loadQueue(false);
    }
  } catch (error) {
    say(error.message);
  }
}

document.getElementById('state-filter').addEventListener('change', () => loadQueue(false).catch((e) => say(e.message)));
document.getElementById('queue-more').addEventListener('click', () => loadQueue(true).catch((e) => say(e.message)));
document.getElementById('audit-form').addEventListener('submit', (event) => {
  event.preventDefault();
  loadAudit().catch((e) => say(e.message));
});
document.getElementById('claim').addEventListener('click', async () => {
  try {
    await call('POST', api + '/items/' + current.id + '/claim');
    await loadItem(current.id);
  } catch (error) {
    say(error.message);
  }
});
document.getElementById('decision-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  try {
    await call('POST', api + '/items/' + current.id + '/decisions', {
      decision: document.getElementById('decision').value,
      reason: document.getElementById('reason').value,
      version: current.version
    });
    document.getElementById('reason').value = '';
    await loadItem(current.id);
    say('Decision recorded.');
  } catch (error) {
    say(error.message);
  }
});
document.getElementById('host-report-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  try {
    await call('POST', api + '/items/' + current.id + '/reported-to-host', {
      note: document.getElementById('host-report-note').value,
      version: current.version
    });
    document.getElementById('host-report-note').value = '';
    await loadItem(current.id);
    say('Report to host recorded.');
  } catch (error) {
    say(error.message);
  }
});
document.getElementById('logout').addEventListener('click', async () => {
  await fetch('/api/v1/auth/logout', {method: 'POST', credentials: 'same-origin', headers: {'X-CSRF-Token': csrfToken()}});
  window.location.assign('/console/login.html');
});
window.addEventListener('hashchange', route);

call('GET', '/api/v1/auth/me').then((me) => {
  document.getElementById('me').textContent = me.username + ' (' + (me.roles || []).join(', ') + ')';
  return route();
}).catch((error) => say(error.message));
