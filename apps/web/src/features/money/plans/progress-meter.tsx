import { cx } from '../../../ui/class-names';

interface ProgressMeterProps {
  /** What the bar measures, as its accessible name: "Groceries: spent in November 2026". */
  label: string;
  /** The figures in words, read out instead of a bare percent: "€180.00 spent of €300.00". */
  valueText: string;
  /** From 0 to 100. */
  percent: number;
  /** `over` when past the limit (the words say by how much), `done` when a goal is reached. */
  tone?: 'normal' | 'over' | 'done';
}

/**
 * A progress bar screen readers can read: its name, and its value as the words shown beside it.
 * The bar itself is drawn as SVG attributes, which the CSP allows where inline styles are not.
 */
export function ProgressMeter({ label, valueText, percent, tone = 'normal' }: ProgressMeterProps) {
  const width = Math.max(0, Math.min(100, percent));
  return (
    <div
      className={cx('plan-meter', `plan-meter--${tone}`)}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={width}
      aria-valuetext={valueText}
    >
      <svg
        className="plan-meter__bar"
        viewBox="0 0 100 10"
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        <rect className="plan-meter__track" x="0" y="0" width="100" height="10" rx="2" />
        {width > 0 ? (
          <rect className="plan-meter__fill" x="0" y="0" width={width} height="10" rx="2" />
        ) : null}
      </svg>
    </div>
  );
}
