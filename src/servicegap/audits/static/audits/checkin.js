/* servicegap audits: optional check-in position.
   A form marked data-geolocate gets the browser's position once, if the person agrees,
   into its hidden latitude/longitude/accuracy fields, then submits. Declining, an
   error or a timeout submits without a position (or, for a check-in-only form, says so). */
(function () {
  "use strict";
  if (!("geolocation" in navigator)) return;
  document.querySelectorAll("form[data-geolocate]").forEach(function (form) {
    var choice = form.querySelector(".geo-choice");
    var box = form.querySelector("input[name=share_position]");
    var onlyButton = form.querySelector(".geo-only");
    var status = form.querySelector(".geo-status");
    var checkinOnly = form.hasAttribute("data-geolocate-required");
    if (choice) choice.hidden = false;
    if (onlyButton) onlyButton.hidden = false;
    var asking = false;
    form.addEventListener("submit", function (event) {
      if (form.dataset.located === "1") return;
      if (box && !box.checked) return;
      event.preventDefault();
      if (asking) return;
      asking = true;
      if (status) status.textContent = status.dataset.asking || "…";
      navigator.geolocation.getCurrentPosition(
        function (position) {
          form.elements.latitude.value = position.coords.latitude.toFixed(6);
          form.elements.longitude.value = position.coords.longitude.toFixed(6);
          form.elements.accuracy.value = Math.round(position.coords.accuracy);
          form.dataset.located = "1";
          form.submit();
        },
        function () {
          asking = false;
          if (checkinOnly) {
            if (status) status.textContent = "—";
            if (onlyButton) onlyButton.hidden = true;
            return;
          }
          form.dataset.located = "1";
          form.submit();
        },
        { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 }
      );
    });
  });
})();
