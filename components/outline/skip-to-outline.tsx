"use client";
import "@/app/outline.css";

/**
 * The outline page's first Tab stop: past the site header, the debate's menu and the view tabs,
 * straight into the tree on its current item (the one in the tab order), or onto the outline when
 * the map is empty. Hidden until focused. Without JavaScript it is a plain in-page link.
 */
export function SkipToOutline() {
  const jump = (e: React.MouseEvent<HTMLAnchorElement>) => {
    const item = document.querySelector<HTMLElement>('#outline-tree [role="treeitem"][tabindex="0"]');
    const target = item ?? document.getElementById("outline-main");
    if (!target) return;
    e.preventDefault();
    target.focus();
    target.scrollIntoView({ block: "nearest" });
  };
  return (
    <a href="#outline-main" className="skip-link" onClick={jump} data-testid="skip-to-outline">
      Skip to outline
    </a>
  );
}
