// After a deploy, an open tab still runs the old build, whose lazily loaded files are gone
// from the server. Reloading fetches the new build; a guard stops a reload loop when the file
// is missing for another reason (no network, a broken deploy).

const LAST_RELOAD_KEY = 'plainly.lastReload';
const GUARD_MS = 30_000;

/** The browser could not fetch a lazily loaded script file. */
export function isMissingScript(error: unknown): boolean {
  return (
    error instanceof TypeError &&
    /dynamically imported module|module script failed|importing a module script/i.test(
      error.message,
    )
  );
}

/** Reloads the page unless it was reloaded for this reason in the last 30 seconds. */
export function reloadForNewBuild(now = Date.now()): boolean {
  // Only a time is kept, never the address, and only for this tab (sessionStorage).
  const last = Number(sessionStorage.getItem(LAST_RELOAD_KEY) ?? 0);
  if (now - last < GUARD_MS) return false;
  sessionStorage.setItem(LAST_RELOAD_KEY, String(now));
  window.location.reload();
  return true;
}
