/*
 * clinic-verify partner widget, v1 (/widget/v1/clinic-search.js).
 *
 *   <script src="https://OUR-HOST/widget/v1/clinic-search.js" defer></script>
 *   <clinic-search key="pk_live_..." near="Austin, TX"></clinic-search>
 *   <site-check key="pk_live_..."></site-check>
 *
 * Talks only to the origin this script was loaded from. Everything the API returns is written with
 * textContent (never parsed as HTML), inside a Shadow DOM so the host page's CSS cannot reach in and ours
 * cannot leak out. No dependencies. The path is versioned: v1 only ever gets compatible fixes.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  var API = script && script.src ? new URL(script.src).origin : window.location.origin;
  var seq = 0;

  var STYLE = [
    ':host{display:block;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2733;',
    'max-width:100%;box-sizing:border-box}',
    '*,*::before,*::after{box-sizing:inherit}',
    '.box{border:1px solid #cfd6de;border-radius:8px;padding:12px;background:#fff}',
    'form{display:flex;flex-wrap:wrap;gap:8px;align-items:flex-end}',
    '.field{display:flex;flex-direction:column;flex:1 1 12em;min-width:0}',
    'label{font-size:13px;font-weight:600;margin-bottom:2px}',
    'input{font:inherit;padding:6px 8px;border:1px solid #8a96a3;border-radius:6px;width:100%}',
    'button{font:inherit;padding:7px 14px;border:0;border-radius:6px;background:#1f5fa8;color:#fff;cursor:pointer}',
    'button:hover{background:#174a84}',
    'input:focus-visible,button:focus-visible,a:focus-visible{outline:3px solid #f0b429;outline-offset:2px}',
    '.status{margin:10px 0 0;font-size:14px;color:#4a5561}',
    '.status.error{color:#a61b1b}',
    'ul{list-style:none;margin:8px 0 0;padding:0}',
    'li{padding:10px 0;border-top:1px solid #e3e8ee}',
    '.name{font-weight:600;color:#1f5fa8;text-decoration:underline}',
    '.meta{font-size:13px;color:#4a5561}',
    '.badges{display:flex;flex-wrap:wrap;gap:4px;margin-top:4px}',
    '.badge{font-size:12px;padding:1px 7px;border-radius:10px;background:#e6f2ea;color:#1d5e34;border:1px solid #b7dcc3}',
    '.badge.trust{background:#eaf0f8;color:#1f3f66;border-color:#bccde3}',
    '.badge.warn{background:#fbe9e9;color:#8a1616;border-color:#e8bcbc}',
    '.verdict{margin-top:10px;padding:8px;border-radius:6px;background:#f4f6f8}',
    '.attribution{margin-top:10px;font-size:12px;color:#5c6773}',
    '.attribution a{color:inherit}',
    '@media (max-width:420px){form{flex-direction:column;align-items:stretch}button{width:100%}}'
  ].join('');

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    }
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  function humanize(id) {
    var words = String(id).replace(/[_-]+/g, ' ').toLowerCase();
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  function field(id, labelText, attrs) {
    var wrap = el('div', { 'class': 'field' });
    wrap.appendChild(el('label', { 'for': id }, labelText));
    attrs.id = id;
    var input = el('input', attrs);
    wrap.appendChild(input);
    return { wrap: wrap, input: input };
  }

  function attribution() {
    var p = el('p', { 'class': 'attribution' }, 'Independent listings by ');
    p.appendChild(el('a', { href: API + '/', target: '_blank', rel: 'noopener' }, 'clinic-verify'));
    return p;
  }

  /** GET our API with the key; resolves to {ok, status, data, retryAfter}. */
  function call(key, path, params) {
    var url = new URL(path, API);
    Object.keys(params).forEach(function (name) {
      if (params[name]) { url.searchParams.set(name, params[name]); }
    });
    if (key) { url.searchParams.set('key', key); }
    return fetch(url.toString(), { headers: { Accept: 'application/json' }, credentials: 'omit', mode: 'cors' })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (data) {
          return { ok: response.ok, status: response.status, data: data, retryAfter: response.headers.get('Retry-After') };
        });
      });
  }

  function failure(result) {
    if (!result) { return 'The directory could not be reached.'; }
    if (result.status === 429) {
      return 'Too many requests; please try again' + (result.retryAfter ? ' in ' + result.retryAfter + ' s.' : ' later.');
    }
    return (result.data && result.data.message) ? String(result.data.message) : 'The directory could not answer (' + result.status + ').';
  }

  function setup(host, title) {
    var root = host.attachShadow({ mode: 'open' });
    root.appendChild(el('style', null, STYLE));
    var box = el('section', { 'class': 'box', 'aria-label': title });
    root.appendChild(box);
    var uid = 'cv' + (++seq);
    return { root: root, box: box, uid: uid };
  }

  function setStatus(node, text, isError) {
    node.className = isError ? 'status error' : 'status';
    node.textContent = text;
  }

  /* <clinic-search key near> */
  class ClinicSearch extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) { return; }
      var self = this;
      var parts = setup(this, 'Clinic search');
      var form = el('form', { role: 'search' });
      var what = field(parts.uid + 'q', 'Clinic or treatment', { type: 'search', name: 'q', autocomplete: 'off' });
      var near = field(parts.uid + 'near', 'Near', { type: 'text', name: 'near', autocomplete: 'address-level2' });
      near.input.value = this.getAttribute('near') || '';
      form.appendChild(what.wrap);
      form.appendChild(near.wrap);
      form.appendChild(el('button', { type: 'submit' }, 'Search'));
      var status = el('p', { 'class': 'status', role: 'status', 'aria-live': 'polite' });
      var list = el('ul', { 'aria-label': 'Clinics found' });
      parts.box.appendChild(form);
      parts.box.appendChild(status);
      parts.box.appendChild(list);
      parts.box.appendChild(attribution());
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        self.search(what.input.value.trim(), near.input.value.trim(), status, list);
      });
      this.parts = { what: what.input, near: near.input, status: status, list: list };
      if (near.input.value) {
        this.search('', near.input.value, status, list);
      }
    }

    search(q, near, status, list) {
      var key = this.getAttribute('key');
      list.replaceChildren();
      setStatus(status, 'Searching…', false);
      call(key, '/api/v1/clinics', { q: q, near: near }).then(function (result) {
        if (!result.ok) { setStatus(status, failure(result), true); return; }
        var items = result.data.results || [];
        items.forEach(function (clinic) { list.appendChild(renderClinic(clinic)); });
        setStatus(status, items.length === 0 ? 'No clinics found.'
          : items.length + (items.length === 1 ? ' clinic found.' : ' clinics found.'), false);
      }, function () { setStatus(status, failure(null), true); });
    }
  }

  function renderClinic(clinic) {
    var item = el('li', { 'class': 'clinic' });
    var link = el('a', { 'class': 'name', href: API + '/clinics/' + encodeURIComponent(clinic.id), target: '_blank',
      rel: 'noopener' }, clinic.name);
    item.appendChild(link);
    var address = clinic.address || {};
    var where = [address.city, address.region].filter(Boolean).join(', ');
    var meta = [];
    if (where) { meta.push(where); }
    if (typeof clinic.distance === 'number') { meta.push(clinic.distance.toFixed(1) + ' mi away'); }
    item.appendChild(el('div', { 'class': 'meta' }, meta.join(' · ')));
    var badges = el('div', { 'class': 'badges', 'aria-label': 'Trust signals' });
    if (typeof clinic.trustScore === 'number') {
      badges.appendChild(el('span', { 'class': 'badge trust' }, 'Trust ' + clinic.trustScore + '/100'));
    }
    (clinic.badges || []).forEach(function (badge) {
      badges.appendChild(el('span', { 'class': 'badge' }, humanize(badge)));
    });
    item.appendChild(badges);
    return item;
  }

  /* <site-check key> */
  class SiteCheck extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) { return; }
      var parts = setup(this, 'Website check');
      var form = el('form');
      var url = field(parts.uid + 'url', 'Is this website legitimate?', { type: 'url', name: 'url', required: '',
        placeholder: 'https://', autocomplete: 'url' });
      form.appendChild(url.wrap);
      form.appendChild(el('button', { type: 'submit' }, 'Check'));
      var status = el('p', { 'class': 'status', role: 'status', 'aria-live': 'polite' });
      var verdict = el('div', { 'class': 'verdict', hidden: '' });
      parts.box.appendChild(form);
      parts.box.appendChild(status);
      parts.box.appendChild(verdict);
      parts.box.appendChild(attribution());
      var key = this.getAttribute('key');
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        verdict.hidden = true;
        verdict.replaceChildren();
        setStatus(status, 'Checking…', false);
        call(key, '/api/v1/verify', { url: url.input.value.trim() }).then(function (result) {
          if (!result.ok) { setStatus(status, failure(result), true); return; }
          // {status: known|flagged|under_review|unknown, host, verdict: {category, flagged, trustScore, ...}, queued}
          var answer = result.data;
          var v = answer.verdict || {};
          setStatus(status, 'Checked ' + (answer.host || 'the site') + '.', false);
          var headline = answer.status === 'flagged' ? 'Warning: this looks like an unregulated seller.'
            : answer.status === 'under_review' ? 'Under review: some signs look like an unregulated seller; a moderator is checking this site.'
            : answer.status === 'known' ? 'No warning signs found.'
              : 'We have not assessed this site yet' + (answer.queued ? '; it is now queued for review.' : '.');
          verdict.appendChild(el('strong', null, headline));
          var line = el('div', { 'class': 'badges' });
          if (v.category) { line.appendChild(el('span', { 'class': answer.status === 'known' ? 'badge' : 'badge warn' }, humanize(v.category))); }
          if (answer.status !== 'unknown' && typeof v.trustScore === 'number') {
            line.appendChild(el('span', { 'class': 'badge trust' }, 'Trust ' + v.trustScore + '/100'));
          }
          (v.badges || []).forEach(function (badge) { line.appendChild(el('span', { 'class': 'badge' }, humanize(badge))); });
          verdict.appendChild(line);
          verdict.hidden = false;
        }, function () { setStatus(status, failure(null), true); });
      });
    }
  }

  if (window.customElements) {
    if (!customElements.get('clinic-search')) { customElements.define('clinic-search', ClinicSearch); }
    if (!customElements.get('site-check')) { customElements.define('site-check', SiteCheck); }
  }
}());
