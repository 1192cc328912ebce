/** The frame every plan picture draws in: an SVG of its size on white paper, named for screen readers. */
import type { ReactNode, SVGProps } from 'react';
import { PICTURE_FONT } from './picture-style';

export function PictureFrame({
  width,
  height,
  label,
  fontSize,
  children,
}: {
  readonly width: number;
  readonly height: number;
  /** What a screen reader says for the picture (and the plan's alt text). */
  readonly label: string;
  readonly fontSize?: number;
  readonly children: ReactNode;
}) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      fontFamily={PICTURE_FONT}
      fontSize={fontSize}
    >
      <rect width={width} height={height} fill="#ffffff" />
      {children}
    </svg>
  );
}

/** A vertical line at `x` from `top` to `bottom` (a column edge, a milestone). */
export function VerticalLine({
  x,
  top,
  bottom,
  ...style
}: { readonly x: number; readonly top: number; readonly bottom: number } & Omit<
  SVGProps<SVGLineElement>,
  'x1' | 'x2' | 'y1' | 'y2'
>) {
  return <line x1={x} x2={x} y1={top} y2={bottom} {...style} />;
}
