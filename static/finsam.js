// Progressive enhancement only: every page works without this script.
(function () {
  "use strict";

  // A form is sent once: a double click, or Enter pressed twice, does not post it again.
  document.querySelectorAll("form").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (form.dataset.sent === "1") {
        event.preventDefault();
        return;
      }
      form.dataset.sent = "1";
    });
  });

  // The error summary takes focus, so that screen reader and keyboard users start there.
  var summary = document.querySelector(".error-summary");
  if (summary) summary.focus();

  // Report drafts are saved a few seconds after the last change.
  var form = document.querySelector("form[data-autosave]");
  if (!form || !form.dataset.autosave) return;
  var status = form.querySelector(".autosave-status");
  var revision = form.querySelector("input[name=revision]");
  var timer = null;
  var saving = false;

  function save() {
    if (saving || form.dataset.sent === "1") return;
    saving = true;
    // Multipart, as the form itself posts: a URL-encoded body is limited to 8 KB by the
    // server's HTTP library, and a report is longer than that.
    var body = new FormData(form);
    body.delete("action");
    fetch(form.dataset.autosave, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "Accept": "application/json" }
    }).then(function (response) {
      return response.json().then(function (json) { return { ok: response.ok, json: json }; });
    }).then(function (result) {
      if (result.ok) {
        revision.value = result.json.revision;
        status.textContent = "Utkastet sparades automatiskt " +
          new Date().toLocaleTimeString("sv-SE", {
            hour: "2-digit", minute: "2-digit", timeZone: "Europe/Stockholm"
          }) + ".";
      } else {
        status.textContent = result.json.error ? result.json.error.message
                                               : "Utkastet kunde inte sparas.";
      }
    }).catch(function () {
      status.textContent = "Utkastet kunde inte sparas. Kontrollera anslutningen.";
    }).finally(function () {
      saving = false;
    });
  }

  form.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(save, 3000);
  });
})();
