/** The two overlapping rings of the app icon, drawn inline so it follows the theme. */
export function BrandMark() {
  return (
    <svg className="brand__mark" viewBox="0 0 512 512" aria-hidden="true" focusable="false">
      <rect width="512" height="512" rx="112" fill="var(--color-primary)" />
      <g fill="none" strokeWidth="36">
        <circle cx="200" cy="256" r="104" stroke="var(--color-on-primary)" />
        <circle cx="312" cy="256" r="104" stroke="var(--color-accent-soft)" />
      </g>
    </svg>
  );
}
