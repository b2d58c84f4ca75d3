/* global window, document */
// Runs before the first paint (a blocking script in <head>) so a stored light or dark choice
// never flashes the other theme. Kept as a file, not inline, so a strict CSP can allow it.
// The key and values must match src/platform/theme.ts.
(function () {
  try {
    var choice = window.localStorage.getItem('psoas-coach.theme');
    if (choice === 'light' || choice === 'dark') {
      document.documentElement.setAttribute('data-theme', choice);
    }
  } catch {
    // Storage can be blocked (private mode, policies); the system theme applies then.
  }
})();
