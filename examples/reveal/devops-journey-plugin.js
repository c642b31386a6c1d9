/**
 * A reveal.js plugin for DevOps Journey iframes (docs/embedding.md).
 *
 * On a slide with <iframe data-devops-journey>, each fragment shown sends the game `next` and each
 * fragment hidden sends `prev`, so one clicker walks slides and the talk's steps alike. Clicker
 * keys the game passes up (its "clicker keys go to the slides" setting) move the deck.
 * Events from the game are kept in `window.devopsJourneyEvents` and re-dispatched on the deck as
 * `devops-journey:<type>` events, for speaker notes or tests.
 */
const NAMESPACE = 'devops-journey';

export default () => ({
  id: 'devops-journey',
  init(deck) {
    window.devopsJourneyEvents = [];

    const frameOf = (slide) => slide && slide.querySelector('iframe[data-devops-journey]');
    const originOf = (frame) => new URL(frame.getAttribute('src') || frame.dataset.src, location.href).origin;
    const send = (frame, message) => {
      if (frame && frame.contentWindow) frame.contentWindow.postMessage({ namespace: NAMESPACE, ...message }, originOf(frame));
    };

    deck.on('fragmentshown', () => send(frameOf(deck.getCurrentSlide()), { type: 'next' }));
    deck.on('fragmenthidden', () => send(frameOf(deck.getCurrentSlide()), { type: 'prev' }));

    window.addEventListener('message', (e) => {
      const frame = [...document.querySelectorAll('iframe[data-devops-journey]')].find((f) => f.contentWindow === e.source);
      const data = e.data;
      // Only our frames, and only our messages: a deck hears from many iframes.
      if (!frame || e.origin !== originOf(frame) || !data || data.namespace !== NAMESPACE || typeof data.type !== 'string') return;
      window.devopsJourneyEvents.push(data);
      deck.getRevealElement().dispatchEvent(new CustomEvent(`devops-journey:${data.type}`, { detail: data }));
      if (data.type === 'key') {
        if (data.direction === 'next') deck.next();
        else deck.prev();
      }
    });
  },
});
