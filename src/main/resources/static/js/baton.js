// Baton's only script. Pages work without it; it adds conveniences.
(function () {
  "use strict";

  // "Copy" buttons next to a read-only field (invitation links, a new token's secret).
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy]");
    if (!button) {
      return;
    }
    var field = document.querySelector(button.getAttribute("data-copy"));
    if (!field) {
      return;
    }
    field.select();
    var done = function () {
      var label = button.textContent;
      button.textContent = button.getAttribute("data-copied") || label;
      window.setTimeout(function () { button.textContent = label; }, 2000);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(done, function () { document.execCommand("copy"); done(); });
    } else {
      document.execCommand("copy");
      done();
    }
  });

  // The account menu closes with Escape or a click elsewhere, like other menus do.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") {
      return;
    }
    document.querySelectorAll("details.account-menu[open]").forEach(function (menu) {
      menu.removeAttribute("open");
      menu.querySelector("summary").focus();
    });
  });
  document.addEventListener("click", function (event) {
    document.querySelectorAll("details.account-menu[open]").forEach(function (menu) {
      if (!menu.contains(event.target)) {
        menu.removeAttribute("open");
      }
    });
  });
})();

// The objection window's countdown (<time data-countdown>) counts on once a minute. It starts from Baton's
// clock (data-now), so it agrees with what the server wrote, and words itself from the page's data-* texts.
(function () {
  "use strict";
  var clocks = document.querySelectorAll("time[data-countdown]");
  if (!clocks.length) {
    return;
  }
  var skew = Number(clocks[0].getAttribute("data-now")) - Date.now();
  var unit = function (el, n, one, many) {
    return n === 1 ? el.getAttribute("data-" + one) : el.getAttribute("data-" + many).replace(/\d+/, String(n));
  };
  var update = function () {
    clocks.forEach(function (el) {
      var left = Date.parse(el.getAttribute("datetime")) - (Date.now() + skew);
      if (isNaN(left)) {
        return;
      }
      if (left <= 0) {
        el.textContent = el.getAttribute("data-ended");
        return;
      }
      var minutes = Math.floor(left / 60000);
      var days = Math.floor(minutes / 1440);
      var hours = Math.floor((minutes % 1440) / 60);
      var mins = minutes % 60;
      var span;
      if (days > 0) {
        span = unit(el, days, "day", "days") + (hours > 0 ? " " + unit(el, hours, "hour", "hours") : "");
      } else if (hours > 0) {
        span = unit(el, hours, "hour", "hours") + (mins > 0 ? " " + unit(el, mins, "minute", "minutes") : "");
      } else if (mins > 0) {
        span = unit(el, mins, "minute", "minutes");
      } else {
        span = el.getAttribute("data-under");
      }
      el.textContent = el.getAttribute("data-ends-in").replace("{0}", span);
    });
  };
  window.setInterval(update, 60000);
})();
