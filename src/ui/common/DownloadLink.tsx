// A link that downloads the given text as a file (Blob + object URL; a data URL where object URLs are missing).
import { type ReactNode, useEffect, useMemo } from 'react';

export function DownloadLink({
  text,
  filename,
  type = 'application/json',
  children,
}: {
  text: string;
  filename: string;
  type?: string;
  children: ReactNode;
}) {
  const href = useMemo(() => {
    if (typeof URL.createObjectURL === 'function') return URL.createObjectURL(new Blob([text], { type }));
    return `data:${type};charset=utf-8,${encodeURIComponent(text)}`;
  }, [text, type]);
  useEffect(
    () => () => {
      if (href.startsWith('blob:')) URL.revokeObjectURL(href);
    },
    [href],
  );
  return (
    <a className="button button-secondary" href={href} download={filename}>
      {children}
    </a>
  );
}
