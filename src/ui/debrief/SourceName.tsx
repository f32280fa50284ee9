// A source's name, as a link to it when it has a web address (http or https only).
import type { Source } from '../../engine/play/schema';
import { webAddress } from './format';

export function SourceName({ source }: { source: Source }) {
  const href = webAddress(source.url);
  return href ? (
    <a href={href} rel="noreferrer">
      {source.name}
    </a>
  ) : (
    source.name
  );
}
