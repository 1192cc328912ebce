import { useEffect, useState } from 'react';
import { text } from '../../../shared/text';

/**
 * The QR code of the room's join address, drawn as SVG. The encoder loads on first use so
 * screens that never show a code never download it.
 */
export function JoinQrCode({ url, size }: { url: string; size: number }) {
  const [source, setSource] = useState<string | null>(null);
  useEffect(() => {
    let active = true;
    void import('qrcode').then(async ({ toString }) => {
      const svg = await toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
      if (active) setSource(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      active = false;
    };
  }, [url]);
  if (source === null) return <div style={{ width: size, height: size }} aria-hidden="true" />;
  return (
    <img src={source} width={size} height={size} alt={text('app.joinQrCode', { url })} className="join-qr" />
  );
}
