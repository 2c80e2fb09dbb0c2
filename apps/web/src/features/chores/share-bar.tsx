interface ShareBarProps {
  minutes: number;
  fairShare: number;
  /** The largest figure on show, so every member's bar is drawn to the same scale. */
  scale: number;
}

/**
 * A member's time a week as a bar, their fair share as an upright mark. Hidden from screen
 * readers: the sentence above it says the same in words.
 */
export function ShareBar({ minutes, fairShare, scale }: ShareBarProps) {
  const percent = (value: number) => (scale > 0 ? Math.min(100, (value / scale) * 100) : 0);
  return (
    <svg
      className="share-bar"
      viewBox="0 0 100 10"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <rect className="share-bar__track" x="0" y="2" width="100" height="6" rx="1" />
      <rect className="share-bar__load" x="0" y="2" width={percent(minutes)} height="6" rx="1" />
      <rect
        className="share-bar__fair"
        x={Math.max(0, percent(fairShare) - 0.5)}
        y="0"
        width="1"
        height="10"
      />
    </svg>
  );
}
