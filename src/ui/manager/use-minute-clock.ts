import { useEffect, useState } from 'preact/hooks';

/**
 * "Now", refreshed once a minute: rows show "expires in 3 days" and are memoised, so a new
 * Date on every render would re-render every row for nothing.
 */
export function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
