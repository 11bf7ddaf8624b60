// "Check a website": GET /api/v1/verify?url=...
"use strict";
(function () {
  const form = document.getElementById("check-form");
  const title = document.getElementById("verdict-title");
  const summary = document.getElementById("verdict-summary");
  const signals = document.getElementById("verdict-signals");
  form.addEventListener("submit", async event => {
    event.preventDefault();
    cv.clear(signals);
    summary.className = "";
    try {
      const answer = await cv.getJson("/api/v1/verify", { url: document.getElementById("url").value });
      if (answer.status === "flagged") {
        title.textContent = "Warning: " + answer.host + " looks like an unregulated seller";
        summary.textContent = "Do not buy ketamine or esketamine here. Legitimate treatment needs a prescriber and supervision.";
        summary.className = "warning";
      } else if (answer.status === "under_review") {
        title.textContent = answer.host + " is under review";
        summary.textContent = "Some signs on this site look like an unregulated seller, and a moderator is checking it. Do not buy ketamine or esketamine without a prescriber.";
        summary.className = "warning";
      } else if (answer.status === "known") {
        title.textContent = answer.host + " is in our directory";
        summary.textContent = "Category: " + answer.verdict.category + " · Trust score " + answer.verdict.trustScore + "/100";
      } else {
        title.textContent = "We don't know " + answer.host + " yet";
        summary.textContent = answer.queued ? "We queued it for assessment. Please check again later."
          : "It is already queued for assessment. Please check again later.";
      }
      if (answer.verdict) cv.renderSignals(signals, answer.verdict.signals);
    } catch (e) {
      title.textContent = "";
      summary.textContent = e.message;
      summary.className = "error";
    }
  });
})();
