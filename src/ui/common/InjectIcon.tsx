// A small pictogram per inject kind; always shown next to the kind's name, so it is never the only signal.
import type { InjectKind } from '../../engine/play/schema';

const paths: Record<InjectKind, string> = {
  news: 'M4 5h13v14H6a2 2 0 0 1-2-2zM17 9h3v8a2 2 0 0 1-2 2M7 9h7M7 12h7M7 15h5',
  email: 'M3 6h18v12H3zM3 7l9 6 9-6',
  phone: 'M6 3h4l1.5 5-2.5 1.5a11 11 0 0 0 5.5 5.5L16 12.5l5 1.5v4a2 2 0 0 1-2 2A16 16 0 0 1 4 5a2 2 0 0 1 2-2z',
  chat: 'M4 5h16v10H9l-5 4z',
  ticket: 'M4 7a2 2 0 0 0 0 4v6h16v-6a2 2 0 0 1 0-4V5H4zM9 9h6M9 13h6',
  social: 'M12 4a4 4 0 1 1 0 8 4 4 0 0 1 0-8zM4 20a8 8 0 0 1 16 0',
  advisory: 'M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6zM12 8v5M12 16v.5',
  memo: 'M6 3h9l4 4v14H6zM15 3v4h4M9 11h7M9 15h7',
};

export function InjectIcon({ kind }: { kind: InjectKind }) {
  return (
    <svg className="inject-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path d={paths[kind]} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
