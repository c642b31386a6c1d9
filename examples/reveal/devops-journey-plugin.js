/**
 * A reveal.js plugin for DevOps Journey iframes (docs/embedding.md).
 *
 * On a slide with <iframe data-devops-journey>, each fragment shown sends the game `next` and each
 * fragment hidden sends `prev`, so one clicker walks slides and the talk's steps alike. Clicker
 * keys the game passes up (forwardKeys=1) move the deck: PageDown/PageUp and the arrows step,
 * b and . blank the screen, Escape opens the overview, f goes full screen.
 * The game's `notes` (the step's text and figures) go into the slide's speaker notes. In reveal's
 * speaker view the frames show the light poster instead of the live game: cheap, and still.
 * Events from the game are kept in `window.devopsJourneyEvents` and re-dispatched on the deck as
 * `devops-journey:<type>` events. When the audience's vote is applied the game steps on by itself,
 * and the deck shows the next fragment with it.
 */
const NAMESPACE = 'devops-journey';
/** reveal's own key codes for the keys it binds (js/controllers/keyboard.js). */
const revealKeys = { b: 66, '.': 190, Escape: 27, f: 70 };

export default () => ({
  id: 'devops-journey',
  init(deck) {
    window.devopsJourneyEvents = [];

    const frames = () => [...document.querySelectorAll('iframe[data-devops-journey]')];
    const frameOf = (slide) => slide && slide.querySelector('iframe[data-devops-journey]');
    const urlOf = (frame) => new URL(frame.getAttribute('src') || frame.dataset.src, location.href);
    const send = (frame, message) => {
      // A game opened from file:// has the origin "null", which postMessage cannot name.
      const origin = frame && urlOf(frame).origin;
      if (frame && frame.contentWindow) frame.contentWindow.postMessage({ namespace: NAMESPACE, ...message }, origin === 'null' ? '*' : origin);
    };

    // The speaker view runs the deck again in its own frames, where reveal starts no iframe of
    // its own accord; there a still poster in the light theme follows the steps, with no second
    // live board to pay for.
    if (deck.isSpeakerNotes()) {
      for (const frame of frames()) {
        const url = urlOf(frame);
        url.searchParams.set('mode', 'poster');
        url.searchParams.set('theme', 'projector');
        url.searchParams.delete('autoplay');
        frame.removeAttribute('data-src');
        frame.setAttribute('src', url.href);
      }
    }

    // A vote the room decided steps the game on by itself: the deck follows it without stepping it again.
    let followed = false;
    deck.on('fragmentshown', () => {
      if (followed) followed = false;
      else send(frameOf(deck.getCurrentSlide()), { type: 'next' });
    });
    deck.on('fragmenthidden', () => send(frameOf(deck.getCurrentSlide()), { type: 'prev' }));

    window.addEventListener('message', (e) => {
      const frame = frames().find((f) => f.contentWindow === e.source);
      const data = e.data;
      // Only our frames, and only our messages: a deck hears from many iframes.
      if (!frame || e.origin !== urlOf(frame).origin || !data || data.namespace !== NAMESPACE || typeof data.type !== 'string') return;
      window.devopsJourneyEvents.push(data);
      deck.getRevealElement().dispatchEvent(new CustomEvent(`devops-journey:${data.type}`, { detail: data }));
      if (data.type === 'key') {
        if (data.direction === 'next') deck.next();
        else if (data.direction === 'prev') deck.prev();
        else if (revealKeys[data.key]) deck.triggerKey(revealKeys[data.key]);
      }
      if (data.type === 'notes') writeNotes(frame.closest('section'), data);
      if (data.type === 'vote' && data.phase === 'applied' && frame.closest('section') === deck.getCurrentSlide()) {
        followed = true;
        deck.next();
      }
    });
  },
});

/** The step's text, what to look at and the figures, as the slide's speaker notes (text only). */
function writeNotes(slide, notes) {
  if (!slide) return;
  let aside = slide.querySelector('aside.notes[data-devops-journey]');
  if (!aside) {
    aside = document.createElement('aside');
    aside.className = 'notes';
    aside.dataset.devopsJourney = '';
    slide.append(aside);
  }
  const lines = [notes.text, notes.lookAt ? `→ ${notes.lookAt}` : '', ...notes.figures.map((f) => `${f.pointed ? '▶ ' : ''}${f.name}: ${f.text}`)];
  aside.replaceChildren(...lines.filter(Boolean).map((line) => Object.assign(document.createElement('p'), { textContent: line })));
}
