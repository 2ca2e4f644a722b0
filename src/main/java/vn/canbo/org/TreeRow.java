package vn.canbo.org;

/**
 * One row of a tree shown flat (depth-first, display order). {@code depth} 0 = the root
 * asked for.
 */
public record TreeRow(UnitView unit, int depth, boolean hasChildren) {
}
