// The search page: form + facets -> GET /api/v1/clinics; list, map and "show more" (cursor).
"use strict";
(function () {
  const form = document.getElementById("search-form");
  const list = document.getElementById("result-list");
  const status = document.getElementById("status");
  const facetsBox = document.getElementById("facets");
  const more = document.getElementById("more");
  const selected = { service: new Set(), condition: new Set(), payment: new Set() };
  let nextCursor = null;
  let map = null;
  let markers = null;

  function params() {
    const data = new FormData(form);
    return {
      q: data.get("q"), near: data.get("near"), radius: data.get("near") ? data.get("radius") : "",
      sort: data.get("sort"), rems: data.get("rems") ? "true" : "", verifiedOnly: data.get("verifiedOnly") ? "true" : "",
      service: [...selected.service], condition: [...selected.condition]
    };
  }

  async function run(append) {
    const request = params();
    if (request.sort === "distance" && !request.near) {
      status.textContent = "To sort by distance, enter a ZIP code or a city first.";
      return;
    }
    if (append && nextCursor) request.cursor = nextCursor;
    status.textContent = "Searching…";
    try {
      const page = await cv.getJson("/api/v1/clinics", request);
      if (!append) { cv.clear(list); if (markers) markers.clearLayers(); }
      page.results.forEach(renderResult);
      nextCursor = page.nextCursor;
      more.hidden = !nextCursor;
      const count = (page.totalRelation === "eq" ? "" : "more than ") + page.total;
      status.textContent = page.total === 0 ? "No clinics match. Try a larger radius or fewer filters."
        : count + (page.total === 1 ? " clinic found." : " clinics found.");
      if (!append) renderFacets(page.facets);
      fitMap();
    } catch (e) {
      status.textContent = "";
      status.appendChild(cv.el("span", e.message, { class: "error" }));
    }
  }

  function renderResult(hit) {
    const item = cv.el("li", null, { class: "result" });
    const title = cv.el("h3");
    title.appendChild(cv.el("a", hit.name, { href: "/clinic.html?id=" + encodeURIComponent(hit.id) }));
    item.appendChild(title);
    item.appendChild(cv.el("p", cv.address(hit.address), { class: "meta" }));
    const facts = cv.el("p");
    if (hit.distance !== null && hit.distance !== undefined) facts.appendChild(cv.el("span", hit.distance.toFixed(1) + " miles away · "));
    if (hit.trustScore !== null && hit.trustScore !== undefined) facts.appendChild(cv.el("span", "Trust " + hit.trustScore + "/100", { class: "trust" }));
    item.appendChild(facts);
    const badges = cv.el("p");
    for (const badge of hit.badges) badges.appendChild(cv.el("span", badge, { class: "badge" }));
    // The scorer already names a registry match among the badges; older verdicts may not.
    if (hit.remsVerified && !hit.badges.includes("REMS-certified (registry)")) badges.appendChild(cv.el("span", "REMS-certified (registry)", { class: "badge" }));
    item.appendChild(badges);
    if (hit.services.length) item.appendChild(cv.el("p", "Services: " + hit.services.join(", "), { class: "meta" }));
    list.appendChild(item);
    if (map && hit.location) {
      const popup = cv.el("div");
      popup.appendChild(cv.el("a", hit.name, { href: "/clinic.html?id=" + encodeURIComponent(hit.id) }));
      L.circleMarker([hit.location.lat, hit.location.lon], { radius: 7, color: "#0b5394", fillOpacity: 0.8 })
        .bindPopup(popup).addTo(markers);
    }
  }

  function renderFacets(facets) {
    cv.clear(facetsBox);
    facetsBox.appendChild(cv.el("h2", "Filters"));
    const groups = [["service", "Services", facets.services], ["condition", "Conditions", facets.conditions]];
    for (const [key, legend, counts] of groups) {
      if (!counts.length && !selected[key].size) continue;
      const fieldset = cv.el("fieldset");
      fieldset.appendChild(cv.el("legend", legend));
      for (const facet of counts) {
        const id = "f-" + key + "-" + facet.value.replace(/[^a-z0-9]+/gi, "-");
        const row = cv.el("div", null, { class: "check" });
        const box = cv.el("input", null, { type: "checkbox", id, value: facet.value });
        box.checked = selected[key].has(facet.value);
        box.addEventListener("change", () => { box.checked ? selected[key].add(facet.value) : selected[key].delete(facet.value); run(false); });
        row.appendChild(box);
        row.appendChild(cv.el("label", " " + facet.value + " (" + facet.count + ")", { for: id }));
        fieldset.appendChild(row);
      }
      facetsBox.appendChild(fieldset);
    }
    const info = [["Payment", facets.payment], ["Distance", facets.distance]];
    for (const [legend, counts] of info) {
      if (!counts.length) continue;
      facetsBox.appendChild(cv.el("h3", legend));
      const ul = cv.el("ul");
      counts.forEach(c => ul.appendChild(cv.el("li", c.value + ": " + c.count)));
      facetsBox.appendChild(ul);
    }
  }

  function fitMap() {
    if (!map || !markers) return;
    const layers = markers.getLayers();
    if (layers.length) map.fitBounds(L.featureGroup(layers).getBounds().pad(0.3), { maxZoom: 10 });
  }

  async function initMap() {
    if (typeof L === "undefined") return;
    map = L.map("map", { keyboard: true, scrollWheelZoom: false }).setView([39.5, -98.35], 4);
    markers = L.layerGroup().addTo(map);
    try {
      const config = await cv.getJson("/ui/config");
      if (config.tileUrl) L.tileLayer(config.tileUrl, { attribution: config.tileAttribution || "" }).addTo(map);
      const atlas = await cv.getJson("/vendor/us-atlas/states-10m.json");
      const states = topojson.feature(atlas, atlas.objects.states);
      L.geoJSON(states, { style: { color: "#6b7c93", weight: 1, fillColor: "#ffffff", fillOpacity: config.tileUrl ? 0 : 0.9 }, interactive: false }).addTo(map);
      markers.bringToFront && markers.eachLayer(m => m.bringToFront());
    } catch (e) {
      // The list still works without the base layer.
    }
  }

  let suggestTimer = null;
  document.getElementById("q").addEventListener("input", event => {
    clearTimeout(suggestTimer);
    const prefix = event.target.value.trim();
    if (prefix.length < 2) return;
    suggestTimer = setTimeout(async () => {
      try {
        const answer = await cv.getJson("/api/v1/suggest", { prefix });
        const datalist = document.getElementById("suggestions");
        cv.clear(datalist);
        answer.suggestions.forEach(s => datalist.appendChild(cv.el("option", null, { value: s.text })));
      } catch (e) { /* suggestions are optional */ }
    }, 200);
  });

  form.addEventListener("submit", event => { event.preventDefault(); selected.service.clear(); selected.condition.clear(); run(false); });
  more.addEventListener("click", () => run(true));
  const initial = new URLSearchParams(location.search);
  if (initial.get("q")) document.getElementById("q").value = initial.get("q");
  if (initial.get("near")) document.getElementById("near").value = initial.get("near");
  initMap().then(() => { if (initial.get("q") || initial.get("near")) run(false); });
})();
