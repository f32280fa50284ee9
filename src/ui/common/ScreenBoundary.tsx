// An error boundary around each screen: if a screen throws while rendering, the player reads what went wrong (in their
// language), is told that nothing was deleted, can download the session in memory, and has a way back.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DownloadLink } from './DownloadLink';
import { Shell } from './Shell';

export type Rescue = { text: string; filename: string } | null;

type Props = {
  children: ReactNode;
  /** Back to the start screen. */
  onHome: () => void;
  /** The session in memory, if any, so it can be downloaded before anything else happens. */
  rescue?: () => Rescue;
};

function CrashReport({ error, rescue, onRetry, onHome }: { error: Error; rescue: Rescue; onRetry: () => void; onHome: () => void }) {
  const { t } = useTranslation('common');
  return (
    <Shell>
      <div className="page page-narrow">
        <section className="notice notice-error" role="alert" aria-labelledby="crash-heading">
          <h1 id="crash-heading">{t('crash.heading')}</h1>
          <p>{t('crash.intro')}</p>
          <p className="mono">{error.message || error.name}</p>
          <p>{t('crash.kept')}</p>
          <div className="actions">
            {rescue && (
              <DownloadLink text={rescue.text} filename={rescue.filename}>
                {t('crash.download')}
              </DownloadLink>
            )}
            <button type="button" className="button button-secondary" onClick={onRetry}>
              {t('crash.retry')}
            </button>
            <button type="button" className="button button-primary" onClick={onHome}>
              {t('crash.home')}
            </button>
          </div>
        </section>
      </div>
    </Shell>
  );
}

export class ScreenBoundary extends Component<Props, { error: Error | null; rescue: Rescue }> {
  override state = { error: null as Error | null, rescue: null as Rescue };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // The rescue copy is taken once, at the moment of the failure, so it holds what the player had.
    this.setState({ rescue: this.props.rescue?.() ?? null });
    console.error('screen failed', error, info.componentStack);
  }

  private reset = () => this.setState({ error: null, rescue: null });

  override render() {
    const { error, rescue } = this.state;
    if (!error) return this.props.children;
    return (
      <CrashReport
        error={error}
        rescue={rescue}
        onRetry={this.reset}
        onHome={() => {
          this.reset();
          this.props.onHome();
        }}
      />
    );
  }
}
