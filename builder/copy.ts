/**
 * Copies text for an officer: the Clipboard API where the browser allows it;
 * else the text is selected in `shown` (the read-only field on screen), the
 * browser's own copy command is tried, and the officer is asked to press
 * Ctrl+C if that fails too. Resolves with `copied` or `selected`.
 */
export async function copyText(text: string, shown: HTMLTextAreaElement): Promise<'copied' | 'selected'> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    shown.focus();
    shown.select();
    // Deprecated, but the only copy left where the Clipboard API is refused (an http page).
    return shown.ownerDocument.execCommand('copy') ? 'copied' : 'selected';
  }
}
