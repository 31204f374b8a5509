// A DOM element with a class and, optionally, its text: the picture is built from many small ones.

/** `<tag class="className">text</tag>`. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
