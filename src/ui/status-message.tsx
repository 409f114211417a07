/** A page-wide message in place of the cookies: loading, an error, why none are shown. */
export function StatusMessage({ text }: { text: string }) {
  return (
    <main class="app">
      <p class="status-message" data-testid="status-message" role="status">
        {text}
      </p>
    </main>
  );
}
