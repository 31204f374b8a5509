// The web app manifest, built with the site's base path so the installed app opens the lessons.
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** GET /manifest.webmanifest */
export function GET(): Response {
  const manifest = {
    name: 'Docker Images Workbook',
    short_name: 'Docker Workbook',
    description: 'Learn Docker images by doing, with a simulated Docker engine in your browser. Works offline.',
    start_url: base,
    scope: base,
    display: 'standalone',
    background_color: '#f7f8fa',
    theme_color: '#1f6feb',
    icons: [
      { src: `${base}icons/icon-192.png`, sizes: '192x192', type: 'image/png' },
      { src: `${base}icons/icon-512.png`, sizes: '512x512', type: 'image/png' },
      { src: `${base}icons/icon-maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: `${base}favicon.svg`, sizes: 'any', type: 'image/svg+xml' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'content-type': 'application/manifest+json' } });
}
