// Turns the map's SVG element tree (built by src/engine/map/svg.ts) into React elements: text stays text, and
// hyphenated SVG attributes get React's camelCase names.
import { createElement, type ReactNode } from 'react';
import type { SvgChild } from '../../engine/map/svg';

const reactName = (name: string) =>
  name === 'class' ? 'className' : /^(data|aria)-/.test(name) ? name : name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

export function svgTreeToReact(node: SvgChild, key?: number): ReactNode {
  if (typeof node === 'string') return node;
  const props: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(node.attrs)) props[reactName(k)] = v;
  return createElement(node.tag, { ...props, key }, ...node.children.map((c, i) => svgTreeToReact(c, i)));
}
