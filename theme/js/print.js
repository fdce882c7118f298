// On paper there is nothing to click: open every exercise answer before
// printing, and close again the ones that were closed afterwards.
(() => {
  "use strict";
  let opened = [];
  window.addEventListener("beforeprint", () => {
    opened = [...document.querySelectorAll("main details:not([open])")];
    for (const details of opened) details.open = true;
  });
  window.addEventListener("afterprint", () => {
    for (const details of opened) details.open = false;
    opened = [];
  });
})();
