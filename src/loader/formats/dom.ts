// The slice of linkedom's DOM the HTML reader uses: linkedom's node types are its own, and this
// project only needs the DOM's common core.
export interface El {
  nodeType: number;
  tagName: string;
  textContent: string | null;
  childNodes: ArrayLike<El>;
  parentElement: El | null;
  className?: string;
  id?: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): ArrayLike<El>;
  closest(selector: string): El | null;
  remove(): void;
}
export interface Doc extends El {
  body: El | null;
  head: El | null;
  title: string;
}

export const ELEMENT = 1;
export const TEXT = 3;
