// Copies the current link (the whole view state lives in it) to the clipboard; returns false when the browser refuses.
export async function copyLink() {
  try {
    await navigator.clipboard.writeText(window.location.href);
    return true;
  } catch {
    return false;
  }
}
