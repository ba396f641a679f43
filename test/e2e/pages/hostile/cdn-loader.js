// The partner's snippet loads the widget from a CDN host given as ?cdn= (another site than the page).
const cdn = new URLSearchParams(location.search).get('cdn');
const script = document.createElement('script');
script.type = 'module';
script.src = `${cdn}/dist/eenzaamheid-hulp.js`;
document.head.append(script);
