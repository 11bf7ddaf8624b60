// Shared helpers of the public pages. Everything crawled is rendered with textContent, never innerHTML.
"use strict";
const cv = {
  el(tag, text, attrs) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
    return node;
  },
  // Only http(s) links from crawled data become clickable.
  safeLink(url, text) {
    if (typeof url === "string" && /^https?:\/\//i.test(url)) {
      const a = cv.el("a", text || url, { href: url, rel: "nofollow noopener noreferrer", target: "_blank" });
      return a;
    }
    return cv.el("span", text || url || "");
  },
  async getJson(path, params) {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params || {})) {
      if (Array.isArray(value)) value.forEach(v => query.append(key, v));
      else if (value !== undefined && value !== null && value !== "") query.append(key, value);
    }
    const response = await fetch(path + (query.toString() ? "?" + query : ""), { headers: { Accept: "application/json" } });
    const body = await response.json().catch(() => ({ message: "unexpected answer (" + response.status + ")" }));
    if (!response.ok) throw Object.assign(new Error(body.message || response.statusText), { body, status: response.status });
    return body;
  },
  address(a) {
    return [a.street, a.city, [a.region, a.postalCode].filter(Boolean).join(" ")].filter(Boolean).join(", ");
  },
  clear(node) { while (node.firstChild) node.removeChild(node.firstChild); },
  renderSignals(container, signals) {
    cv.clear(container);
    if (!signals || signals.length === 0) { container.appendChild(cv.el("p", "No signals recorded yet.")); return; }
    for (const signal of signals) {
      const box = cv.el("div", null, { class: "signal" + (signal.weight < 0 ? " negative" : "") });
      box.appendChild(cv.el("p", (signal.weight < 0 ? "Red flag: " : "Sign of supervised care: ") + signal.explanation));
      for (const evidence of signal.evidence || []) {
        box.appendChild(cv.el("blockquote", evidence.snippet));
        const source = cv.el("p", "Source: ", { class: "meta" });
        source.appendChild(cv.safeLink(evidence.url));
        box.appendChild(source);
      }
      container.appendChild(box);
    }
  }
};
