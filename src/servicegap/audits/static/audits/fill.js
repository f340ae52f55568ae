/* servicegap audits: the fill page keeps every answer.
   htmx posts each answer when it changes. This script also keeps a copy of each
   changed answer in localStorage until the server has confirmed it, puts unsent
   answers back after a reload, and sends them again when the phone is back online.
   Without JavaScript the page is a plain form that saves everything at once. */
(function () {
  "use strict";
  var form = document.querySelector("form.fill[data-audit]");
  if (!form) return;
  var key = "servicegap:audit:" + form.dataset.audit;
  var offlineNote = document.querySelector(".offline-note");

  function load() {
    try { return JSON.parse(localStorage.getItem(key)) || {}; } catch (e) { return {}; }
  }
  function store(pending) {
    try {
      if (Object.keys(pending).length) localStorage.setItem(key, JSON.stringify(pending));
      else localStorage.removeItem(key);
    } catch (e) { /* private mode or full: the server copy still holds */ }
  }
  function valuesOf(fieldset) {
    var code = fieldset.dataset.answer, values = {};
    fieldset.querySelectorAll("input, textarea, select").forEach(function (input) {
      var name = input.name.slice(code.length + 1);
      if (input.type === "file" || !name) return;
      if (input.type === "radio") { if (input.checked) values[name] = input.value; return; }
      if (input.type === "checkbox") { if (input.checked) values[name] = input.value; return; }
      values[name] = input.value;
    });
    return values;
  }
  function restore(fieldset, values) {
    var code = fieldset.dataset.answer;
    Object.keys(values).forEach(function (name) {
      fieldset.querySelectorAll("[name='" + code + "-" + name + "']").forEach(function (input) {
        if (input.type === "radio" || input.type === "checkbox") input.checked = input.value === values[name];
        else input.value = values[name];
      });
    });
  }
  function say(fieldset, text, cls) {
    var status = document.getElementById("status-" + fieldset.dataset.answer);
    if (!status) return;
    status.textContent = "";
    var span = document.createElement("span");
    span.className = cls;
    span.textContent = text;
    status.appendChild(span);
  }
  function same(a, b) { return JSON.stringify(a) === JSON.stringify(b); }

  // Keep a copy before htmx sends it (capture phase runs first).
  form.addEventListener("change", function (event) {
    var fieldset = event.target.closest("[data-answer]");
    if (!fieldset) return;
    var pending = load();
    pending[fieldset.dataset.answer] = valuesOf(fieldset);
    store(pending);
  }, true);

  // Show the server's field errors (400) and "read-only" (409) in the status line.
  document.body.addEventListener("htmx:beforeSwap", function (event) {
    var status = event.detail.xhr.status;
    if (status === 400 || status === 409) { event.detail.shouldSwap = true; event.detail.isError = false; }
  });

  document.body.addEventListener("htmx:afterRequest", function (event) {
    var elt = event.detail.elt;
    var fieldset = elt && elt.closest ? elt.closest("[data-answer]") : null;
    if (!fieldset) return;
    var xhr = event.detail.xhr;
    if (xhr && xhr.status > 0 && xhr.status < 500) {
      // The server decided (saved, refused or read-only): forget the copy if unchanged since.
      var pending = load(), code = fieldset.dataset.answer;
      if (pending[code] && same(pending[code], valuesOf(fieldset))) { delete pending[code]; store(pending); }
    } else {
      say(fieldset, fieldset.closest("form").dataset.unsent || "Not sent yet: kept on this phone.", "pending");
    }
  });

  function resend() {
    if (offlineNote) offlineNote.hidden = navigator.onLine;
    if (!navigator.onLine || !window.htmx) return;
    var pending = load();
    Object.keys(pending).forEach(function (code) {
      var fieldset = document.getElementById("answer-" + code);
      if (!fieldset) { delete pending[code]; return; }
      htmx.trigger(fieldset, "change");
    });
    store(pending);
  }

  // After a reload, put back what was not confirmed, then try to send it.
  var pending = load();
  Object.keys(pending).forEach(function (code) {
    var fieldset = document.getElementById("answer-" + code);
    if (fieldset) { restore(fieldset, pending[code]); say(fieldset, form.dataset.unsent || "Not sent yet: kept on this phone.", "pending"); }
  });
  window.addEventListener("online", resend);
  window.addEventListener("offline", function () { if (offlineNote) offlineNote.hidden = false; });
  if (document.readyState === "complete") resend(); else window.addEventListener("load", resend);
})();
