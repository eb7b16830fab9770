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

  // The error summary, or the notice that the report was saved elsewhere, takes focus, so
  // that screen reader and keyboard users start there.
  var summary = document.querySelector(".error-summary, #saved-elsewhere");
  if (summary) summary.focus();

  // A page made to be printed (a survey's QR code and one-time codes) offers a print button.
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });

  enhanceImport(document.querySelector("form[data-import]"));

  var storage = localStore();
  forgetWhatTheLastPageSaved();

  // Several files to import are sent one at a time, so that the kansli sees how far the
  // reading has come and which files could not be read, before all that were read are shown
  // for review together. Without this script the form sends them all in one request.
  function enhanceImport(importForm) {
    if (!importForm || !window.fetch || !window.FormData) return;
    var input = importForm.querySelector("input[type=file]");
    var box = importForm.querySelector("[data-import-progress]");
    var bar = box.querySelector("progress");
    var status = box.querySelector("[data-import-status]");
    var failedList = box.querySelector("[data-import-failed]");
    var next = box.querySelector("[data-import-next]");
    var csrf = importForm.querySelector("input[name=_csrf]").value;

    importForm.addEventListener("submit", function (event) {
      var files = Array.prototype.slice.call(input.files || []);
      if (files.length === 0) return;
      event.preventDefault();
      var tokens = [];
      var index = 0;
      box.hidden = false;
      bar.max = files.length;
      bar.value = 0;
      failedList.textContent = "";
      next.hidden = true;
      readNext();

      function readNext() {
        if (index === files.length) {
          finish();
          return;
        }
        var file = files[index];
        status.textContent = "Läser fil " + (index + 1) + " av " + files.length + ": " + file.name;
        var body = new FormData();
        body.append("_csrf", csrf);
        body.append("file", file, file.name);
        fetch(importForm.action, {
          method: "POST", body: body, credentials: "same-origin",
          headers: { Accept: "application/json" }
        }).then(function (response) {
          return response.json().catch(function () { return null; }).then(function (json) {
            if (response.ok && json && json.token) tokens.push(json.token);
            else listFailure(file.name, whyNotRead(response.status, json));
          });
        }).catch(function () {
          listFailure(file.name, "Ingen anslutning till servern.");
        }).then(function () {
          index += 1;
          bar.value = index;
          readNext();
        });
      }

      function finish() {
        var review = "/import/granska?" + tokens.map(function (token) {
          return "fil=" + encodeURIComponent(token);
        }).join("&");
        if (tokens.length === files.length) {
          status.textContent = "Alla " + files.length + " filer är lästa. Granskningen öppnas.";
          window.location.assign(review);
          return;
        }
        status.textContent = tokens.length + " av " + files.length +
          " filer kunde läsas. Filerna i listan nedan kunde inte läsas och sparas inte.";
        if (tokens.length > 0) {
          next.querySelector("a").setAttribute("href", review);
          next.hidden = false;
        }
        importForm.dataset.sent = "";
      }
    });

    function listFailure(name, reason) {
      var item = document.createElement("li");
      var strong = document.createElement("strong");
      strong.textContent = name;
      item.appendChild(strong);
      item.appendChild(document.createTextNode(": " + reason));
      failedList.appendChild(item);
    }

    function whyNotRead(status, json) {
      if (status === 401) return "Du är utloggad. Logga in igen och välj filen på nytt.";
      if (status === 413) return "Filen är större än 25 MB.";
      if (status === 503) return "Servern läser andra filer just nu. Försök igen om en stund.";
      var fields = json && json.error && json.error.fields;
      if (fields && fields.length > 0) return fields[0].message;
      return "Filen kunde inte läsas.";
    }
  }

  // Report drafts are saved a few seconds after the last change, and kept in the browser
  // after every change until the server has them: nothing typed is lost to a dropped
  // connection, an expired login or a closed tab.
  var form = document.querySelector("form[data-autosave]");
  if (!form || !form.dataset.autosave) return;
  var status = form.querySelector(".autosave-status");
  var revision = form.querySelector("input[name=revision]");
  var key = "finsam-utkast:" + form.dataset.draftKey;
  var timer = null;
  var saving = false;
  var stopped = false; // the report changed elsewhere: saving by hand shows both versions
  var sendAfterSave = null; // the button the form was sent with while an autosave was out

  offerToRestore();

  form.addEventListener("input", function () {
    keepLocally();
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(save, 3000);
  });
  form.addEventListener("submit", function (event) {
    keepLocally();
    if (saving) {
      // An autosave is on its way, perhaps creating the report this form then saves over:
      // the form is sent once it is back, to where it then points.
      event.preventDefault();
      sendAfterSave = event.submitter || true;
      return;
    }
    session().setItem("finsam-skickat", key);
  });
  window.addEventListener("online", function () {
    if (!stopped && storage && storage.getItem(key)) save();
  });

  function localStore() {
    try {
      window.localStorage.setItem("finsam-test", "1");
      window.localStorage.removeItem("finsam-test");
      return window.localStorage;
    } catch (error) {
      return null; // private mode or storage turned off: the server's autosave still works
    }
  }

  function session() {
    try {
      return window.sessionStorage;
    } catch (error) {
      return { getItem: function () { return null; }, setItem: function () {},
               removeItem: function () {} };
    }
  }

  // The page after a posted report form: unless it is that form again (with errors, or with
  // the version saved elsewhere beside it) or the login page, the server has what was sent.
  function forgetWhatTheLastPageSaved() {
    var sent = session().getItem("finsam-skickat");
    if (!sent) return;
    session().removeItem("finsam-skickat");
    var again = document.querySelector("form[data-draft-key]");
    var sameFormAgain = again && "finsam-utkast:" + again.dataset.draftKey === sent &&
      document.querySelector(".error-summary, #saved-elsewhere");
    var login = document.querySelector("form[action='/login']");
    if (!sameFormAgain && !login && storage) storage.removeItem(sent);
  }

  // The form's fields a person types into, by name (not the token, revision or kind).
  function fieldValues() {
    var values = {};
    form.querySelectorAll("textarea, input, select").forEach(function (field) {
      if (!field.name || field.type === "hidden" || field.type === "submit") return;
      values[field.name] = field.value;
    });
    return values;
  }

  function sameValues(a, b) {
    var names = Object.keys(a).concat(Object.keys(b));
    return names.every(function (name) { return (a[name] || "") === (b[name] || ""); });
  }

  function keepLocally() {
    if (!storage) return;
    try {
      storage.setItem(key, JSON.stringify({ at: Date.now(), values: fieldValues() }));
    } catch (error) {
      // Storage full: the server's autosave still works.
    }
  }

  function kept() {
    if (!storage) return null;
    try {
      var entry = JSON.parse(storage.getItem(key) || "null");
      return entry && entry.values ? entry : null;
    } catch (error) {
      return null;
    }
  }

  function clockTime(milliseconds) {
    return new Date(milliseconds).toLocaleTimeString("sv-SE", {
      hour: "2-digit", minute: "2-digit", timeZone: "Europe/Stockholm"
    });
  }

  // Text kept in the browser that the page does not have: offered back, never applied unasked.
  function offerToRestore() {
    var entry = kept();
    if (!entry) return;
    if (sameValues(entry.values, fieldValues())) {
      storage.removeItem(key);
      return;
    }
    var box = document.createElement("div");
    box.className = "notice notice--warning";
    box.setAttribute("role", "region");
    box.setAttribute("aria-labelledby", "restore-heading");
    box.tabIndex = -1;
    box.innerHTML = '<h2 id="restore-heading">Det finns text som inte sparades</h2>' +
      "<p></p>" +
      '<div class="actions"><button type="button" class="button" data-restore>Återställ texten</button> ' +
      '<button type="button" class="button button--secondary" data-discard>Släng den</button></div>';
    box.querySelector("p").textContent = "Den här webbläsaren har kvar det du skrev i formuläret " +
      "kl. " + clockTime(entry.at) + ", men det kom aldrig fram till servern (anslutningen eller " +
      "inloggningen bröts). Återställ det för att fortsätta där du var.";
    form.parentNode.insertBefore(box, form);
    box.querySelector("[data-restore]").addEventListener("click", function () {
      Object.keys(entry.values).forEach(function (name) {
        var field = form.elements.namedItem(name);
        if (field && field.type !== "hidden") field.value = entry.values[name];
      });
      box.remove();
      tell("Texten är återställd men inte sparad än. Den sparas om en stund.");
      save();
    });
    box.querySelector("[data-discard]").addEventListener("click", function () {
      storage.removeItem(key);
      box.remove();
      tell("Den osparade texten är borttagen.");
    });
    box.focus();
  }

  function tell(text, link) {
    status.textContent = text;
    if (link) {
      var anchor = document.createElement("a");
      anchor.href = link.href;
      anchor.textContent = link.text;
      status.appendChild(document.createTextNode(" "));
      status.appendChild(anchor);
      status.appendChild(document.createTextNode("."));
    }
  }

  // The first autosave of a new report creates it; the form then saves over that report.
  function becomeSaved(json) {
    if (!json.autosave) return;
    var entry = storage && storage.getItem(key);
    form.dataset.autosave = json.autosave;
    form.dataset.autosaveCreates = "";
    form.action = json.action;
    key = "finsam-utkast:rapport:" + json.report_id;
    form.dataset.draftKey = "rapport:" + json.report_id;
    if (entry) storage.setItem(key, entry);
    // The report exists now, for the period chosen: the period is no longer a choice.
    var period = form.querySelector("fieldset");
    if (period && json.period) {
      var fixed = document.createElement("p");
      fixed.textContent = "Rapporten gäller " + json.period + ".";
      period.querySelectorAll(".field").forEach(function (field) { field.remove(); });
      period.appendChild(fixed);
    }
    if (window.history && window.history.replaceState) window.history.replaceState(null, "", json.action);
  }

  function failed(response, json) {
    if (response.status === 401) {
      tell("Du är inte längre inloggad, så utkastet kunde inte sparas. Det du skrivit finns kvar " +
           "i den här webbläsaren.",
           { href: "/login?next=" + encodeURIComponent(window.location.pathname),
             text: "Logga in igen och fortsätt här" });
      return;
    }
    if (response.status === 409 && json.error && json.error.code === "stale") {
      stopped = true;
      tell("Rapporten har sparats i ett annat fönster sedan du öppnade den, så det du skrev sparas " +
           "inte automatiskt. Tryck på Spara utkast: då ser du båda versionerna sida vid sida och " +
           "kan behålla din.");
      return;
    }
    tell((json.error && json.error.message ? json.error.message + " " : "Utkastet kunde inte sparas. ") +
         "Det du skrivit finns kvar i den här webbläsaren.");
  }

  function save() {
    if (saving || stopped || form.dataset.sent === "1") return;
    saving = true;
    var sent = fieldValues();
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
      return response.json().then(function (json) { return { response: response, json: json }; });
    }).then(function (result) {
      if (!result.response.ok) {
        failed(result.response, result.json);
        return;
      }
      becomeSaved(result.json);
      revision.value = result.json.revision;
      if (storage && sameValues(sent, fieldValues())) storage.removeItem(key);
      tell("Utkastet sparades automatiskt " + clockTime(Date.now()) + ".");
    }).catch(function () {
      tell("Utkastet kunde inte sparas: ingen anslutning till servern. Det du skrivit finns kvar i " +
           "den här webbläsaren och sparas när anslutningen är tillbaka.");
    }).finally(function () {
      saving = false;
      if (sendAfterSave) {
        var submitter = sendAfterSave === true ? undefined : sendAfterSave;
        sendAfterSave = null;
        form.dataset.sent = "";
        form.requestSubmit(submitter);
      }
    });
  }
})();
