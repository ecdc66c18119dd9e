// Scrolls the reader to a passage and gives it focus, so that keyboard and screen-reader users land there too.
export function scrollToPassage(container, id) {
  const passage = container?.querySelector(`#${CSS.escape(id)}`);
  if (!passage) return;
  passage.scrollIntoView({ block: 'center', behavior: 'instant' });
  passage.setAttribute('tabindex', '-1');
  passage.focus({ preventScroll: true });
  container.dataset.scrolledTo = id;
}
