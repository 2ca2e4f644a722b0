package vn.canbo.org;

/**
 * A unit to be created by a restructuring. {@code parentId} null means "the parent of the
 * (first) ended unit"; {@code level} null means "the level of the (first) ended unit".
 */
public record UnitSpec(String code, String name, String shortName, String typeCode, AdminLevel level, Long parentId) {
}
