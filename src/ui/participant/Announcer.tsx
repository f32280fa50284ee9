// Tells a participant politely when a message arrives (for their role or for everyone): a screen reader hears
// "New e-mail from …", and the message itself carries a visible "new" mark. Messages present on arrival stay silent.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../engine/play/schema';
import type { InjectView } from '../../engine/play/view';
import { useFreshInjects } from './useFreshInjects';

export function Announcer({ injects, lang }: { injects: InjectView[]; lang: Language }) {
  const { t } = useTranslation('play');
  const [text, setText] = useState('');
  useFreshInjects(injects, (fresh) => {
    const list = fresh.map((i) => t('feed.item', { kind: t(`kinds.${i.kind}`), from: i.from[lang], subject: i.subject[lang] })).join('; ');
    setText(t('feed.announce', { count: fresh.length, list }));
  });
  return (
    <div className="sr-only" aria-live="polite" aria-atomic="true">
      {text}
    </div>
  );
}
