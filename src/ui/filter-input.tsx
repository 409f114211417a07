export function FilterInput({
  query,
  onQuery,
}: {
  query: string;
  onQuery: (query: string) => void;
}) {
  return (
    <input
      type="search"
      class="filter"
      data-testid="filter-input"
      placeholder="Filter by name, value or domain"
      aria-label="Filter cookies"
      value={query}
      onInput={(e) => onQuery((e.currentTarget as HTMLInputElement).value)}
    />
  );
}
