import { t } from '../../../lib/i18n';

/** The method in a few plain lines, with where it comes from. */
export function TalkMethod() {
  return (
    <section className="section talk-method" aria-labelledby="talk-method-title">
      <h2 id="talk-method-title">{t('connect.talk.method.title')}</h2>
      <ol className="talk-method__steps">
        <li>{t('connect.talk.method.speak')}</li>
        <li>{t('connect.talk.method.listen')}</li>
        <li>{t('connect.talk.method.check')}</li>
        <li>{t('connect.talk.method.solve')}</li>
      </ol>
      <p className="muted talk-method__why">{t('connect.talk.method.why')}</p>
    </section>
  );
}
