// Filters for factlint's HTML report. Without JavaScript every card shows.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var cards = Array.prototype.slice.call(document.querySelectorAll(".card"));
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.key"));
  var sev = Array.prototype.slice.call(document.querySelectorAll("input[name=severity]"));
  var key = document.getElementById("key");
  var q = document.getElementById("q");
  var shown = document.getElementById("shown");
  function apply() {
    var on = {};
    sev.forEach(function (b) { on[b.value] = b.checked; });
    var k = key.value, text = q.value.trim().toLowerCase(), n = 0;
    cards.forEach(function (c) {
      var ok = on[c.dataset.severity] && (k === "" || c.dataset.key === k) &&
        (text === "" || c.textContent.toLowerCase().indexOf(text) >= 0);
      c.hidden = !ok;
      if (ok) { n++; }
    });
    sections.forEach(function (s) { s.hidden = !s.querySelector(".card:not([hidden])"); });
    shown.textContent = n + " of " + cards.length + " shown";
  }
  sev.forEach(function (b) { b.addEventListener("change", apply); });
  key.addEventListener("change", apply);
  q.addEventListener("input", apply);
  apply();
})();
