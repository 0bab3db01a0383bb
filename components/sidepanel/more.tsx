import type { ComponentChildren } from 'preact';

/**
 * The rest of a section, folded so that the panel can be scanned. Each fold says what it holds
 * (eight identical « Lire la suite » told a screen-reader user nothing).
 */
export function More({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <details class="more">
      <summary>{label}</summary>
      {children}
    </details>
  );
}
