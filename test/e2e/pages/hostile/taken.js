// An older, unrelated component on the partner's site already uses the name.
customElements.define(
  'eenzaamheid-hulp',
  class OldWidget extends HTMLElement {
    connectedCallback() {
      this.dataset.oldWidget = 'yes';
    }
  },
);
