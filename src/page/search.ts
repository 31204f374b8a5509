// The header's search box over Pagefind's index (dist/pagefind, written after the build). The
// index's code loads on first input, from the site's own origin, so it costs nothing before.

interface PagefindResult {
  data(): Promise<{ url: string; meta: { title?: string }; excerpt: string }>;
}
interface Pagefind {
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

const MAX_RESULTS = 8;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>;
  return pagefind;
}

/** Pagefind marks matches with <mark>; everything else in an excerpt is shown as text. */
function excerptNodes(excerpt: string): Node[] {
  return excerpt.split(/(<mark>.*?<\/mark>)/g).map((part) => {
    const match = /^<mark>(.*)<\/mark>$/.exec(part);
    if (!match) return document.createTextNode(part.replace(/<[^>]*>/g, ''));
    const mark = document.createElement('mark');
    mark.textContent = match[1];
    return mark;
  });
}

/** Wires a search box: results as a list of links under it, a status line for screen readers. */
export function wireSearch(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const list = root.querySelector<HTMLElement>('[data-search-results]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  let latest = 0;

  const run = async () => {
    const query = input.value.trim();
    const mine = ++latest;
    if (query === '') {
      list.hidden = true;
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    try {
      const { results } = await (await loadPagefind()).search(query);
      const data = await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (mine !== latest) return;
      list.replaceChildren(
        ...data.map((hit) => {
          const item = document.createElement('li');
          const link = document.createElement('a');
          link.href = hit.url;
          link.textContent = hit.meta.title ?? hit.url;
          const excerpt = document.createElement('p');
          excerpt.append(...excerptNodes(hit.excerpt));
          item.append(link, excerpt);
          return item;
        }),
      );
      list.hidden = data.length === 0;
      status.textContent = data.length === 0 ? `No results for “${query}”.` : `${results.length} result${results.length === 1 ? '' : 's'} for “${query}”.`;
    } catch {
      if (mine === latest) status.textContent = 'Search is not available here (the index is built with the site).';
    }
  };

  input.addEventListener('input', () => void run());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      input.value = '';
      void run();
    }
    if (event.key === 'ArrowDown') {
      list.querySelector<HTMLAnchorElement>('a')?.focus();
      event.preventDefault();
    }
  });
  root.addEventListener('focusout', (event) => {
    if (!root.contains(event.relatedTarget as Node | null)) list.hidden = true;
  });
  input.addEventListener('focus', () => {
    list.hidden = list.childElementCount === 0;
  });
}
