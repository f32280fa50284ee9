// Tells a participant politely when a message arrives (for their role or for everyone): a screen reader hears
// "New e-mail from …", and the message itself carries a visible "new" mark. Messages present on arrival stay silent.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../engine/play/schema';
import type { InjectView } from '../../engine/play/view';

export function Announcer({ injects, lang }: { injects: InjectView[]; lang: Language }) {
  const { t } = useTranslation('play');
  const seen = useRef<Set<string> | null>(null);
  const [text, setText] = useState('');
  useEffect(() => {
    if (seen.current === null) {
      seen.current = new Set(injects.map((i) => i.id));
      return;
    }
    const known = seen.current;
    const fresh = injects.filter((i) => !known.has(i.id));
    for (const i of fresh) known.add(i.id);
    if (fresh.length === 0) return;
    const list = fresh.map((i) => t('feed.item', { kind: t(`kinds.${i.kind}`), from: i.from[lang], subject: i.subject[lang] })).join('; ');
    setText(t('feed.announce', { count: fresh.length, list }));
  }, [injects, lang, t]);
  return (
    <div className="sr-only" aria-live="polite" aria-atomic="true">
      {text}
    </div>
  );
}
