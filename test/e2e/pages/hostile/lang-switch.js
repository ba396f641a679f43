// The partner's language switcher changes <html lang> without reloading.
document.getElementById('to-fr').addEventListener('click', () => {
  document.documentElement.lang = 'fr';
});
