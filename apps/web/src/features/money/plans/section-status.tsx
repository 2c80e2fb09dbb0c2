import { useCallback, useRef, useState } from 'react';
import { Alert } from '../../../ui/alert';

interface Status {
  message: string;
  /** Counts up, so the same sentence twice in a row is announced twice. */
  key: number;
}

/**
 * What a section says after a change ("“Rent” added."), and where focus goes: the control that
 * made the change is often gone (a closed form, a removed row), so the section's heading.
 */
export function useSectionStatus() {
  const heading = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState<Status>();
  const announce = useCallback((message: string) => {
    setStatus((current) => ({ message, key: (current?.key ?? 0) + 1 }));
    heading.current?.focus();
  }, []);
  const clear = useCallback(() => setStatus(undefined), []);
  return { heading, status, announce, clear };
}

export function SectionStatus({ status }: { status: Status | undefined }) {
  return status ? (
    <Alert key={status.key} tone="success" className="notice">
      {status.message}
    </Alert>
  ) : null;
}
