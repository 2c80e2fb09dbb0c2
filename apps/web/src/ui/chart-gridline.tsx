import type { ReactNode } from 'react';

interface ChartGridlineProps {
  /** The chart's class: its `__grid` and `__tick` elements style the line and the value. */
  chart: string;
  left: number;
  right: number;
  y: number;
  /** The value the line stands for, written at its left end. */
  children: ReactNode;
}

/** A gridline across a bar chart with its value at the left, drawn alike in every chart. */
export function ChartGridline({ chart, left, right, y, children }: ChartGridlineProps) {
  return (
    <g>
      <line className={`${chart}__grid`} x1={left} x2={right} y1={y} y2={y} />
      <text className={`${chart}__tick`} x={left - 4} y={y + 3} textAnchor="end">
        {children}
      </text>
    </g>
  );
}
