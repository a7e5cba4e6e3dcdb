// Applies the reader's saved colour scheme before first paint, so a reader
// who chose dark over a light system setting sees no flash. External (not
// inline) so the site runs under script-src 'self'. Storage may throw
// (sandboxed iframes, privacy modes): then the system setting applies.
(function () {
  // Embeds take their scheme from ?theme=dark|light (see src/embed/).
  var forced = /^\/(?:.*\/)?embed\//.test(window.location.pathname)
    ? /[?&]theme=(dark|light)(?:&|$)/.exec(window.location.search)
    : null;
  if (forced) {
    document.documentElement.setAttribute('data-theme', forced[1]);
    return;
  }
  try {
    var saved = window.localStorage.getItem('storm-0558-theme');
    if (saved === 'dark' || saved === 'light') document.documentElement.setAttribute('data-theme', saved);
  } catch (error) {
    /* no storage: follow the system setting */
  }
})();
