import { useEffect, useState } from 'react';

/**
 * A QR code drawn as SVG in the browser from the library's module matrix (no image service,
 * no HTML strings), with a quiet zone of 4 modules as the standard asks.
 */
export function QrCode({
  value,
  label,
  className,
}: {
  value: string;
  label: string;
  /** Sizes the code where it is used: large on screen, small on paper. */
  className: string;
}) {
  const [matrix, setMatrix] = useState<{ size: number; path: string }>();
  useEffect(() => {
    let current = true;
    void import('qrcode').then(({ create }) => {
      const { modules } = create(value, { errorCorrectionLevel: 'M' });
      let path = '';
      for (let y = 0; y < modules.size; y += 1)
        for (let x = 0; x < modules.size; x += 1)
          if (modules.get(y, x)) path += `M${x + 4} ${y + 4}h1v1h-1z`;
      if (current) setMatrix({ size: modules.size + 8, path });
    });
    return () => {
      current = false;
    };
  }, [value]);
  // An empty square holds the code's place while the library loads, so nothing moves.
  if (!matrix) return <svg className={className} viewBox="0 0 1 1" aria-hidden="true" />;
  return (
    <svg
      className={className}
      role="img"
      aria-label={label}
      viewBox={`0 0 ${matrix.size} ${matrix.size}`}
      shapeRendering="crispEdges"
    >
      <rect width={matrix.size} height={matrix.size} fill="#fff" />
      <path d={matrix.path} fill="#000" />
    </svg>
  );
}
