/**
 * Anonymity suppression: what a report may show without letting anyone work out the answers of a
 * group smaller than the review's threshold, directly or by subtraction from what else is shown.
 */

/** A figure in a hierarchy of sums: a unit's count adds up to its group's, groups to the total. */
export interface TreeNode {
  id: string;
  parent: string | null;
  n: number;
}

/**
 * Which figures of a hierarchy to hide so that none below the threshold can be worked out, by
 * subtraction or otherwise. Figures are sums of the leaves (units). A hidden figure could take
 * another value, consistent with everything shown, exactly when ±1 can move between one of its
 * hidden leaves and a hidden leaf outside it that lies under the same shown figures, without
 * bringing a count below 1 (hidden counts are at least 1: zeros are shown, they name no one); or
 * when one of its hidden leaves lies under no shown figure at all. (In a hierarchy every shown
 * figure fixes the sum of each such group of leaves, so pairwise moves are all there is.)
 * A figure that fails this gets a complement: the fewest further figures (a leaf under the same
 * lowest shown figure, with whatever lies between), smallest first, else that figure itself. Filtering a report by unit, by group or not at all shows
 * nodes of one hierarchy suppressed once, so no combination of filters gives a figure away.
 */
export function suppressTree(nodes: TreeNode[], threshold: number): Set<string> {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const hasChildren = new Set(nodes.map((node) => node.parent).filter((id): id is string => id !== null));
  const leaves = nodes.filter((node) => !hasChildren.has(node.id));
  const ancestors = (node: TreeNode): TreeNode[] => (node.parent === null ? [] : [byId.get(node.parent)!, ...ancestors(byId.get(node.parent)!)]);
  const leavesUnder = new Map(nodes.map((node) => [node.id, new Set<string>()]));
  for (const leaf of leaves) for (const node of [leaf, ...ancestors(leaf)]) leavesUnder.get(node.id)!.add(leaf.id);

  const hidden = new Set(nodes.filter((node) => node.n > 0 && node.n < threshold).map((node) => node.id));
  const signature = (leaf: TreeNode) =>
    ancestors(leaf)
      .filter((a) => !hidden.has(a.id))
      .map((a) => a.id)
      .join('/');

  const undetermined = (node: TreeNode): boolean => {
    const inside = leavesUnder.get(node.id)!;
    return leaves.some((a) => {
      if (!inside.has(a.id) || !hidden.has(a.id)) return false;
      if (signature(a) === '') return true;
      return leaves.some((b) => !inside.has(b.id) && hidden.has(b.id) && signature(b) === signature(a) && (a.n >= 2 || b.n >= 2));
    });
  };

  for (let exposed = nodes.find((n) => hidden.has(n.id) && !undetermined(n)); exposed; exposed = nodes.find((n) => hidden.has(n.id) && !undetermined(n))) {
    const inside = leavesUnder.get(exposed.id)!;
    const hiddenLeaf = leaves.find((a) => inside.has(a.id) && hidden.has(a.id))!;
    const anchor = ancestors(hiddenLeaf).find((a) => !hidden.has(a.id))!;
    // Pair the hidden leaf with a shown leaf under the same lowest shown figure: hide that leaf
    // and whatever shown figures lie between it and the anchor. Fewest figures first, then smallest.
    const options = leaves
      .filter((b) => !inside.has(b.id) && b.n > 0 && leavesUnder.get(anchor.id)!.has(b.id))
      .map((b) => {
        const between = ancestors(b);
        return [b, ...between.slice(0, between.indexOf(anchor))].filter((node) => !hidden.has(node.id));
      })
      .filter((option) => option.length > 0)
      .sort((x, y) => x.length - y.length || x[0].n - y[0].n);
    const complement = options[0] ?? (anchor ? [anchor] : undefined);
    if (!complement) {
      // Nothing related is left to hide: the safe answer is to hide every non-zero figure.
      for (const node of nodes) if (node.n > 0) hidden.add(node.id);
      break;
    }
    for (const node of complement) hidden.add(node.id);
  }
  return hidden;
}
