// The clinic profile page: GET /api/v1/clinics/{id}; the evidence behind the trust score.
"use strict";
(async function () {
  const status = document.getElementById("status");
  const id = new URLSearchParams(location.search).get("id");
  const text = (elementId, value) => { document.getElementById(elementId).textContent = value || "—"; };
  if (!id) { status.textContent = "No clinic selected."; return; }
  try {
    const p = await cv.getJson("/api/v1/clinics/" + encodeURIComponent(id));
    document.title = p.name + " · clinic-verify";
    text("name", p.name);
    text("address", [p.street, p.city, [p.region, p.postalCode].filter(Boolean).join(" ")].filter(Boolean).join(", "));
    text("trust", p.trustScore === null ? "Not scored yet" : "Trust score " + p.trustScore + "/100");
    const badges = document.getElementById("badges");
    p.badges.forEach(b => badges.appendChild(cv.el("span", b, { class: "badge" })));
    // The scorer already names a registry match among the badges; older verdicts may not.
    if (p.remsVerified && !p.badges.includes("REMS-certified (registry)")) badges.appendChild(cv.el("span", "REMS-certified (registry)", { class: "badge" }));
    const website = document.getElementById("website");
    if (p.websiteUrl) { website.appendChild(cv.el("span", "Website: ")); website.appendChild(cv.safeLink(p.websiteUrl)); }
    text("services", p.services.join(", "));
    text("conditions", p.conditions.join(", "));
    text("payment", p.payment.concat(p.insurance).join(", "));
    text("phone", p.phone);
    if (p.flagged || p.category === "seller") {
      const warning = document.getElementById("warning");
      warning.hidden = false;
      warning.textContent = "Warning: this site was flagged as an unregulated seller. It is not a clinic and is not listed in search results.";
    } else if (p.underReview) {
      const warning = document.getElementById("warning");
      warning.hidden = false;
      warning.textContent = "Under review: some signs on this site look like an unregulated seller, and a moderator is checking it. It is not listed in search results until they decide.";
    }
    cv.renderSignals(document.getElementById("signals"), p.signals);
    const sources = document.getElementById("sources");
    p.sources.forEach(url => { const li = cv.el("li"); li.appendChild(cv.safeLink(url)); sources.appendChild(li); });
    text("dates", "Last crawled: " + (p.lastCrawledAt || "never") + " · Last verified: " + (p.lastVerifiedAt || "not yet"));
    status.textContent = "";
  } catch (e) {
    status.textContent = e.status === 404 ? "No clinic with this id." : "Could not load the clinic: " + e.message;
  }
})();
